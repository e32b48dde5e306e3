import { mkdir, readFile, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { AppFailure } from '@shared/contract/errors';
import { decodeWorkspace, encodeWorkspace } from '@shared/schemas/decode';
import type { Workspace } from '@shared/schemas/workspace';
import { Low } from 'lowdb';
import { decodeError } from '../services/refusal';
import { AtomicDataFile } from './atomic-data-file';
import { type AtomicFs, AtomicWriteError, writeFileAtomically } from './atomic-write';
import { migrationBackupPath } from './file-names';

export interface OpenedStore {
  store: WorkspaceStore;
  migratedFrom?: number;
  backupPath?: string;
}

function reasonOf(error: unknown): string {
  if (error instanceof AtomicWriteError) return error.reason;
  return error instanceof Error ? error.message : String(error);
}

async function readText(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') {
      throw new AppFailure({ code: 'workspace.not-found', file: path, message: `${path} does not exist` });
    }
    throw new AppFailure({
      code: 'workspace.unreadable',
      file: path,
      message: `${path} cannot be read: ${reasonOf(e)}`,
    });
  }
}

/** What the file looked like when this store last read or wrote it. */
interface FileSeen {
  mtimeMs: number;
  size: number;
}

async function seen(path: string): Promise<FileSeen | null> {
  return stat(path).then(
    (s) => ({ mtimeMs: s.mtimeMs, size: s.size }),
    () => null,
  );
}

export interface StoreOptions {
  /** The file-system calls of the atomic writes (tests inject failures here). */
  fs?: AtomicFs;
}

/**
 * Writes through lowdb; a write whose new file is already renamed into place but whose folder could
 * not be fsynced has still replaced the file, so the store takes it as saved: refusing it would leave
 * memory one revision behind the disk, and every retry would then be refused as stale.
 */
async function writeThrough(db: Low<Workspace>): Promise<void> {
  try {
    await db.write();
  } catch (e) {
    if (!(e instanceof AtomicWriteError && e.committed)) throw e;
  }
}

/**
 * One workspace file on disk, kept through lowdb with atomic writes (temporary file, fsync, rename,
 * folder fsync), so a crash mid-write leaves the previous file intact. A file that fails to parse or
 * validate is never opened, so it is never written.
 */
export class WorkspaceStore {
  private lastSeen: FileSeen | null = null;

  private constructor(
    readonly path: string,
    private readonly db: Low<Workspace>,
  ) {}

  private static database(path: string, initial: Workspace, options: StoreOptions): Low<Workspace> {
    const adapter = new AtomicDataFile<Workspace>(path, {
      fs: options.fs,
      parse: (text) => {
        const decoded = decodeWorkspace(text, path);
        if (!decoded.ok) throw new AppFailure(decodeError(decoded.error));
        return decoded.workspace;
      },
      stringify: encodeWorkspace,
    });
    return new Low(adapter, initial);
  }

  /** Opens an existing file; migrates an older schema forward, keeping the original beside it. */
  static async open(path: string, now: string, options: StoreOptions = {}): Promise<OpenedStore> {
    const text = await readText(path);
    const decoded = decodeWorkspace(text, path);
    if (!decoded.ok) throw new AppFailure(decodeError(decoded.error));
    const store = new WorkspaceStore(path, WorkspaceStore.database(path, decoded.workspace, options));
    store.lastSeen = await seen(path);
    if (decoded.fromVersion === decoded.workspace.schemaVersion) return { store };
    const backupPath = migrationBackupPath(path, decoded.fromVersion, now);
    try {
      // Byte for byte, and on disk before the migrated file replaces the original.
      await writeFileAtomically(backupPath, await readFile(path), { fs: options.fs });
      await writeThrough(store.db);
      store.lastSeen = await seen(path);
    } catch (e) {
      throw new AppFailure({
        code: 'workspace.write-failed',
        file: path,
        message: `${path} was migrated from schema version ${decoded.fromVersion} but could not be saved: ${reasonOf(e)}`,
      });
    }
    return { store, migratedFrom: decoded.fromVersion, backupPath };
  }

  /** Creates a new file; refuses to replace one that exists. */
  static async create(
    path: string,
    workspace: Workspace,
    options: StoreOptions = {},
  ): Promise<WorkspaceStore> {
    const exists = await stat(path).then(
      () => true,
      () => false,
    );
    if (exists) {
      throw new AppFailure({ code: 'workspace.exists', file: path, message: `${path} already exists` });
    }
    const store = new WorkspaceStore(path, WorkspaceStore.database(path, workspace, options));
    try {
      await mkdir(dirname(path), { recursive: true });
      await writeThrough(store.db);
      store.lastSeen = await seen(path);
    } catch (e) {
      throw new AppFailure({
        code: 'workspace.write-failed',
        file: path,
        message: `${path} could not be created: ${reasonOf(e)}`,
      });
    }
    return store;
  }

  get workspace(): Workspace {
    return this.db.data;
  }

  /**
   * Saves a workspace edited from revision `baseRevision`. A save based on an older revision is refused
   * (another window or an earlier autosave got there first); a failed write keeps the previous state.
   */
  async save(workspace: Workspace, baseRevision: number, now: string): Promise<Workspace> {
    const previous = this.db.data;
    if (workspace.id !== previous.id) {
      // A save from a window still editing another workspace must never land in this file.
      throw new AppFailure({
        code: 'workspace.stale',
        file: this.path,
        message: `The edit belongs to workspace “${workspace.title}”, but ${this.path} holds “${previous.title}”`,
      });
    }
    if (baseRevision !== previous.revision) {
      throw new AppFailure({
        code: 'workspace.stale',
        file: this.path,
        message: `The edit was based on revision ${baseRevision} but ${this.path} is at revision ${previous.revision}`,
      });
    }
    const onDisk = await seen(this.path);
    if (this.lastSeen && (onDisk?.mtimeMs !== this.lastSeen.mtimeMs || onDisk?.size !== this.lastSeen.size)) {
      // Another program (or another Stackwise) wrote the file since: writing now would erase its work.
      throw new AppFailure({
        code: 'workspace.stale',
        file: this.path,
        message: `${this.path} was changed on disk by another program since Stackwise opened it; reopen it to see those changes (your edit is kept in this window)`,
      });
    }
    this.db.data = { ...workspace, revision: previous.revision + 1, updatedAt: now };
    try {
      await writeThrough(this.db);
      this.lastSeen = await seen(this.path);
    } catch (e) {
      this.db.data = previous;
      throw new AppFailure({
        code: 'workspace.write-failed',
        file: this.path,
        message: `${this.path} could not be saved: ${reasonOf(e)}`,
      });
    }
    return this.db.data;
  }
}
