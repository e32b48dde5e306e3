import { copyFile, mkdir, readFile, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { AppFailure } from '@shared/contract/errors';
import { decodeWorkspace, encodeWorkspace } from '@shared/schemas/decode';
import type { Workspace } from '@shared/schemas/workspace';
import { Low } from 'lowdb';
import { DataFile } from 'lowdb/node';
import { migrationBackupPath } from './file-names';

export interface OpenedStore {
  store: WorkspaceStore;
  migratedFrom?: number;
  backupPath?: string;
}

function reasonOf(error: unknown): string {
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

/**
 * One workspace file on disk, kept through lowdb. Writes go to a temporary file that is renamed over
 * the original (steno), so a crash mid-write leaves the previous file intact. A file that fails to
 * parse or validate is never opened, so it is never written.
 */
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

export class WorkspaceStore {
  private lastSeen: FileSeen | null = null;

  private constructor(
    readonly path: string,
    private readonly db: Low<Workspace>,
  ) {}

  private static database(path: string, initial: Workspace): Low<Workspace> {
    const adapter = new DataFile<Workspace>(path, {
      parse: (text) => {
        const decoded = decodeWorkspace(text, path);
        if (!decoded.ok) throw new AppFailure(decoded.error);
        return decoded.workspace;
      },
      stringify: encodeWorkspace,
    });
    return new Low(adapter, initial);
  }

  /** Opens an existing file; migrates an older schema forward, keeping the original beside it. */
  static async open(path: string, now: string): Promise<OpenedStore> {
    const text = await readText(path);
    const decoded = decodeWorkspace(text, path);
    if (!decoded.ok) throw new AppFailure(decoded.error);
    const store = new WorkspaceStore(path, WorkspaceStore.database(path, decoded.workspace));
    store.lastSeen = await seen(path);
    if (decoded.fromVersion === decoded.workspace.schemaVersion) return { store };
    const backupPath = migrationBackupPath(path, decoded.fromVersion, now);
    try {
      await copyFile(path, backupPath);
      await store.db.write();
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
  static async create(path: string, workspace: Workspace): Promise<WorkspaceStore> {
    const exists = await stat(path).then(
      () => true,
      () => false,
    );
    if (exists) {
      throw new AppFailure({ code: 'workspace.exists', file: path, message: `${path} already exists` });
    }
    const store = new WorkspaceStore(path, WorkspaceStore.database(path, workspace));
    try {
      await mkdir(dirname(path), { recursive: true });
      await store.db.write();
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
      await this.db.write();
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
