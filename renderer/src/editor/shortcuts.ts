/** The editor's keyboard shortcuts, named by what they do; Cmd on macOS, Ctrl elsewhere. */
export type ShortcutAction = 'undo' | 'redo' | 'save' | 'newModule';

/**
 * The letter a shortcut names. A Latin layout's own letter wins (German Ctrl+Z is on the key a US
 * keyboard calls Y, and must undo, as the native menus do); where the layout types no Latin letter
 * (Ukrainian, Russian and Kazakh type "я" on Z) the key's place on the keyboard (`event.code`) decides.
 */
function shortcutLetter(event: Pick<KeyboardEvent, 'code' | 'key'>): string | null {
  if (/^[a-z]$/i.test(event.key)) return event.key.toLowerCase();
  const place = /^Key([A-Z])$/.exec(event.code);
  return place?.[1] ? place[1].toLowerCase() : null;
}

/** The action a key press asks for, if any. */
export function shortcutFor(
  event: Pick<KeyboardEvent, 'code' | 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>,
): ShortcutAction | null {
  // Alt (AltGr on many layouts) types characters; it is never part of these shortcuts.
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return null;
  switch (shortcutLetter(event)) {
    case 'z':
      return event.shiftKey ? 'redo' : 'undo';
    case 'y':
      return 'redo';
    case 's':
      return 'save';
    case 'n':
      return event.shiftKey ? null : 'newModule';
    default:
      return null;
  }
}
