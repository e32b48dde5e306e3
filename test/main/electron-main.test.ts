import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { commandNames, IPC_PREFIX } from '@shared/contract/channels';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

/**
 * No Electron binary runs on these machines, so the built main bundle is loaded with a stand-in for the
 * `electron` module: the Electron API alone, recording what main asks of it. The services are real.
 */
const electron = vi.hoisted(() => {
  const handlers = new Map<string, (event: unknown, request: unknown) => unknown>();
  const windows: { options: any; loaded: string[] }[] = [];
  const appEvents = new Map<string, (...args: any[]) => void>();
  const state = {
    userData: '',
    menu: null as unknown,
    onBeforeRequest: null as any,
    permissionHandler: null as any,
  };
  const contentsEvents = new Map<string, (...args: any[]) => void>();
  class BrowserWindow {
    webContents = {
      send: () => {},
      on: (event: string, listener: (...args: any[]) => void) => contentsEvents.set(event, listener),
    };
    record: { options: any; loaded: string[] };
    constructor(options: unknown) {
      this.record = { options, loaded: [] };
      windows.push(this.record);
    }
    once() {}
    loadURL(url: string) {
      this.record.loaded.push(url);
      return Promise.resolve();
    }
  }
  return {
    handlers,
    windows,
    contentsEvents,
    appEvents,
    state,
    module: {
      app: {
        whenReady: () => Promise.resolve(),
        requestSingleInstanceLock: () => true,
        getPath: (name: string) => (name === 'userData' ? state.userData : ''),
        setName: () => {},
        on: (event: string, listener: (...args: any[]) => void) => appEvents.set(event, listener),
        quit: () => {},
        exit: () => {},
      },
      BrowserWindow,
      ipcMain: { handle: (channel: string, handler: any) => handlers.set(channel, handler) },
      Menu: {
        buildFromTemplate: (template: unknown) => template,
        setApplicationMenu: (menu: unknown) => (state.menu = menu),
      },
      dialog: {
        showErrorBox: (title: string, message: string) => console.error(title, message),
        // The user answers "Leave without saving" in the unsaved-changes question.
        showMessageBoxSync: () => 1,
      },
      shell: { openExternal: () => Promise.resolve() },
      safeStorage: {
        isEncryptionAvailable: () => true,
        getSelectedStorageBackend: () => 'basic_text',
        encryptString: () => Buffer.alloc(0),
        decryptString: () => '',
      },
      session: {
        defaultSession: {
          setPermissionRequestHandler: (handler: any) => (state.permissionHandler = handler),
          webRequest: {
            onBeforeRequest: (handler: any) => (state.onBeforeRequest = handler),
            onHeadersReceived: () => {},
          },
        },
      },
    },
  };
});
vi.mock('electron', () => electron.module);

const bundle = fileURLToPath(new URL('../../out/main/index.js', import.meta.url));

async function settle(check: () => boolean) {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
}

