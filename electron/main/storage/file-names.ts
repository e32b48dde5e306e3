import { basename, dirname, extname, join } from 'node:path';

/** A filesystem-safe stamp of a moment: 2026-11-23T10-04-05Z. */
export function fileStamp(iso: string): string {
  return iso.replace(/\.\d+Z$/, 'Z').replace(/:/g, '-');
}

function beside(file: string, suffix: string): string {
  const ext = extname(file);
  return join(dirname(file), `${basename(file, ext)}.${suffix}${ext || '.json'}`);
}

/** Where a damaged or foreign file is kept when the user starts afresh at its path. */
export function asidePath(file: string, iso: string): string {
  return beside(file, `damaged-${fileStamp(iso)}`);
}

/** Where the original of a migrated file is kept, named by the version it had. */
export function migrationBackupPath(file: string, fromVersion: number, iso: string): string {
  return beside(file, `v${fromVersion}-backup-${fileStamp(iso)}`);
}
