import { type Translator, translator } from '@locales/translate';
import { type ActionId, actionIds } from '@shared/contract/actions';
import type { Language } from '@shared/i18n/languages';
import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { menuTemplate } from '../../electron/main/menu';
import { followLanguage, type LanguageChoice, uiLanguage } from '../../electron/main/ui-language';
import { closingDialog } from '../../electron/main/unsaved-work';

/** A translator that shows the key it was asked for, so a test sees which words came from the catalogue. */
const keys = {
  ...translator('en'),
  t: (key: string, values?: Record<string, unknown>) =>
    `«${key}${values ? ` ${JSON.stringify(values)}` : ''}»`,
} as Translator;

function items(template: readonly MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((item) => [
    item,
    ...(Array.isArray(item.submenu) ? items(item.submenu as MenuItemConstructorOptions[]) : []),
  ]);
}

const handlers = () => ({ perform: vi.fn(), openRecent: vi.fn(), newWorkspace: vi.fn() });
const recent = [{ path: '/work/a.json', title: 'Faculty A' }];

describe('the native menu', () => {
  it('holds every action of the registry once, with its shortcut, and sends its id to the renderer', () => {
    const h = handlers();
    const all = items(menuTemplate(h, recent, false, translator('en')));
    const undo = all.find((item) => item.label === 'Undo');
    expect(undo?.accelerator).toBe('CmdOrCtrl+Z');
    expect(all.find((item) => item.label === 'Redo')?.accelerator).toBe('CmdOrCtrl+Shift+Z');
    expect(all.find((item) => item.label === 'New module')?.accelerator).toBe('CmdOrCtrl+N');
    for (const item of all) (item.click as (() => void) | undefined)?.();
    const performed = h.perform.mock.calls.map(([id]) => id as ActionId);
    expect(performed.sort()).toEqual([...actionIds].sort());
    expect(h.openRecent).toHaveBeenCalledWith('/work/a.json');
    expect(h.newWorkspace).toHaveBeenCalledOnce();
  });

  it('takes every word it shows from the catalogue, the platform’s roles included', () => {
    for (const isMac of [false, true]) {
      for (const item of items(menuTemplate(handlers(), recent, isMac, keys))) {
        if (item.type === 'separator' || item.role === 'appMenu') continue;
        expect(item.label, JSON.stringify(item)).toMatch(/^«(app|menu)\./);
      }
    }
  });
});

describe('the close dialog', () => {
  it('names what would be lost, then the choice, in the language shown', () => {
    const dialog = closingDialog(['TE-01: Title is required', 'Your last changes, not written'], keys);
    expect(dialog.buttons).toEqual(['«app.close.stay»', '«app.close.leave»']);
    expect(dialog.detail.split('\n')).toEqual([
      '«app.close.item {"item":"TE-01: Title is required"}»',
      '«app.close.item {"item":"Your last changes, not written"}»',
      '',
      '«app.close.choice {"count":2}»',
    ]);
    expect(closingDialog(['A draft'], translator('en')).detail).toBe(
      '• A draft\n\nStay to let Stackwise save (or to fix what it cannot save), or leave and lose it.',
    );
  });
});

describe('main’s language', () => {
  it('is the person’s choice, else the first system language Stackwise speaks, else English', () => {
    expect(uiLanguage('kk', ['en-GB'])).toBe('kk');
    expect(uiLanguage(undefined, ['de-DE', 'uk-UA'])).toBe('uk');
    expect(uiLanguage(undefined, ['de-DE'])).toBe('en');
  });

  it('follows a new choice made in the app, and says so once per change', async () => {
    let listener: (settings: { language?: Language }) => void = () => {};
    const choice: LanguageChoice = {
      read: async () => ({}),
      onChange: (l) => {
        listener = l;
        return () => {};
      },
    };
    const changed = vi.fn();
    const language = await followLanguage(choice, ['ru-RU'], changed);
    expect(language.current().language).toBe('ru');
    listener({ language: 'kk' });
    expect(language.current().language).toBe('kk');
    listener({ language: 'kk' });
    expect(changed).toHaveBeenCalledOnce();
  });
});
