import type { Translator } from '@locales/translate';
import { type ActionId, accelerator, actionSpecs, menuActions } from '@shared/contract/actions';
import type { MenuItemConstructorOptions } from 'electron';

export interface MenuHandlers {
  newWorkspace(): void;
  openRecent(path: string): void;
  /** Asks the renderer to perform one of its actions (it knows the design, the selection and the drafts). */
  perform(action: ActionId): void;
}

const separator: MenuItemConstructorOptions = { type: 'separator' };

/** The renderer's actions of one group, as the shared table places them, in the language shown. */
function actionItems(
  group: readonly ActionId[],
  handlers: MenuHandlers,
  tr: Translator,
): MenuItemConstructorOptions[] {
  return group.map((id) => {
    const spec = actionSpecs[id];
    const shortcut = spec.shortcuts[0];
    return {
      label: tr.t(spec.labelKey),
      ...(shortcut && { accelerator: accelerator(shortcut) }),
      click: () => handlers.perform(id),
    };
  });
}

/**
 * The native menu, in the chosen language: the renderer's actions where the shared table places them,
 * around main's own items (a new workspace at a chosen path, the recent files) and the platform's roles,
 * each role labelled from the catalogue too.
 */
export function menuTemplate(
  handlers: MenuHandlers,
  recent: readonly { path: string; title: string }[],
  isMac: boolean,
  tr: Translator,
): MenuItemConstructorOptions[] {
  const actions = (group: readonly ActionId[]) => actionItems(group, handlers, tr);
  const { file, edit, view, pathway } = menuActions;
  return [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: tr.t('menu.file'),
      submenu: [
        ...actions(file.create),
        separator,
        { label: tr.t('menu.newWorkspace'), accelerator: 'CmdOrCtrl+Shift+N', click: handlers.newWorkspace },
        ...actions(file.open),
        {
          label: tr.t('menu.openRecent'),
          enabled: recent.length > 0,
          submenu: recent.map((entry) => ({
            label: tr.t('menu.recentFile', { title: entry.title, path: entry.path }),
            click: () => handlers.openRecent(entry.path),
          })),
        },
        separator,
        ...actions(file.keep),
        separator,
        ...actions(file.check),
        separator,
        isMac ? { role: 'close', label: tr.t('menu.close') } : { role: 'quit', label: tr.t('menu.quit') },
      ],
    },
    {
      label: tr.t('menu.edit'),
      submenu: [
        // The design's undo history lives in the renderer; in a text field, the field's own undo applies.
        ...actions(edit.history),
        separator,
        { role: 'cut', label: tr.t('menu.cut') },
        { role: 'copy', label: tr.t('menu.copy') },
        { role: 'paste', label: tr.t('menu.paste') },
        { role: 'selectAll', label: tr.t('menu.selectAll') },
      ],
    },
    {
      label: tr.t('menu.view'),
      submenu: [
        ...actions(view.panels),
        separator,
        { role: 'reload', label: tr.t('menu.reload') },
        { role: 'toggleDevTools', label: tr.t('menu.toggleDevTools') },
        separator,
        { role: 'resetZoom', label: tr.t('menu.resetZoom') },
        { role: 'zoomIn', label: tr.t('menu.zoomIn') },
        { role: 'zoomOut', label: tr.t('menu.zoomOut') },
        separator,
        { role: 'togglefullscreen', label: tr.t('menu.fullScreen') },
      ],
    },
    {
      label: tr.t('menu.pathway'),
      submenu: [...actions(pathway.export), separator, ...actions(pathway.settings)],
    },
    {
      label: tr.t('menu.window'),
      role: 'window',
      submenu: [{ role: 'minimize', label: tr.t('menu.minimize') }],
    },
    {
      label: tr.t('menu.help'),
      role: 'help',
      submenu: [{ label: tr.t('menu.about'), role: 'about' }],
    },
  ];
}
