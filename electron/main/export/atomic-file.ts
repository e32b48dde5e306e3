import { randomBytes } from 'node:crypto';
import { type FileHandle, open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';

/** An export that could not be written; the message names the file and says why. */
export class ExportWriteError extends Error {
  constructor(
    readonly file: string,
    message: string,
    options?: { cause: unknown },
  ) {
    super(message, options);
    this.name = 'ExportWriteError';
  }
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
      return error instanceof Error ? error.message : String(error);
  }
}

/**
 * Writes `target` all at once or not at all: `produce` fills a temporary file beside it, which is
 * flushed to disk and renamed over the target only when complete. Any failure removes the temporary
 * file, so a reader never sees a half-written document, and a previous version survives intact.
 */
export async function writeFileAtomically(
  target: string,
  produce: (file: FileHandle) => Promise<void>,
): Promise<void> {
  const file = resolve(target);
  const folder = dirname(file);
  const temporary = join(folder, `.${basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
  let handle: FileHandle | undefined;
  let producing = false;
  try {
    handle = await open(temporary, 'wx');
    producing = true;
    await produce(handle);
    producing = false;
    await handle.sync();
    await handle.close();
    handle = undefined;
    await rename(temporary, file);
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await rm(temporary, { force: true });
    // A failure while producing the content is the producer's own (a missing font is not a missing folder).
    const reason = producing
      ? error instanceof Error
        ? error.message
        : String(error)
      : reasonOf(error, folder);
    throw new ExportWriteError(file, `Cannot write ${file}: ${reason}`, { cause: error });
  }
}
