import { describe, expect, it } from 'vitest';
import { shortcutFor } from '../../../renderer/src/editor/shortcuts';

const press = (
  code: string,
  key: string,
  mods: { ctrl?: boolean; meta?: boolean; shift?: boolean; alt?: boolean } = {},
) =>
  shortcutFor({
    code,
    key,
    ctrlKey: mods.ctrl ?? false,
    metaKey: mods.meta ?? false,
    shiftKey: mods.shift ?? false,
    altKey: mods.alt ?? false,
  } as KeyboardEvent);

describe('keyboard shortcuts', () => {
  it('match the key’s place, whatever the layout types there', () => {
    // Ukrainian and Russian layouts type я on the Z key, Kazakh too; н/т on N and ы/і on S.
    expect(press('KeyZ', 'я', { ctrl: true })).toBe('undo');
    expect(press('KeyZ', 'Я', { ctrl: true, shift: true })).toBe('redo');
    expect(press('KeyY', 'н', { ctrl: true })).toBe('redo');
    expect(press('KeyS', 'ы', { meta: true })).toBe('save');
    expect(press('KeyN', 'т', { ctrl: true })).toBe('newModule');
  });

  it('ignore keys without Ctrl or Cmd, with Alt (AltGr types characters), and other keys', () => {
    expect(press('KeyZ', 'z')).toBeNull();
    expect(press('KeyZ', 'z', { ctrl: true, alt: true })).toBeNull();
    expect(press('KeyN', 'N', { ctrl: true, shift: true })).toBeNull();
    // A Latin layout's own letter wins: German Z sits where a US keyboard has Y, and undoes.
    expect(press('KeyY', 'z', { ctrl: true })).toBe('undo');
    expect(press('KeyZ', 'y', { ctrl: true })).toBe('redo');
    expect(press('KeyQ', 'q', { ctrl: true })).toBeNull();
  });
});