describe('the built Electron main bundle', () => {
  beforeAll(async () => {
    if (!existsSync(bundle)) throw new Error(`${bundle} is missing: run "npm run build" first`);
    electron.state.userData = await mkdtemp(join(tmpdir(), 'stackwise-electron-'));
    await import(bundle);
    await settle(() => electron.windows.length > 0 && electron.state.menu !== null);
  });
  afterAll(() => rm(electron.state.userData, { recursive: true, force: true }));

  it('registers every command of the contract on IPC, and nothing else', () => {
    expect([...electron.handlers.keys()].sort()).toEqual(commandNames.map((n) => `${IPC_PREFIX}${n}`).sort());
  });

  it('creates the window with the security baseline', () => {
    const [window] = electron.windows;
    expect(window?.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
    });
    expect(window?.options.webPreferences.preload).toMatch(/out\/preload\/index\.cjs$/);
    expect(existsSync(window?.options.webPreferences.preload)).toBe(true);
    expect(window?.loaded[0]).toMatch(/^file:.*out\/renderer\/index\.html$/);
  });

  it('answers IPC from its own page through the real services, and refuses other frames', async () => {
    const appUrl = electron.windows[0]?.loaded[0];
    const handler = electron.handlers.get(`${IPC_PREFIX}workspace.current`);
    const result = (await handler?.({ senderFrame: { url: appUrl } }, {})) as any;
    expect(result.ok).toBe(true);
    expect(result.value.path).toBe(`${electron.state.userData}/workspace.json`);
    const onDisk = JSON.parse(await readFile(result.value.path, 'utf8'));
    expect(onDisk.id).toBe(result.value.workspace.id);
    const foreign = (await handler?.({ senderFrame: { url: 'https://evil.example/' } }, {})) as any;
    expect(foreign).toMatchObject({ ok: false, error: { code: 'request.invalid' } });
    const invalid = (await electron.handlers.get(`${IPC_PREFIX}workspace.open`)?.(
      { senderFrame: { url: appUrl } },
      {},
    )) as any;
    expect(invalid).toMatchObject({
      ok: false,
      error: { code: 'request.invalid', problems: [{ field: 'path' }] },
    });
  });

  it('blocks remote requests, permissions, new windows and navigation away from the app', () => {
    const verdict = (url: string) => {
      let cancel: boolean | undefined;
      electron.state.onBeforeRequest({ url }, (r: { cancel: boolean }) => (cancel = r.cancel));
      return cancel;
    };
    const appUrl = electron.windows[0]?.loaded[0] as string;
    expect(verdict('https://tracker.example/pixel.png')).toBe(true);
    expect(verdict(appUrl)).toBe(false);
    let granted: boolean | undefined;
    electron.state.permissionHandler(null, 'camera', (ok: boolean) => (granted = ok));
    expect(granted).toBe(false);

    const created = electron.appEvents.get('web-contents-created');
    const listeners = new Map<string, (...args: any[]) => void>();
    let openHandler: ((details: { url: string }) => { action: string }) | undefined;
    created?.(
      {},
      { setWindowOpenHandler: (h: any) => (openHandler = h), on: (e: string, l: any) => listeners.set(e, l) },
    );
    expect(openHandler?.({ url: 'https://example.org' })).toEqual({ action: 'deny' });
    let prevented = false;
    listeners.get('will-navigate')?.({ preventDefault: () => (prevented = true) }, 'https://evil.example/');
    expect(prevented).toBe(true);
  });

  it('asks before closing with unsaved changes, and leaves only when the user says so', () => {
    const onPreventUnload = electron.contentsEvents.get('will-prevent-unload');
    let left = false;
    onPreventUnload?.({ preventDefault: () => (left = true) });
    expect(left).toBe(true);
  });

  it('does not trust a system keychain that only obscures (Linux basic_text): keys need a passphrase', async () => {
    if (process.platform !== 'linux') return;
    const appUrl = electron.windows[0]?.loaded[0];
    const current = (await electron.handlers.get(`${IPC_PREFIX}workspace.current`)?.(
      { senderFrame: { url: appUrl } },
      {},
    )) as any;
    const workspace = {
      ...current.value.workspace,
      issuers: [{ id: 'iss-1', name: 'Riverside University', description: '', awardingBody: '' }],
    };
    const save = electron.handlers.get(`${IPC_PREFIX}workspace.save`);
    if (!save) throw new Error('workspace.save is not registered');
    const saved = (await save(
      { senderFrame: { url: appUrl } },
      { baseRevision: current.value.workspace.revision, workspace },
    )) as any;
    expect(saved.ok).toBe(true);
    const info = (await electron.handlers.get(`${IPC_PREFIX}issuer.keyInfo`)?.(
      { senderFrame: { url: appUrl } },
      { issuerId: 'iss-1' },
    )) as any;
    expect(info.value.protection).toBe('passphrase');
  });
});
