import type { EventName } from '@shared/contract/channels';
import type { MenuItemConstructorOptions } from 'electron';

export interface MenuActions {
  newWorkspace(): void;
  openWorkspace(): void;
  openRecent(path: string): void;
  send(event: EventName, path?: string): void;
}

/** The native menu: File, Edit, View and Help, with the platform's standard roles and shortcuts. */
export function menuTemplate(
  actions: MenuActions,
  recent: readonly { path: string; title: string }[],
  isMac: boolean,
): MenuItemConstructorOptions[] {
  return [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: '&File',
      submenu: [
        { label: 'New Module', accelerator: 'CmdOrCtrl+N', click: () => actions.send('menu.newModule') },
        { type: 'separator' },
        { label: 'New Workspace…', accelerator: 'CmdOrCtrl+Shift+N', click: actions.newWorkspace },
        { label: 'Open Workspace…', accelerator: 'CmdOrCtrl+O', click: actions.openWorkspace },
        {
          label: 'Open Recent',
          enabled: recent.length > 0,
          submenu: recent.map((file) => ({
            label: `${file.title} — ${file.path}`,
            click: () => actions.openRecent(file.path),
          })),
        },
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    {
      label: '&Edit',
      submenu: [
        // The design's undo history lives in the renderer; text fields keep their own undo there.
        { label: 'Undo', accelerator: 'CmdOrCtrl+Z', click: () => actions.send('menu.undo') },
        { label: 'Redo', accelerator: 'CmdOrCtrl+Shift+Z', click: () => actions.send('menu.redo') },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
      ],
    },
    { role: 'viewMenu' },
    { role: 'windowMenu' },
    { role: 'help', submenu: [{ label: 'About Stackwise', role: 'about' }] },
  ];
}
