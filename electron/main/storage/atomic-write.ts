import { randomBytes } from 'node:crypto';
import * as nodeFs from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';

/**
 * The file-system calls the atomic writers make, and nothing else: node:fs/promises by default, a
 * wrapper in tests that fails one chosen step.
 */
export interface AtomicFs {
  open(path: string, flags: 'wx' | 'r', mode?: number): Promise<AtomicFileHandle>;
  rename(from: string, to: string): Promise<void>;
  /** A second name for a file; fails with EEXIST when `to` exists (the exclusive way into place). */
  link(from: string, to: string): Promise<void>;
  rm(path: string, options: { recursive?: boolean; force?: boolean }): Promise<void>;
  mkdir(path: string, options: { recursive?: boolean; mode?: number }): Promise<unknown>;
  readdir(path: string): Promise<string[]>;
  /** Whether a folder can be opened and fsynced (not on Windows). */
  readonly syncsFolders: boolean;
}

export interface AtomicFileHandle {
  write(data: string | Uint8Array): Promise<unknown>;
  sync(): Promise<void>;
  close(): Promise<void>;
}

export const nodeAtomicFs: AtomicFs = {
  open: (path, flags, mode) => nodeFs.open(path, flags, mode),
  rename: nodeFs.rename,
  link: nodeFs.link,
  rm: nodeFs.rm,
  mkdir: nodeFs.mkdir,
  readdir: (path) => nodeFs.readdir(path),
  syncsFolders: process.platform !== 'win32',
};

/** Fills the temporary file; it must not close the handle. */
export type FileProducer = (file: AtomicFileHandle) => Promise<void>;

export interface AtomicWriteOptions {
  /** Permission bits of the new file, e.g. 0o600 for private keys (before the umask). */
  mode?: number;
  /** Never replace an existing file: fail with EEXIST instead (a copy the user may have edited, a new name). */
  exclusive?: boolean;
  fs?: AtomicFs | undefined;
}

/**
 * A file or folder that could not be written. The message names it and says why (`reason`).
 * `committed` is true only when the new content is already in place and only flushing its folder to
 * disk failed.
 */
