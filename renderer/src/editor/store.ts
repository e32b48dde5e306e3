import type { AppError, Result } from '@shared/contract/errors';
import { DomainError } from '@shared/domain/errors';
import type { Workspace } from '@shared/schemas/workspace';

export interface HistoryEntry {
  label: string;
  before: Workspace;
  after: Workspace;
}

export type SaveStatus =
  | { status: 'saved'; savedAt: string }
  | { status: 'pending' }
  | { status: 'saving' }
  | { status: 'error'; error: AppError };

export interface EditorState {
  path: string;
  workspace: Workspace;
  past: readonly HistoryEntry[];
  future: readonly HistoryEntry[];
  save: SaveStatus;
}

export type SaveWorkspace = (
  workspace: Workspace,
  baseRevision: number,
) => Promise<Result<{ revision: number; savedAt: string }>>;

/**
 * What a dispatch did: `changed` says whether it recorded a step; a refusal (the command threw a
 * DomainError) changed nothing and says why. Any other exception is a bug and propagates.
 */
export type DispatchResult = { ok: true; changed: boolean } | { ok: false; error: DomainError };

export interface DispatchOptions {
  /** Steps with the same key, one after another, may merge into one undo step. */
  coalesce?: string;
}

export interface EditorStore {
  getState(): EditorState;
  subscribe(listener: () => void): () => void;
  /** Runs a pure command; records an undo step and schedules a save only if the workspace changed. */
  dispatch(
    label: string,
    command: (workspace: Workspace) => Workspace,
    options?: DispatchOptions,
  ): DispatchResult;
  undo(): void;
  redo(): void;
  /** Saves now what is pending (used by Retry and before the window closes). */
  flush(): Promise<void>;
  hasUnsavedChanges(): boolean;
  /** Stops a pending save timer: the screen editing this workspace is gone. */
  dispose(): void;
}

const HISTORY_LIMIT = 200;

export interface EditorStoreOptions {
  /**
   * Runs after every command that changed the workspace, before the step is recorded, to apply rules that
   * follow from any change (an edit to an approved design starts a new version). Undo restores the
   * workspace from before both.
   */
  afterCommand?: (before: Workspace, after: Workspace) => Workspace;
}

/**
 * The editing session: the renderer owns the workspace being edited; main owns the file. Saves are
 * debounced and carry the revision they were based on, so main can refuse a stale write; a failed save
 * keeps the edit and says why.
 */
export function createEditorStore(
  initial: { path: string; workspace: Workspace },
  saveWorkspace: SaveWorkspace,
  debounceMs = 400,
  options: EditorStoreOptions = {},
): EditorStore {
  let state: EditorState = {
    path: initial.path,
    workspace: initial.workspace,
    past: [],
    future: [],
    save: { status: 'saved', savedAt: initial.workspace.updatedAt },
  };
  let baseRevision = initial.workspace.revision;
  let dirty = false;
  let inFlight: Promise<void> | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const listeners = new Set<() => void>();

  const set = (next: Partial<EditorState>) => {
    state = { ...state, ...next };
    for (const listener of listeners) listener();
  };

  const schedule = () => {
    dirty = true;
    if (state.save.status !== 'saving') set({ save: { status: 'pending' } });
    clearTimeout(timer);
    timer = setTimeout(() => void flush(), debounceMs);
  };

  async function writeOnce(): Promise<void> {
    dirty = false;
    set({ save: { status: 'saving' } });
    const result = await saveWorkspace(state.workspace, baseRevision);
    if (result.ok) {
      baseRevision = result.value.revision;
      set({ save: dirty ? { status: 'pending' } : { status: 'saved', savedAt: result.value.savedAt } });
    } else {
      dirty = true;
      set({ save: { status: 'error', error: result.error } });
    }
  }

  async function flush(): Promise<void> {
    clearTimeout(timer);
    if (inFlight) await inFlight;
    if (!dirty) return;
    inFlight = writeOnce().finally(() => {
      inFlight = null;
    });
    await inFlight;
    if (dirty && state.save.status !== 'error') schedule();
  }

  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    dispatch(label, command) {
      const before = state.workspace;
      let changed: Workspace;
      try {
        changed = command(before);
      } catch (e) {
        if (e instanceof DomainError) return { ok: false, error: e };
        throw e;
      }
      if (changed === before) return { ok: true, changed: false };
      const after = options.afterCommand ? options.afterCommand(before, changed) : changed;
      set({
        workspace: after,
        past: [...state.past, { label, before, after }].slice(-HISTORY_LIMIT),
        future: [],
      });
      schedule();
      return { ok: true, changed: true };
    },
    undo() {
      const entry = state.past.at(-1);
      if (!entry) return;
      set({ workspace: entry.before, past: state.past.slice(0, -1), future: [entry, ...state.future] });
      schedule();
    },
    redo() {
      const [entry, ...future] = state.future;
      if (!entry) return;
      set({ workspace: entry.after, past: [...state.past, entry], future });
      schedule();
    },
    flush,
    hasUnsavedChanges: () => dirty || inFlight !== null,
    dispose: () => clearTimeout(timer),
  };
}
