import { basename } from 'node:path';
import { type AtomicFileHandle, type AtomicFs, nodeAtomicFs } from '../../electron/main/storage/atomic-write';

/** One step of an atomic write: opening a new file, writing it, fsyncing it, closing it, renaming, fsyncing a folder. */
export type WriteStep = 'open' | 'write' | 'fsync' | 'close' | 'rename' | 'fsync-folder';

export interface FaultyFs extends AtomicFs {
  /** The step that fails (its `nth` occurrence, 1 by default); null heals the disk. */
  failing: WriteStep | null;
  nth: number;
  /** Every step taken, in order, as `step name` (the base name of the path). */
  readonly steps: string[];
}

function injected(step: WriteStep, path: string, code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: injected failure, ${step} '${path}'`), { code, path });
}

/**
 * The real file system, except that the chosen step fails, deterministically, with `code` (EIO unless
 * told): the same step on the same call every run, with no timing or permissions involved.
 */
export function faultyFs(failing: WriteStep | null, options: { nth?: number; code?: string } = {}): FaultyFs {
  const code = options.code ?? 'EIO';
  const seen = new Map<WriteStep, number>();
  const fs: FaultyFs = {
    failing,
    nth: options.nth ?? 1,
    steps: [],
    syncsFolders: true,
    async open(path, flags, mode) {
      const isFolder = flags === 'r';
      step(isFolder ? 'open-folder' : 'open', path);
      const handle = await nodeAtomicFs.open(path, flags, mode);
      const wrapped: AtomicFileHandle = {
        async write(data) {
          step('write', path);
          await handle.write(data);
        },
        async sync() {
          step(isFolder ? 'fsync-folder' : 'fsync', path);
          await handle.sync();
        },
        async close() {
          // A close that fails has still released the descriptor, as close(2) does.
          await handle.close();
          if (!isFolder) step('close', path);
        },
      };
      return wrapped;
    },
    async rename(from, to) {
      step('rename', from);
      await nodeAtomicFs.rename(from, to);
    },
    async link(from, to) {
      step('rename', from);
      await nodeAtomicFs.link(from, to);
    },
    rm: nodeAtomicFs.rm,
    mkdir: nodeAtomicFs.mkdir,
    readdir: nodeAtomicFs.readdir,
  };
  function step(name: WriteStep | 'open-folder', path: string) {
    fs.steps.push(`${name} ${basename(path)}`);
    if (name === 'open-folder' || name !== fs.failing) return;
    const count = (seen.get(name) ?? 0) + 1;
    seen.set(name, count);
    if (count === fs.nth) throw injected(name, path, code);
  }
  return fs;
}
