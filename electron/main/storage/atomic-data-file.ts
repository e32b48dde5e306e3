import { readFile } from 'node:fs/promises';
import type { Adapter } from 'lowdb';
import { type AtomicFs, writeFileAtomically } from './atomic-write';

export interface DataFileFormat<T> {
  parse: (text: string) => T;
  stringify: (data: T) => string;
  fs?: AtomicFs;
}

/**
 * A lowdb adapter whose every write goes through writeFileAtomically (temporary file, fsync, rename,
 * folder fsync). Writes run one after another in the order they were asked for, so the last one asked
 * is the one left on disk.
 */
export class AtomicDataFile<T> implements Adapter<T> {
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    readonly path: string,
    private readonly format: DataFileFormat<T>,
  ) {}

  async read(): Promise<T | null> {
    let text: string;
    try {
      text = await readFile(this.path, 'utf8');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw e;
    }
    return this.format.parse(text);
  }

  write(data: T): Promise<void> {
    const text = this.format.stringify(data);
    const fs = this.format.fs;
    const written = this.queue.then(() => writeFileAtomically(this.path, text, { fs }));
    this.queue = written.catch(() => undefined);
    return written;
  }
}

/** AtomicDataFile for plain JSON, indented as lowdb's JSONFile writes it. */
export class AtomicJSONFile<T> extends AtomicDataFile<T> {
  constructor(path: string) {
    super(path, { parse: JSON.parse, stringify: (data) => JSON.stringify(data, null, 2) });
  }
}
