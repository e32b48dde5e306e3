import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { EVENT_CHANNEL, type EventName } from '@shared/contract/channels';
import { app, BrowserWindow, dialog, ipcMain, Menu, safeStorage, session, shell } from 'electron';
import { createHandlers, type Handlers } from './handlers';
import { registerIpc } from './ipc/register';
import { menuTemplate } from './menu';
import { CONTENT_SECURITY_POLICY, isAllowedRequest, isAppUrl } from './security';
import { startServices } from './services';
import type { WorkspaceService } from './services/workspace-service';
import { mainWindowOptions } from './window';

const here = import.meta.dirname;
const devServerUrl = process.env.ELECTRON_RENDERER_URL;
const appUrl = devServerUrl ?? pathToFileURL(join(here, '../renderer/index.html')).href;

/** `stackwise --workspace FILE` (or a file path as the last argument) opens that file instead of the default. */
function workspaceArgument(argv: readonly string[]): string | undefined {
  const flag = argv.indexOf('--workspace');
  if (flag >= 0) return argv[flag + 1];
  const last = argv.at(-1);
  return last?.endsWith('.json') ? last : undefined;
}

function hardenSession(): void {
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  session.defaultSession.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedRequest(details.url, appUrl) });
  });
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
    });
  });
  app.on('web-contents-created', (_event, contents) => {
    contents.setWindowOpenHandler(({ url }) => {
      if (url.startsWith('https://')) void shell.openExternal(url);
      return { action: 'deny' };
    });
    contents.on('will-navigate', (event, url) => {
      if (!isAppUrl(url, appUrl)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
  });
}

function createMainWindow(): BrowserWindow {
  const window = new BrowserWindow(mainWindowOptions(join(here, '../preload')));
  window.once('ready-to-show', () => window.show());
  void window.loadURL(appUrl);
  return window;
}

async function refreshMenu(workspaces: WorkspaceService, window: BrowserWindow): Promise<void> {
  const send = (event: EventName) => window.webContents.send(EVENT_CHANNEL, event);
  const openAndTell = (path: string) =>
    workspaces.open(path).then(
      () => {
        send('workspace.changed');
        return refreshMenu(workspaces, window);
      },
      (e: Error) => dialog.showErrorBox('Stackwise could not open the workspace', e.message),
    );
  const recent = await workspaces.recentFiles();
  const template = menuTemplate(
    {
      send,
      openRecent: (path) => void openAndTell(path),
      openWorkspace: async () => {
        const choice = await dialog.showOpenDialog(window, {
          title: 'Open workspace',
          properties: ['openFile'],
          filters: [{ name: 'Stackwise workspace', extensions: ['json'] }],
        });
        if (!choice.canceled && choice.filePaths[0]) await openAndTell(choice.filePaths[0]);
      },
      newWorkspace: async () => {
        const choice = await dialog.showSaveDialog(window, {
          title: 'New workspace',
          defaultPath: 'workspace.json',
          filters: [{ name: 'Stackwise workspace', extensions: ['json'] }],
        });
        if (choice.canceled || !choice.filePath) return;
        await workspaces.create(choice.filePath).then(
          () => {
            send('workspace.changed');
            return refreshMenu(workspaces, window);
          },
          (e: Error) => dialog.showErrorBox('Stackwise could not create the workspace', e.message),
        );
      },
    },
    recent,
    process.platform === 'darwin',
  );
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

async function start(): Promise<void> {
  await app.whenReady();
  hardenSession();
  const workspacePath = workspaceArgument(process.argv);
  const services = await startServices({
    shell: 'electron',
    dataDir: app.getPath('userData'),
    safeStorage,
    ...(workspacePath !== undefined && { workspacePath }),
  });
  const handlers: Handlers = createHandlers(services);
  registerIpc(ipcMain, handlers, appUrl);
  const window = createMainWindow();
  await refreshMenu(services.workspaces, window);
  app.on('window-all-closed', () => app.quit());
}

app.setName('Stackwise');
start().catch((e) => {
  dialog.showErrorBox('Stackwise could not start', e instanceof Error ? e.message : String(e));
  app.exit(1);
});
