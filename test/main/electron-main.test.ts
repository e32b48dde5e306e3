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
    permissionCheck: null as any,
    ready: false,
  };
  // In the order main made them: privileged schemes, protocol handlers, window loads.
  const calls: string[] = [];
  const privilegedSchemes: { scheme: string; privileges: Record<string, boolean> }[] = [];
  const protocolHandlers = new Map<string, (request: Request) => Response | Promise<Response>>();
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
      calls.push(`loadURL ${url}`);
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
    calls,
    privilegedSchemes,
    protocolHandlers,
    module: {
      app: {
        whenReady: () => {
          state.ready = true;
          return Promise.resolve();
        },
        requestSingleInstanceLock: () => true,
        getPreferredSystemLanguages: () => ['en-GB'],
        getPath: (name: string) => (name === 'userData' ? state.userData : ''),
        setName: () => {},
        on: (event: string, listener: (...args: any[]) => void) => appEvents.set(event, listener),
        quit: () => {},
        exit: () => {},
      },
      BrowserWindow,
      ipcMain: { handle: (channel: string, handler: any) => handlers.set(channel, handler) },
      protocol: {
        registerSchemesAsPrivileged: (schemes: typeof privilegedSchemes) => {
          if (state.ready) throw new Error('registerSchemesAsPrivileged after the app is ready');
          calls.push('registerSchemesAsPrivileged');
          privilegedSchemes.push(...schemes);
        },
        handle: (scheme: string, handler: (request: Request) => Response | Promise<Response>) => {
          if (!state.ready) throw new Error('protocol.handle before the app is ready');
          calls.push(`handle ${scheme}`);
          protocolHandlers.set(scheme, handler);
        },
      },
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
          setPermissionCheckHandler: (handler: any) => (state.permissionCheck = handler),
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
    expect(window?.options.webPreferences.disableBlinkFeatures).toBe('Auxclick');
  });

  it('serves the page from app:// (registered before ready, handled before loading), never file:', () => {
    expect(electron.privilegedSchemes).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
    expect(electron.windows[0]?.loaded).toEqual(['app://stackwise/index.html']);
    const order = (call: string) => electron.calls.indexOf(call);
    expect(order('registerSchemesAsPrivileged')).toBe(0);
    expect(order('handle app')).toBeGreaterThan(0);
    expect(order('handle file')).toBeGreaterThan(0);
    expect(order('loadURL app://stackwise/index.html')).toBeGreaterThan(order('handle app'));
    expect(order('loadURL app://stackwise/index.html')).toBeGreaterThan(order('handle file'));
  });

  it('answers app:// with the built renderer only, and file: with a refusal', async () => {
    const serve = electron.protocolHandlers.get('app');
    if (!serve) throw new Error('app: has no handler');
    const page = await serve(new Request('app://stackwise/index.html'));
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    const html = await page.text();
    const script = html.match(/src="\.?\/?(assets\/[^"]+\.js)"/)?.[1];
    expect(script, 'the built page loads a script from assets/').toBeDefined();
    const asset = await serve(new Request(`app://stackwise/${script}`));
    expect(asset.status).toBe(200);
    expect(asset.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    // out/main/index.js sits one folder away from out/renderer: not served.
    expect((await serve(new Request('app://stackwise/../main/index.js'))).status).toBe(404);
    expect((await serve(new Request('app://stackwise/%2e%2e/main/index.js'))).status).toBe(404);
    const file = await electron.protocolHandlers.get('file')?.(new Request('file:///etc/passwd'));
    expect(file?.status).toBe(403);
  });

  it('answers IPC from its own page through the real services, and refuses other frames', async () => {
    const appUrl = electron.windows[0]?.loaded[0];
    const handler = electron.handlers.get(`${IPC_PREFIX}workspace.current`);
    const result = (await handler?.({ senderFrame: { url: appUrl } }, {})) as any;
    expect(result.ok).toBe(true);
    expect(result.value.path).toBe(`${electron.state.userData}/workspace.json`);
    const onDisk = JSON.parse(await readFile(result.value.path, 'utf8'));
    expect(onDisk.id).toBe(result.value.workspace.id);
    expect(appUrl).toBe('app://stackwise/index.html');
    for (const url of ['https://evil.example/', 'file:///tmp/evil.html', 'evil://stackwise/index.html']) {
      const foreign = (await handler?.({ senderFrame: { url } }, {})) as any;
      expect(foreign, url).toMatchObject({ ok: false, error: { code: 'request.invalid' } });
    }
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
    expect(verdict('file:///etc/passwd')).toBe(true);
    expect(verdict(appUrl)).toBe(false);
    expect(verdict('app://stackwise/assets/index.js')).toBe(false);
    let granted: boolean | undefined;
    electron.state.permissionHandler(null, 'camera', (ok: boolean) => (granted = ok));
    expect(granted).toBe(false);
    expect(electron.state.permissionCheck(null, 'clipboard-read')).toBe(false);

    const created = electron.appEvents.get('web-contents-created');
    const listeners = new Map<string, (...args: any[]) => void>();
    let openHandler: ((details: { url: string }) => { action: string }) | undefined;
    created?.(
      {},
      { setWindowOpenHandler: (h: any) => (openHandler = h), on: (e: string, l: any) => listeners.set(e, l) },
    );
    const opened = vi.spyOn(electron.module.shell, 'openExternal');
    expect(openHandler?.({ url: 'https://example.org' })).toEqual({ action: 'deny' });
    expect(openHandler?.({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    expect(openHandler?.({ url: 'https://127.0.0.1:8080/' })).toEqual({ action: 'deny' });
    expect(opened.mock.calls).toEqual([['https://example.org/']]);
    const navigates = (event: string, url: string) => {
      let prevented = false;
      listeners.get(event)?.({ preventDefault: () => (prevented = true) }, url);
      return !prevented;
    };
    expect(navigates('will-navigate', 'https://evil.example/')).toBe(false);
    expect(navigates('will-navigate', 'file:///etc/passwd')).toBe(false);
    expect(navigates('will-navigate', 'app://stackwise/index.html#/pathway')).toBe(true);
    expect(navigates('will-redirect', 'https://evil.example/')).toBe(false);
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
