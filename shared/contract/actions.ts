import type { MessageKey } from '@locales/messages';

/**
 * The actions a person takes from a menu, a shortcut or a button, each named once: its words (a catalogue
 * key), its shortcuts and its place in the native menu. The renderer's registry (renderer/src/app/actions.ts)
 * adds when each is available and what it does; main builds the native menu from this table and sends the
 * chosen action's id to the renderer, which performs it there. Main cannot import the renderer, so the
 * table lives here, as data.
 */
export const actionIds = [
  'undo',
  'redo',
  'save',
  'newModule',
  'openWorkspace',
  'exportSpec',
  'exportBadges',
  'exportPackage',
  'openPackage',
  'verify',
  'issuers',
  'qaProfiles',
  'showInspector',
  'showQuality',
  'showReview',
] as const;
export type ActionId = (typeof actionIds)[number];

/**
 * A key pressed with the platform's command key (Cmd on macOS, Ctrl elsewhere), named by its place on the
 * keyboard (`KeyboardEvent.code`): 'KeyZ' is the key a US layout types Z with, and a Ukrainian one я.
 */
export interface Shortcut {
  code: string;
  shift?: boolean;
}

export interface ActionSpec {
  /** What the action is called in menus and on buttons. */
  labelKey: MessageKey;
  /** A compact button's words where they differ (the top bar's "Open…" for "Open workspace…"). */
  buttonKey?: MessageKey;
  /** The first is the one a menu shows beside the action. */
  shortcuts: readonly Shortcut[];
}

export const actionSpecs: { readonly [id in ActionId]: ActionSpec } = {
  undo: { labelKey: 'app.action.undo', shortcuts: [{ code: 'KeyZ' }] },
  redo: { labelKey: 'app.action.redo', shortcuts: [{ code: 'KeyZ', shift: true }, { code: 'KeyY' }] },
  save: { labelKey: 'app.action.save', shortcuts: [{ code: 'KeyS' }] },
  newModule: { labelKey: 'app.action.newModule', shortcuts: [{ code: 'KeyN' }] },
  openWorkspace: {
    labelKey: 'app.action.openWorkspace',
    buttonKey: 'app.action.openWorkspaceShort',
    shortcuts: [{ code: 'KeyO' }],
  },
  exportSpec: { labelKey: 'app.action.exportSpec', buttonKey: 'app.action.exportSpecShort', shortcuts: [] },
  exportBadges: { labelKey: 'app.action.exportBadges', shortcuts: [] },
  exportPackage: { labelKey: 'app.action.exportPackage', shortcuts: [] },
  openPackage: { labelKey: 'app.action.openPackage', shortcuts: [] },
  verify: { labelKey: 'app.action.verify', buttonKey: 'app.action.verifyShort', shortcuts: [] },
  issuers: { labelKey: 'app.action.issuers', shortcuts: [] },
  qaProfiles: { labelKey: 'app.action.qaProfiles', shortcuts: [] },
  showInspector: { labelKey: 'app.action.showInspector', shortcuts: [{ code: 'Digit1', shift: true }] },
  showQuality: { labelKey: 'app.action.showQuality', shortcuts: [{ code: 'Digit2', shift: true }] },
  showReview: { labelKey: 'app.action.showReview', shortcuts: [{ code: 'Digit3', shift: true }] },
};

export function isActionId(value: unknown): value is ActionId {
  return typeof value === 'string' && (actionIds as readonly string[]).includes(value);
}

/**
 * Where the renderer's actions sit in the native menu: each menu's groups (a separator between groups), in
 * order. Main places the groups and adds the items only it can perform around them (a new workspace at a
 * chosen path, the recent files, the platform's own roles).
 */
export const menuActions = {
  file: {
    create: ['newModule'],
    open: ['openWorkspace'],
    keep: ['save'],
    check: ['openPackage', 'verify'],
  },
  edit: { history: ['undo', 'redo'] },
  view: { panels: ['showInspector', 'showQuality', 'showReview'] },
  pathway: {
    export: ['exportSpec', 'exportBadges', 'exportPackage'],
    settings: ['issuers', 'qaProfiles'],
  },
} as const satisfies Record<string, Record<string, readonly ActionId[]>>;

/** 'KeyZ' → 'Z', 'Digit1' → '1': the key as menus and `aria-keyshortcuts` name it. */
export function keyName(code: string): string {
  return /^(?:Key|Digit)(.)$/.exec(code)?.[1] ?? code;
}

/** The shortcut as Electron's menus take it: 'CmdOrCtrl+Shift+Z'. */
export function accelerator(shortcut: Shortcut): string {
  return ['CmdOrCtrl', ...(shortcut.shift ? ['Shift'] : []), keyName(shortcut.code)].join('+');
}
