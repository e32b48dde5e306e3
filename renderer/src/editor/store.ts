import type { MessageKey } from '@locales/messages';
import type { AppError, Result } from '@shared/contract/errors';
import { DomainError } from '@shared/domain/errors';
import type { Problem } from '@shared/schemas/problems';
import type { Workspace } from '@shared/schemas/workspace';

/** What an editor step did, as a catalogue key and its values: "Undo Rename stage to Electives". */
export interface StepLabel {
  key: MessageKey;
  values?: Record<string, string | number>;
}

export function step(key: MessageKey, values?: Record<string, string | number>): StepLabel {
  return values === undefined ? { key } : { key, values };
}

export interface HistoryEntry {
  label: StepLabel;
  before: Workspace;
  after: Workspace;
}

export type SaveStatus =
  /** Nothing waits to be saved; `savedAt` is absent until this session saves (opening a file is not a save). */
  | { status: 'saved'; savedAt?: string }
  | { status: 'pending' }
  | { status: 'saving' }
  | { status: 'error'; error: AppError };

/** One field's problem in a draft, as data: the form words it in the language shown (problemText). */
export type DraftProblem = Problem;

/**
 * A form's values as typed that are not in the workspace yet: a value that does not validate (an empty
 * title, a half-typed address), or a valid one about to be applied. It lives in the editing session, not
 * in the form, so it survives selection changes, pathway switches and undo of other things, and it counts
 * as unsaved work until it is applied or discarded.
 */
export interface EntityDraft {
  /** Which entity: `module:ID`, `pathway:ID`, `group:PATHWAY:ID`, `issuer:ID`, `profile:ID`. */
  key: string;
  /** What the user would lose, in their words: the module's code and title, the pathway's title… */
  name: string;
  /** The field last edited, for "go to the draft". */
  field: string;
  /** The fields typed, by the form's names: everything else is read from the workspace. */
  form: unknown;
  /**
   * The whole form as it was at the last edit, for an entity the workspace does not hold (a new module
   * not valid yet, or one that undo took away): there is nothing else to read the other fields from.
   */
  snapshot?: unknown;
  /** Why it cannot be applied yet; empty while a valid draft waits to be applied. */
  problems: readonly DraftProblem[];
  /** The workspace refused the value (a code already used): why, kept with the draft. */
  refusal?: DomainError;
  /**
   * Applied: the workspace holds these values. The form keeps showing them as typed ("2." stays "2.")
   * until the user leaves the field; a settled draft is not unsaved work.
   */
  settled?: boolean;
}

/** Drafts that are not in the workspace: what leaving or exporting now would lose. */
export function unsettledDrafts(drafts: EditorState['drafts']): EntityDraft[] {
  return [...drafts.values()].filter((d) => !d.settled);
}

/** How a valid draft becomes one editor step. */
export interface DraftApply {
  label: StepLabel;
  command: (workspace: Workspace) => Workspace;
}

export interface EditorState {
  path: string;
  workspace: Workspace;
  past: readonly HistoryEntry[];
  future: readonly HistoryEntry[];
  save: SaveStatus;
  /** Drafts by key: edits typed but not (yet) in the workspace. */
  drafts: ReadonlyMap<string, EntityDraft>;
}

/**
 * What a flush achieved: the revision saved (the one the window shows, which exports name), or why the
 * window still holds work that is not saved: a failed save, or drafts that do not validate yet.
 */
export type FlushResult =
  | { ok: true; revision: number }
  | { ok: false; reason: 'save'; error: AppError }
  | { ok: false; reason: 'drafts'; drafts: readonly EntityDraft[]; revision: number };

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
    label: StepLabel,
    command: (workspace: Workspace) => Workspace,
    options?: DispatchOptions,
  ): DispatchResult;
  undo(): void;
  redo(): void;
  /**
   * Keeps a form's values as typed. With `apply` (the values validate), they become one editor step a
   * moment later, or at once on `applyDrafts`; edits of one field in a row merge into one undo step.
   */
  editDraft(draft: EntityDraft, apply?: DraftApply): void;
  /** Applies every valid draft now (the user left the field, or something is about to read the workspace). */
  applyDrafts(): void;
  /** Forgets a draft: the form shows the workspace's value again. */
  discardDraft(key: string): void;
  /** Ends the current run of edits to one field, so the next edit is an undo step of its own. */
  endCoalescing(): void;
  /** Applies valid drafts and saves now what is pending (Retry, exports, leaving); says what it achieved. */
  flush(): Promise<FlushResult>;
  /** Unsaved edits, a save on its way, or drafts: what leaving now would lose. */
  hasUnsavedChanges(): boolean;
  /** Stops a pending save timer: the screen editing this workspace is gone. */
  dispose(): void;
}

