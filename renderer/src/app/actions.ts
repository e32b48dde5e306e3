import { type ActionId, type ActionSpec, actionSpecs } from '@shared/contract/actions';
import type { EditorStore } from '../editor/store';

/** The workbench's dialogs an action opens. */
export type WorkbenchDialog = 'issuers' | 'profiles' | 'verify' | 'badges' | 'package' | 'open-package';
/** The side panel's tabs. */
export type SidePanelTab = 'inspector' | 'quality' | 'review';

/** What decides whether an action can run now. */
export interface ActionState {
  canUndo: boolean;
  canRedo: boolean;
  /** A pathway is on the board: the exports act on it. */
  hasPathway: boolean;
  /** A long export runs: another waits for it. */
  busy: boolean;
}

/** What the actions act on: the editing session and the workbench's ways of showing things. */
export interface ActionContext {
  store: EditorStore;
  startNewModule(): void;
  openDialog(dialog: WorkbenchDialog): void;
  openWorkspace(): void;
  showPanel(tab: SidePanelTab): void;
  exportSpec(): void;
  /** The focused text field's own undo or redo of typing. */
  editText(command: 'undo' | 'redo'): void;
}

/**
 * One action, defined once: its words and shortcuts (shared/contract/actions.ts, which the native menu is
 * built from too), when it is available and what it does. Keys, menus and buttons all run it through
 * `runAction`.
 */
export interface Action extends ActionSpec {
  id: ActionId;
  /** In a text field this is the field's own undo or redo of typing; the design's history waits. */
  typing?: 'undo' | 'redo';
  isAvailable(state: ActionState): boolean;
  perform(context: ActionContext): void;
}

type Behaviour = Omit<Action, 'id' | keyof ActionSpec>;

const always = () => true;
const withPathway = (state: ActionState) => state.hasPathway;
const dialog =
  (name: WorkbenchDialog): Behaviour['perform'] =>
  (context) =>
    context.openDialog(name);
const panel = (tab: SidePanelTab): Behaviour => ({
  isAvailable: always,
  perform: (context) => context.showPanel(tab),
});

const behaviours: { readonly [id in ActionId]: Behaviour } = {
  undo: { typing: 'undo', isAvailable: (s) => s.canUndo, perform: ({ store }) => store.undo() },
  redo: { typing: 'redo', isAvailable: (s) => s.canRedo, perform: ({ store }) => store.redo() },
  save: { isAvailable: always, perform: ({ store }) => void store.flush() },
  newModule: { isAvailable: always, perform: (context) => context.startNewModule() },
  openWorkspace: { isAvailable: always, perform: (context) => context.openWorkspace() },
  exportSpec: { isAvailable: (s) => s.hasPathway && !s.busy, perform: (context) => context.exportSpec() },
  exportBadges: { isAvailable: withPathway, perform: dialog('badges') },
  exportPackage: { isAvailable: withPathway, perform: dialog('package') },
  openPackage: { isAvailable: always, perform: dialog('open-package') },
  verify: { isAvailable: always, perform: dialog('verify') },
  issuers: { isAvailable: always, perform: dialog('issuers') },
  qaProfiles: { isAvailable: always, perform: dialog('profiles') },
  showInspector: panel('inspector'),
  showQuality: panel('quality'),
  showReview: panel('review'),
};

/** The action registry. */
export const actions = Object.fromEntries(
  Object.entries(behaviours).map(([id, behaviour]) => [
    id,
    { ...actionSpecs[id as ActionId], id, ...behaviour },
  ]),
) as { readonly [id in ActionId]: Action };

/** Where an action was asked for. */
export type ActionSource = 'keyboard' | 'menu' | 'button';

/**
 * Runs an action asked for from a key, a menu or a button. With a text field focused, undo and redo are the
 * field's own: a key is left to the field, a menu item asks the field. An action not available now does
 * nothing. Returns whether the action took the request (a key it took is not the browser's to handle).
 */
export function runAction(
  id: ActionId,
  request: { source: ActionSource; editingText: boolean },
  state: ActionState,
  context: ActionContext,
): boolean {
  const action = actions[id];
  if (action.typing && request.editingText) {
    if (request.source === 'keyboard') return false;
    context.editText(action.typing);
    return true;
  }
  if (action.isAvailable(state)) action.perform(context);
  return true;
}

/** Whether the focus (or a key's target) is in a field that types text, which has its own undo. */
export function isEditingText(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && target.closest('input, textarea, select') !== null;
}