export class AtomicWriteError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
    readonly committed: boolean,
    options?: { cause: unknown },
  ) {
    super(
      committed
        ? `${file} was written, but its folder could not be flushed to disk, so the change may not survive a power cut: ${reason}`
        : `Cannot write ${file}: ${reason}`,
      options,
    );
    this.name = 'AtomicWriteError';
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function reasonOf(error: unknown, folder: string): string {
  switch ((error as NodeJS.ErrnoException).code) {
    case 'ENOENT':
      return `the folder ${folder} does not exist`;
    case 'EACCES':
    case 'EPERM':
      return `permission to write in ${folder} was denied`;
    case 'EROFS':
      return `${folder} is on a read-only disk`;
    case 'ENOSPC':
      return 'the disk is full';
    case 'EISDIR':
      return 'a folder of that name is already there';
    case 'ENOTDIR':
      return `${folder} is not a folder`;
    default:
      return messageOf(error);
  }
}

/** Some file systems (network, FUSE) cannot fsync a folder at all; that is not a failed write. */
const FOLDER_SYNC_UNSUPPORTED = new Set(['EINVAL', 'ENOTSUP', 'EOPNOTSUPP', 'EISDIR']);

async function syncFolder(fs: AtomicFs, folder: string): Promise<void> {
  if (!fs.syncsFolders) return;
  let handle: AtomicFileHandle;
  try {
    handle = await fs.open(folder, 'r');
  } catch (error) {
    if (FOLDER_SYNC_UNSUPPORTED.has((error as NodeJS.ErrnoException).code ?? '')) return;
    throw error;
  }
  try {
    await handle.sync();
  } catch (error) {
    if (!FOLDER_SYNC_UNSUPPORTED.has((error as NodeJS.ErrnoException).code ?? '')) throw error;
  } finally {
    await handle.close().catch(() => undefined);
  }
}

function temporaryBeside(target: string, suffix: 'tmp' | 'old'): string {
  return join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.${suffix}`);
}

/** Errors of the file system itself, as opposed to a producer's own failure (a missing font is not a full disk). */
const fileSystemErrors = new WeakSet<object>();
/** A producer's own failures, reported in its own words. */
const producerErrors = new WeakSet<object>();

function watched(handle: AtomicFileHandle): AtomicFileHandle {
  return {
    write: (data) =>
      handle.write(data).catch((error: unknown) => {
        if (error instanceof Object) fileSystemErrors.add(error);
        throw error;
      }),
    sync: () => handle.sync(),
    close: () => handle.close(),
  };
}

/** Opens `path` (which must not exist), writes `content`, fsyncs and closes it; removes it on failure. */
async function writeNewFile(
  fs: AtomicFs,
  path: string,
  content: string | Uint8Array | FileProducer,
  mode: number | undefined,
): Promise<void> {
  let handle: AtomicFileHandle | undefined;
  try {
    handle = await fs.open(path, 'wx', mode);
    if (typeof content === 'function') {
      await content(watched(handle)).catch((error: unknown) => {
        if (error instanceof Object && !fileSystemErrors.has(error)) producerErrors.add(error);
        throw error;
      });
    } else await handle.write(content);
    await handle.sync();
    const closing = handle;
    // A failed close still releases the descriptor: never close twice.
    handle = undefined;
    await closing.close();
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await fs.rm(path, { force: true }).catch(() => undefined);
    throw error;
  }
}

function failure(file: string, error: unknown, committed: boolean): AtomicWriteError {
  const reason =
    error instanceof Object && producerErrors.has(error) ? messageOf(error) : reasonOf(error, dirname(file));
  return new AtomicWriteError(file, reason, committed, { cause: error });
}

/**
 * Writes `target` all at once or not at all: the content goes to a new temporary file beside it, which
 * is fsynced, closed and renamed over the target; then the folder is fsynced so the rename itself is on
 * disk. On any failure before the rename the temporary file is removed and the previous target is
 * untouched. Throws an AtomicWriteError naming the file and the reason.
 */
export async function writeFileAtomically(
  target: string,
  content: string | Uint8Array | FileProducer,
  options: AtomicWriteOptions = {},
): Promise<void> {
  const fs = options.fs ?? nodeAtomicFs;
  const file = resolve(target);
  const temporary = temporaryBeside(file, 'tmp');
  try {
    await writeNewFile(fs, temporary, content, options.mode);
    // A hard link puts the complete file in place only if the name is free; the temporary name goes after.
    if (options.exclusive) await fs.link(temporary, file);
    else await fs.rename(temporary, file);
  } catch (error) {
    await fs.rm(temporary, { force: true }).catch(() => undefined);
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw error;
    throw failure(file, error, false);
  }
  // The file is in place: a temporary name left behind is litter, not a failure.
  if (options.exclusive) await fs.rm(temporary, { force: true }).catch(() => undefined);
  try {
    await syncFolder(fs, dirname(file));
  } catch (error) {
    throw failure(file, error, true);
  }
}

export interface FolderWriteOptions {
  /** Replace a folder that already holds files (an empty folder is always replaced). */
  replace?: boolean;
  fs?: AtomicFs | undefined;
}

async function entriesOf(fs: AtomicFs, path: string): Promise<string[] | undefined> {
  try {
    return await fs.readdir(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/**
 * Writes a folder of files all at once or not at all: each file is written and fsynced in a new
 * temporary folder beside `outDir`, that folder is fsynced, an existing `outDir` is moved aside, the new
 * one renamed into place and the parent fsynced; only then is the old folder removed. On a failure
 * before the swap nothing is left but the previous folder, as it was.
 */
export async function writeFolderAtomically(
  outDir: string,
  files: ReadonlyMap<string, string | Uint8Array>,
  options: FolderWriteOptions = {},
): Promise<void> {
  const fs = options.fs ?? nodeAtomicFs;
  const folder = resolve(outDir);
  const parent = dirname(folder);
  let existing: string[] | undefined;
  try {
    existing = await entriesOf(fs, folder);
  } catch (error) {
    throw failure(folder, error, false);
  }
  if (existing && existing.length > 0 && !options.replace) {
    throw new AtomicWriteError(
      folder,
      'it already exists and is not empty: choose a new folder or ask to replace it',
      false,
    );
  }
  const temporary = temporaryBeside(folder, 'tmp');
  const old = temporaryBeside(folder, 'old');
  let movedAside = false;
  let current = folder;
  try {
    await fs.mkdir(parent, { recursive: true });
    await fs.mkdir(temporary, {});
    for (const [name, content] of files) {
      current = join(folder, name);
      await writeNewFile(fs, join(temporary, name), content, undefined);
    }
    current = folder;
    await syncFolder(fs, temporary);
    if (existing) {
      await fs.rename(folder, old);
      movedAside = true;
    }
    await fs.rename(temporary, folder);
  } catch (error) {
    await fs.rm(temporary, { recursive: true, force: true }).catch(() => undefined);
    if (movedAside) await fs.rename(old, folder).catch(() => undefined);
    throw failure(current, error, false);
  }
  try {
    await syncFolder(fs, parent);
  } catch (error) {
    throw failure(folder, error, true);
  } finally {
    await fs.rm(old, { recursive: true, force: true }).catch(() => undefined);
  }
}
