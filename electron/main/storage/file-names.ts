import { basename, dirname, extname, join } from 'node:path';

/** A filesystem-safe stamp of a moment: 2026-11-23T10-04-05Z. */
export function fileStamp(iso: string): string {
  return iso.replace(/\.\d+Z$/, 'Z').replace(/:/g, '-');
}

function beside(file: string, suffix: string): string {
  const ext = extname(file);
  return join(dirname(file), `${basename(file, ext)}.${suffix}${ext || '.json'}`);
}

/**
 * The name a workspace gets in the data folder's workspaces/ when it arrives without a path (uploaded
 * from the browser, or new there): its own name made safe, numbered from the second attempt on.
 */
export function workspaceFileName(name: string, attempt: number): string {
  const stem =
    basename(name, extname(name))
      .replace(/[^\p{L}\p{N}_-]+/gu, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 100) || 'workspace';
  return `${stem}${attempt > 1 ? `-${attempt}` : ''}.json`;
}

/** Where a damaged or foreign file is kept when the user starts afresh at its path. */
export function asidePath(file: string, iso: string): string {
  return beside(file, `damaged-${fileStamp(iso)}`);
}

/** Where the original of a migrated file is kept, named by the version it had. */
export function migrationBackupPath(file: string, fromVersion: number, iso: string): string {
  return beside(file, `v${fromVersion}-backup-${fileStamp(iso)}`);
}
