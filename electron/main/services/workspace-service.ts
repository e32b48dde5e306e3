import { randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { WorkspaceSession } from '@shared/contract/commands';
import { type AppError, AppFailure } from '@shared/contract/errors';
import { defaultSample, type SampleId, sampleFileName } from '@shared/contract/samples';
import { newWorkspace } from '@shared/domain/workspace';
import type { Workspace } from '@shared/schemas/workspace';
import { resourcePath } from '../resources';
import { writeFileAtomically } from '../storage/atomic-write';
import { asidePath, workspaceFileName } from '../storage/file-names';
import { RecentFiles } from '../storage/recent-files';
import { WorkspaceStore } from '../storage/workspace-store';

export interface WorkspaceServiceOptions {
  dataDir: string;
  defaultPath: string;
  now?: () => string;
  /** Told after every workspace opened or created (the desktop app refreshes its Open Recent menu). */
  onOpened?: () => void;
}

export type StartupTarget = { kind: 'argument' | 'last' | 'default'; path: string };

/** Which workspace to open on start: an explicit argument wins, then the one open last, then the default. */
export function startupTarget(
  argument: string | undefined,
  lastOpened: string | undefined,
  defaultPath: string,
): StartupTarget {
  if (argument !== undefined) return { kind: 'argument', path: resolve(argument) };
  const fallback = resolve(defaultPath);
  if (lastOpened === undefined || resolve(lastOpened) === fallback)
    return { kind: 'default', path: fallback };
  return { kind: 'last', path: resolve(lastOpened) };
}

const isMissing = (e: unknown) => e instanceof AppFailure && e.error.code === 'workspace.not-found';

/** The open workspace of one app instance: open, create, save, and the recent-files list. */
export class WorkspaceService {
  private store: WorkspaceStore | null = null;
  private session: WorkspaceSession | null = null;
  /** Why the last open failed, shown until another workspace is opened. */
  private failure: AppError | null = null;
  private readonly recent: RecentFiles;
  private readonly now: () => string;

  constructor(private readonly options: WorkspaceServiceOptions) {
    this.recent = new RecentFiles(options.dataDir);
    this.now = options.now ?? (() => new Date().toISOString());
  }

  /**
   * Opens `path`, or else the workspace open last, or else the default one (created on first run).
   * Only a last workspace that is gone falls back to the default, and the session says so; one that
   * fails to open for another reason is reported like any failed open. Never throws.
   */
  async startup(path?: string): Promise<void> {
    const recent = await this.recent.list();
    const target = startupTarget(path, recent[0]?.path, this.options.defaultPath);
    try {
      if (target.kind === 'argument' || target.kind === 'last') {
        try {
          await this.open(target.path);
        } catch (e) {
          if (target.kind !== 'last' || !isMissing(e)) throw e;
          await this.openOrCreateDefault(resolve(this.options.defaultPath));
          if (this.session) this.session = { ...this.session, lastNotFound: target.path };
        }
      } else {
        await this.openOrCreateDefault(target.path);
      }
    } catch (e) {
      if (!(e instanceof AppFailure)) throw e;
      this.failure = e.error;
    }
  }

  private async openOrCreateDefault(target: string): Promise<void> {
    try {
      await this.open(target);
    } catch (e) {
      if (isMissing(e)) {
        await this.create(target, 'My workspace');
        return;
      }
      throw e;
    }
  }

  current(): WorkspaceSession {
    if (this.session) return this.session;
    throw new AppFailure(
      this.failure ?? { code: 'workspace.none-open', message: 'No workspace is open: open or create one' },
    );
  }

  /**
   * The saved workspace, provided it is the revision the renderer shows. An export acts on what the user
   * sees: when the last save failed, or edits are still on their way, main's copy is another revision and
   * the export is refused instead of signing or printing stale content.
   */
  shown(revision: number, workspacePath: string): WorkspaceSession {
    const session = this.current();
    // The file, not the workspace's id: copies of one workspace (the sample's, an upload) share their id.
    if (session.path !== resolve(workspacePath)) {
      throw new AppFailure({
        code: 'workspace.not-saved',
        file: session.path,
        message: `The window shows another workspace than the one open here (${session.path}): reopen it, then export.`,
      });
    }
    if (session.workspace.revision !== revision) {
      throw new AppFailure({
        code: 'workspace.not-saved',
        file: session.path,
        message: `The saved workspace is revision ${session.workspace.revision} but the window shows revision ${revision}: save first, then export.`,
      });
    }
    return session;
  }

  async open(path: string): Promise<WorkspaceSession> {
    const target = resolve(path);
    try {
      const opened = await WorkspaceStore.open(target, this.now());
      return await this.adopt(opened.store, {
        ...(opened.migratedFrom !== undefined && { migratedFrom: opened.migratedFrom }),
        ...(opened.backupPath !== undefined && { backupPath: opened.backupPath }),
      });
    } catch (e) {
      if (e instanceof AppFailure && this.session === null) this.failure = e.error;
      throw e;
    }
  }

  async create(path: string, title = 'Untitled workspace'): Promise<WorkspaceSession> {
    const workspace = newWorkspace({ id: randomUUID(), title, now: this.now() });
    const store = await WorkspaceStore.create(resolve(path), workspace);
    return this.adopt(store, {});
  }

  async save(workspace: Workspace, baseRevision: number): Promise<{ revision: number; savedAt: string }> {
    if (!this.store) this.current();
    const store = this.store as WorkspaceStore;
    const saved = await store.save(workspace, baseRevision, this.now());
    this.session = { path: store.path, workspace: saved };
    return { revision: saved.revision, savedAt: saved.updatedAt };
  }

  /** Moves a damaged or foreign file aside (never deleting it) and starts a new workspace at its path. */
  async setAside(path: string): Promise<{ keptAs: string; session: WorkspaceSession }> {
    const target = resolve(path);
    // Only the file that just failed to open, for a reason that means it cannot be used as it is.
    const damaged = ['workspace.corrupt', 'workspace.foreign', 'workspace.invalid'];
    if (this.failure?.file !== target || !damaged.includes(this.failure.code)) {
      throw new AppFailure({
        code: 'request.invalid',
        file: target,
        message: `${target} is not a damaged workspace Stackwise failed to open, so it is left where it is`,
      });
    }
    const keptAs = asidePath(target, this.now());
    try {
      await rename(target, keptAs);
    } catch (e) {
      throw new AppFailure({
        code: 'workspace.write-failed',
        file: target,
        message: `${target} could not be moved aside: ${e instanceof Error ? e.message : String(e)}`,
      });
    }
    return { keptAs, session: await this.create(target, 'My workspace') };
  }

  /**
   * Opens the user's copy of a sample workspace (the English one unless another is named), making it
   * from the shipped sample on first use, so exploring a sample never touches the file Stackwise ships.
   */
  async openSample(sample: SampleId = defaultSample): Promise<WorkspaceSession> {
    const copy = join(this.options.dataDir, 'samples', sampleFileName(sample));
    try {
      await mkdir(join(this.options.dataDir, 'samples'), { recursive: true });
      // An existing copy is the user's, with their edits: keep it.
      const shipped = await readFile(resourcePath('samples', sampleFileName(sample)));
      await writeFileAtomically(copy, shipped, { exclusive: true });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') {
        throw new AppFailure({
          code: 'workspace.write-failed',
          file: copy,
          message: `The sample workspace could not be copied to ${copy}: ${e instanceof Error ? e.message : String(e)}`,
        });
      }
    }
    return this.open(copy);
  }

  /**
   * Keeps an uploaded workspace as a new file in the data folder's workspaces/ (never over another file)
   * and opens it. A file that does not open is not kept, and the error names the uploaded file.
   */
  async importFile(name: string, bytes: Uint8Array): Promise<WorkspaceSession> {
    const target = await this.newFileInWorkspaces(name, (path) =>
      writeFileAtomically(path, bytes, { exclusive: true }),
    );
    const failure = this.failure;
    try {
      return await this.open(target);
    } catch (e) {
      await rm(target, { force: true });
      this.failure = failure;
      if (!(e instanceof AppFailure)) throw e;
      throw new AppFailure({ ...e.error, file: name, message: e.error.message.split(target).join(name) });
    }
  }

  /** Creates a workspace as a new file in the data folder's workspaces/, named after its title. */
  async createInDataFolder(title = 'Untitled workspace'): Promise<WorkspaceSession> {
    let session: WorkspaceSession | undefined;
    await this.newFileInWorkspaces(title, async (path) => {
      session = await this.create(path, title);
    });
    return session as WorkspaceSession;
  }

  /** Runs `write` on the first free name for `name` in workspaces/; `write` must refuse an existing file. */
  private async newFileInWorkspaces(name: string, write: (path: string) => Promise<void>): Promise<string> {
    const folder = join(this.options.dataDir, 'workspaces');
    await mkdir(folder, { recursive: true });
    for (let attempt = 1; ; attempt++) {
      const path = join(folder, workspaceFileName(name, attempt));
      try {
        await write(path);
        return path;
      } catch (e) {
        const exists =
          (e as NodeJS.ErrnoException).code === 'EEXIST' ||
          (e instanceof AppFailure && e.error.code === 'workspace.exists');
        if (!exists || attempt >= 1000) throw e;
      }
    }
  }

  recentFiles() {
    return this.recent.list();
  }

  private async adopt(store: WorkspaceStore, extra: Partial<WorkspaceSession>): Promise<WorkspaceSession> {
    this.store = store;
    this.failure = null;
    this.session = { path: store.path, workspace: store.workspace, ...extra };
    try {
      await this.recent.add({ path: store.path, title: store.workspace.title, openedAt: this.now() });
    } catch (e) {
      // The recent-files list is a convenience: a data folder that refuses it must not stop the open.
      console.error('[stackwise] the recent-files list could not be updated', e);
    }
    this.options.onOpened?.();
    return this.session;
  }
}