const HISTORY_LIMIT = 200;
/** How long typing may pause before a valid value becomes an editor step (tests type slower to cross it). */
export const DRAFT_APPLY_MS = 300;

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
    save: { status: 'saved' },
    drafts: new Map(),
  };
  /** Valid drafts waiting to become editor steps, by draft key. */
  const pendingApply = new Map<string, DraftApply>();
  let applyTimer: ReturnType<typeof setTimeout> | undefined;
  /** The coalescing key of the last recorded step, while edits to that one field go on. */
  let coalescing: string | undefined;
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

  const setDrafts = (change: (drafts: Map<string, EntityDraft>) => void) => {
    const drafts = new Map(state.drafts);
    change(drafts);
    set({ drafts });
  };

  function dispatch(
    label: StepLabel,
    command: (workspace: Workspace) => Workspace,
    dispatchOptions?: DispatchOptions,
  ): DispatchResult {
    const before = state.workspace;
    let changed: Workspace;
    try {
      changed = command(before);
    } catch (e) {
      if (e instanceof DomainError) return { ok: false, error: e };
      throw e;
    }
    const key = dispatchOptions?.coalesce;
    if (changed === before) return { ok: true, changed: false };
    const after = options.afterCommand ? options.afterCommand(before, changed) : changed;
    const last = state.past.at(-1);
    // Keystrokes in one field are one undo step: the run keeps its first `before` and takes the latest `after`.
    const past =
      key !== undefined && key === coalescing && last && state.future.length === 0
        ? [...state.past.slice(0, -1), { ...last, after }]
        : [...state.past, { label, before, after }].slice(-HISTORY_LIMIT);
    coalescing = key;
    set({ workspace: after, past, future: [] });
    schedule();
    return { ok: true, changed: true };
  }

  function applyDrafts(): void {
    clearTimeout(applyTimer);
    for (const [key, apply] of [...pendingApply]) {
      pendingApply.delete(key);
      const draft = state.drafts.get(key);
      if (!draft) continue;
      const result = dispatch(apply.label, apply.command, { coalesce: `${key}:${draft.field}` });
      setDrafts((drafts) => {
        const { refusal: _gone, ...rest } = draft;
        drafts.set(key, result.ok ? { ...rest, settled: true } : { ...draft, refusal: result.error });
      });
    }
  }

  /** The user left the field or the workspace moved on (undo): settled drafts give way to the workspace. */
  function dropSettledDrafts(): void {
    if ([...state.drafts.values()].some((d) => d.settled))
      setDrafts((drafts) => {
        for (const [key, draft] of drafts) if (draft.settled) drafts.delete(key);
      });
  }

  async function flush(): Promise<FlushResult> {
    applyDrafts();
    clearTimeout(timer);
    // Until nothing is on its way: a save another caller started, and edits made while it was written,
    // are part of what this flush promises to have saved.
    // A failed save is tried once more here (Retry); a failure in this flush ends it.
    let failedHere = false;
    while (inFlight !== null || (dirty && !failedHere)) {
      if (inFlight) {
        await inFlight;
        continue;
      }
      inFlight = writeOnce().finally(() => {
        inFlight = null;
      });
      await inFlight;
      failedHere = state.save.status === 'error';
    }
    if (state.save.status === 'error') return { ok: false, reason: 'save', error: state.save.error };
    const drafts = unsettledDrafts(state.drafts);
    if (drafts.length > 0) return { ok: false, reason: 'drafts', drafts, revision: baseRevision };
    return { ok: true, revision: baseRevision };
  }

  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    dispatch,
    undo() {
      applyDrafts();
      dropSettledDrafts();
      coalescing = undefined;
      const entry = state.past.at(-1);
      if (!entry) return;
      set({ workspace: entry.before, past: state.past.slice(0, -1), future: [entry, ...state.future] });
      schedule();
    },
    redo() {
      applyDrafts();
      dropSettledDrafts();
      coalescing = undefined;
      const [entry, ...future] = state.future;
      if (!entry) return;
      set({ workspace: entry.after, past: [...state.past, entry], future });
      schedule();
    },
    editDraft(draft, apply) {
      setDrafts((drafts) => drafts.set(draft.key, draft));
      if (apply) pendingApply.set(draft.key, apply);
      else pendingApply.delete(draft.key);
      clearTimeout(applyTimer);
      if (pendingApply.size > 0) applyTimer = setTimeout(applyDrafts, DRAFT_APPLY_MS);
    },
    applyDrafts,
    discardDraft(key) {
      pendingApply.delete(key);
      if (!state.drafts.has(key)) return;
      setDrafts((drafts) => drafts.delete(key));
    },
    endCoalescing() {
      applyDrafts();
      dropSettledDrafts();
      coalescing = undefined;
    },
    flush,
    hasUnsavedChanges: () =>
      dirty || inFlight !== null || pendingApply.size > 0 || unsettledDrafts(state.drafts).length > 0,
    dispose: () => {
      clearTimeout(timer);
      clearTimeout(applyTimer);
    },
  };
}
