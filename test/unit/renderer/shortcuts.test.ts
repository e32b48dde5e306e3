import { catalogues } from '@locales/messages';
import { accelerator, actionIds, actionSpecs, menuActions } from '@shared/contract/actions';
import { describe, expect, it } from 'vitest';
import { ariaKeyShortcuts, shortcutFor } from '../../../renderer/src/editor/shortcuts';

type Mods = { ctrl?: boolean; meta?: boolean; shift?: boolean; alt?: boolean };

const press = (code: string, key: string, mods: Mods = {}, isMac = false) =>
  shortcutFor(
    {
      code,
      key,
      ctrlKey: mods.ctrl ?? false,
      metaKey: mods.meta ?? false,
      shiftKey: mods.shift ?? false,
      altKey: mods.alt ?? false,
    },
    isMac,
  );

describe('keyboard shortcuts, from the action registry', () => {
  it('match the key’s place, whatever the layout types there', () => {
    // Ukrainian and Russian layouts type я on the Z key, Kazakh too; н/т on Y and N, ы/і on S, щ on O.
    expect(press('KeyZ', 'я', { ctrl: true })).toBe('undo');
    expect(press('KeyZ', 'Я', { ctrl: true, shift: true })).toBe('redo');
    expect(press('KeyY', 'н', { ctrl: true })).toBe('redo');
    expect(press('KeyS', 'ы', { ctrl: true })).toBe('save');
    expect(press('KeyN', 'т', { ctrl: true })).toBe('newModule');
    expect(press('KeyO', 'щ', { ctrl: true })).toBe('openWorkspace');
    // Shift+1 types "!" on a US layout and "1" on a French one: the place decides.
    expect(press('Digit2', '@', { ctrl: true, shift: true })).toBe('showQuality');
  });

  it('use Cmd on macOS and Ctrl elsewhere', () => {
    expect(press('KeyZ', 'z', { meta: true }, true)).toBe('undo');
    expect(press('KeyZ', 'z', { ctrl: true }, true)).toBeNull();
    expect(press('KeyZ', 'z', { meta: true }, false)).toBeNull();
    expect(press('KeyS', 'ы', { meta: true }, true)).toBe('save');
  });

  it('ignore keys without the command key, with Alt (AltGr types characters), and other keys', () => {
    expect(press('KeyZ', 'z')).toBeNull();
    expect(press('KeyZ', 'z', { ctrl: true, alt: true })).toBeNull();
    expect(press('KeyN', 'N', { ctrl: true, shift: true })).toBeNull();
    expect(press('KeyQ', 'q', { ctrl: true })).toBeNull();
  });

  it('let a Latin layout’s own letter win, as native menus do', () => {
    // German Z sits where a US keyboard has Y, and undoes; its Y (on the US Z key) redoes.
    expect(press('KeyY', 'z', { ctrl: true })).toBe('undo');
    expect(press('KeyZ', 'y', { ctrl: true })).toBe('redo');
  });

  it('name each shortcut for menus and assistive technology alike', () => {
    expect(actionSpecs.redo.shortcuts.map(accelerator)).toEqual(['CmdOrCtrl+Shift+Z', 'CmdOrCtrl+Y']);
    expect(ariaKeyShortcuts(actionSpecs.redo.shortcuts, false)).toBe('Control+Shift+Z Control+Y');
    expect(ariaKeyShortcuts(actionSpecs.undo.shortcuts, true)).toBe('Meta+Z');
    expect(ariaKeyShortcuts(actionSpecs.verify.shortcuts, false)).toBeUndefined();
  });

  it('give every action words in the catalogue, one shortcut to one action, and a place in the menu', () => {
    for (const id of actionIds) {
      const { labelKey, buttonKey } = actionSpecs[id];
      expect(catalogues.en[labelKey], labelKey).toBeTypeOf('string');
      if (buttonKey) expect(catalogues.en[buttonKey], buttonKey).toBeTypeOf('string');
    }
    const shortcuts = actionIds.flatMap((id) => actionSpecs[id].shortcuts.map(accelerator));
    expect(new Set(shortcuts).size).toBe(shortcuts.length);
    const inMenu: string[] = Object.values(menuActions).flatMap((groups) => Object.values(groups).flat());
    expect(inMenu.sort()).toEqual([...actionIds].sort());
  });
});
