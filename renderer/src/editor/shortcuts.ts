/** The editor's keyboard shortcuts, named by what they do; Cmd on macOS, Ctrl elsewhere. */
export type ShortcutAction = 'undo' | 'redo' | 'save' | 'newModule';

export function shortcutFor(
  event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey'>,
): ShortcutAction | null {
  if (!(event.ctrlKey || event.metaKey)) return null;
  const key = event.key.toLowerCase();
  if (key === 'z') return event.shiftKey ? 'redo' : 'undo';
  if (key === 'y') return 'redo';
  if (key === 's') return 'save';
  if (key === 'n' && !event.shiftKey) return 'newModule';
  return null;
}
