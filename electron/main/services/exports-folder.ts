import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileStamp } from '../storage/file-names';

/** "STEM Foundations (part-time)" → "STEM-Foundations-part-time": a name every file system accepts. */
export function titleStem(title: string): string {
  return title.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '') || 'pathway';
}

/** Where an export goes when the user names no place: a new, time-stamped name in the data folder's exports/. */
export async function defaultExportPath(
  dataDir: string,
  title: string,
  what: string,
  extension = '',
): Promise<string> {
  const folder = join(dataDir, 'exports');
  await mkdir(folder, { recursive: true });
  return join(folder, `${titleStem(title)}-${what}-${fileStamp(new Date().toISOString())}${extension}`);
}
