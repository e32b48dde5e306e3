import { join } from 'node:path';
import { type Translator, translator } from '@locales/translate';
import { EVENT_CHANNEL, type EventName } from '@shared/contract/channels';
import { languageFromLocales } from '@shared/i18n/languages';
import {
  app,
  type BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  protocol,
  safeStorage,
  session,
  shell,
} from 'electron';
import { APP_SCHEME, APP_URL, refuseFileRequest, serveAppRequest } from './app-protocol';
import { pickedPath, pickerOptions } from './file-picker';
import { createHandlers, type Handlers } from './handlers';
import { registerIpc } from './ipc/register';
import { menuTemplate } from './menu';
import {
  CONTENT_SECURITY_POLICY,
  externalLinkTarget,
  isAllowedRequest,
  isAppUrl,
  rendererUrl,
} from './security';
import { startServices } from './services';
import type { WorkspaceService } from './services/workspace-service';
import type { SafeStorageLike } from './signing/protector';
import { followLanguage } from './ui-language';
import { closingDialog, type UnsavedWork } from './unsaved-work';
import { createMainWindow } from './window';

const here = import.meta.dirname;
const rendererDir = join(here, '../renderer');
// electron-vite dev serves the renderer over http with hot reload; the built app uses app://.
const appUrl = rendererUrl(process.env.ELECTRON_RENDERER_URL, app.isPackaged, APP_URL);

// Before ready: app:// is a standard, secure origin (relative URLs, 'self', fetch), with no other privilege.
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

/** `stackwise --workspace FILE` (or a file path as the last argument) opens that file instead of the default. */
function workspaceArgument(argv: readonly string[]): string | undefined {
  const flag = argv.indexOf('--workspace');
  if (flag >= 0) return argv[flag + 1];
  const last = argv.at(-1);
  return last?.endsWith('.json') ? last : undefined;
}

function hardenSession(): void {
  protocol.handle(APP_SCHEME, (request) => serveAppRequest(request, rendererDir));
  protocol.handle('file', refuseFileRequest);
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
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
      const link = externalLinkTarget(url);
      // The argument is externalLinkTarget's checked https address, never the page's raw string.
      if (link !== undefined) void shell.openExternal(link); // eng-disable OPEN_EXTERNAL_JS_CHECK
      return { action: 'deny' };
    });
    contents.on('will-navigate', (event, url) => {
      if (!isAppUrl(url, appUrl)) event.preventDefault();
    });
    contents.on('will-redirect', (event, url) => {
      if (!isAppUrl(url, appUrl)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
  });
}

function openMainWindow(): BrowserWindow {
  const window = createMainWindow(join(here, '../preload'));
  window.once('ready-to-show', () => window.show());
  void window.loadURL(appUrl);
  return window;
}

async function refreshMenu(
  workspaces: WorkspaceService,
  window: BrowserWindow,
  tr: Translator,
): Promise<void> {
  const send = (event: EventName, detail?: string) => window.webContents.send(EVENT_CHANNEL, event, detail);
  const recent = await workspaces.recentFiles();
  const template = menuTemplate(
    {
      perform: (action) => send('menu.action', action),
      openRecent: (path) => send('menu.openWorkspace', path),
      newWorkspace: async () => {
        const choice = await dialog.showSaveDialog(window, {
          title: tr.t('menu.newWorkspace.title'),
          defaultPath: 'workspace.json',
          filters: [{ name: tr.t('menu.newWorkspace.filter'), extensions: ['json'] }],
        });
        if (!choice.canceled && choice.filePath) send('menu.newWorkspace', choice.filePath);
      },
    },
    recent,
    process.platform === 'darwin',
    tr,
  );
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

/**
 * Electron's safeStorage, unless it would only obscure: on Linux without a secret service it falls back
 * to a built-in password ('basic_text'), and then issuer keys are sealed with a passphrase instead.
 */
const keychain: SafeStorageLike = {
  isEncryptionAvailable: () =>
    safeStorage.isEncryptionAvailable() &&
    !(process.platform === 'linux' && safeStorage.getSelectedStorageBackend?.() === 'basic_text'),
  encryptString: (text) => safeStorage.encryptString(text),
  decryptString: (data) => safeStorage.decryptString(data),
};

/** Closing with edits not yet saved: the renderer holds the page and has named what would be lost; the user decides. */
function confirmLeaving(window: BrowserWindow, unsaved: UnsavedWork, tr: () => Translator): void {
  window.webContents.on('will-prevent-unload', (event) => {
    const choice = dialog.showMessageBoxSync(window, {
      type: 'warning',
      defaultId: 0,
      cancelId: 0,
      ...closingDialog(unsaved.items, tr()),
    });
    if (choice === 1) event.preventDefault();
  });
}

async function start(): Promise<void> {
  // One instance per user: two processes writing one workspace file would overwrite each other's saves.
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  await app.whenReady();
  hardenSession();
  const workspacePath = workspaceArgument(process.argv);
  let window: BrowserWindow | undefined;
  const services = await startServices({
    shell: 'electron',
    dataDir: app.getPath('userData'),
    safeStorage: keychain,
    ...(workspacePath !== undefined && { workspacePath }),
    onWorkspaceOpened: () => {
      if (window) void refreshMenu(services.workspaces, window, language.current());
    },
    pickFile: async (purpose) =>
      window ? pickedPath(await dialog.showOpenDialog(window, pickerOptions(purpose))) : null,
  });
  // The menu and main's dialogs speak the language chosen in the app, and follow it when it changes.
  const language = await followLanguage(services.settings, app.getPreferredSystemLanguages(), () => {
    if (window) void refreshMenu(services.workspaces, window, language.current());
  });
  const handlers: Handlers = createHandlers(services);
  registerIpc(ipcMain, handlers, appUrl);
  window = openMainWindow();
  confirmLeaving(window, services.unsaved, language.current);
  await refreshMenu(services.workspaces, window, language.current());
  app.on('second-instance', () => {
    if (window?.isMinimized()) window.restore();
    window?.focus();
  });
  app.on('window-all-closed', () => app.quit());
}

app.setName('Stackwise');
start().catch((e) => {
  const tr = translator(languageFromLocales(app.getPreferredSystemLanguages()));
  dialog.showErrorBox(tr.t('app.startFailed'), e instanceof Error ? e.message : String(e));
  app.exit(1);
});
