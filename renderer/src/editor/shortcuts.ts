import { type ActionId, actionIds, actionSpecs, keyName, type Shortcut } from '@shared/contract/actions';

export type ShortcutEvent = Pick<
  KeyboardEvent,
  'code' | 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'
>;

/** Whether this is a Mac, whose command key is Cmd (Meta) where other systems use Ctrl. */
export function isMacPlatform(): boolean {
  return /Mac|iPhone|iPad/.test(navigator.platform);
}

/**
 * The key's place as a shortcut names it. A Latin layout's own letter wins (German Ctrl+Z is on the key a
 * US keyboard calls Y, and must undo, as the native menus do); where the layout types no Latin letter
 * (Ukrainian, Russian and Kazakh type "я" on Z) the key's place on the keyboard (`event.code`) decides.
 */
function shortcutCode(event: Pick<KeyboardEvent, 'code' | 'key'>): string {
  return /^[a-z]$/i.test(event.key) ? `Key${event.key.toUpperCase()}` : event.code;
}

/** Whether a key press is this shortcut: the command key (Cmd on macOS, Ctrl elsewhere), Shift as named. */
export function matchesShortcut(event: ShortcutEvent, shortcut: Shortcut, isMac: boolean): boolean {
  const command = isMac ? event.metaKey && !event.ctrlKey : event.ctrlKey && !event.metaKey;
  // Alt (AltGr on many layouts) types characters; it is never part of these shortcuts.
  if (!command || event.altKey) return false;
  return event.shiftKey === (shortcut.shift ?? false) && shortcutCode(event) === shortcut.code;
}

/** The action a key press asks for, if any. */
export function shortcutFor(event: ShortcutEvent, isMac: boolean): ActionId | null {
  return (
    actionIds.find((id) => actionSpecs[id].shortcuts.some((s) => matchesShortcut(event, s, isMac))) ?? null
  );
}

/** The shortcuts as `aria-keyshortcuts` names them: "Control+Shift+Z Control+Y". */
export function ariaKeyShortcuts(shortcuts: readonly Shortcut[], isMac: boolean): string | undefined {
  if (shortcuts.length === 0) return undefined;
  const command = isMac ? 'Meta' : 'Control';
  return shortcuts.map((s) => [command, ...(s.shift ? ['Shift'] : []), keyName(s.code)].join('+')).join(' ');
}
