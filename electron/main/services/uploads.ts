import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join, sep } from 'node:path';
import { AppFailure } from '@shared/contract/errors';
import type { UploadedFile } from '@shared/contract/uploads';
import yazl from 'yazl';

/** `text` with every mention of a private temporary folder removed, so a message names the user's file. */
export function withoutFolder(text: string, folder: string): string {
  return text.split(`${folder}${sep}`).join('').split(folder).join('');
}

/**
 * Writes uploaded files into a fresh private temporary folder, runs `use` over them, and removes the
 * folder whatever happens: an upload is read, never kept.
 */
export async function withUploadedFiles<T>(
  files: readonly UploadedFile[],
  use: (paths: string[], folder: string) => Promise<T>,
): Promise<T> {
  const folder = await mkdtemp(join(tmpdir(), 'stackwise-upload-'));
  try {
    const paths: string[] = [];
    for (const file of files) {
      const path = join(folder, file.name);
      await writeFile(path, Buffer.from(file.base64, 'base64'), { flag: 'wx', mode: 0o600 });
      paths.push(path);
    }
    return await use(paths, folder);
  } catch (e) {
    if (!(e instanceof AppFailure)) throw e;
    const { file, message, ...rest } = e.error;
    throw new AppFailure({
      ...rest,
      message: withoutFolder(message, folder),
      ...(file !== undefined && { file: withoutFolder(file, folder) }),
    });
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

/** Renames verdicts and reports from the temporary copy back to the name the user chose. */
export function asUploadedName<T extends { file: string }>(item: T): T {
  return { ...item, file: basename(item.file) };
}

/** The files an export wrote, as one zip for the browser to download (named after the folder). */
export async function zipOfFolder(
  folder: string,
  files: readonly string[],
): Promise<{ fileName: string; base64: string }> {
  const zip = new yazl.ZipFile();
  for (const file of files) zip.addBuffer(await readFile(join(folder, file)), file, { mode: 0o100644 });
  zip.end();
  const chunks: Buffer[] = [];
  for await (const chunk of zip.outputStream as AsyncIterable<Buffer>) chunks.push(chunk);
  return { fileName: `${basename(folder)}.zip`, base64: Buffer.concat(chunks).toString('base64') };
}
