import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  decideStart,
  type ElectronInstall,
  EXIT_ELECTRON_NOT_INSTALLED,
  electronNotInstalledMessage,
  electronPlatformPath,
  skipsBinaryDownload,
} from '../../scripts/electron-binary.mjs';

const root = resolve(import.meta.dirname, '../..');
const realElectron = join(root, 'node_modules', 'electron');
const electronVersion: string = JSON.parse(readFileSync(join(realElectron, 'package.json'), 'utf8')).version;
const hostPlatformPath = electronPlatformPath(process.platform) ?? 'electron';

const installed: ElectronInstall = {
  version: '45.4.1',
  installedVersion: '45.4.1',
  pathTxt: 'electron',
  binaryExists: true,
  platformPath: 'electron',
  execPathOverride: false,
};

describe('decideStart', () => {
  it('launches when the binary for this version and platform is there', () => {
    expect(decideStart(installed, { skipDownload: false })).toBe('launch');
    expect(decideStart(installed, { skipDownload: true })).toBe('launch');
  });

  it('downloads when path.txt, the binary or the right version is missing', () => {
    const missing: ElectronInstall = {
      ...installed,
      installedVersion: null,
      pathTxt: null,
      binaryExists: false,
    };
    expect(decideStart(missing, { skipDownload: false })).toBe('download');
    expect(decideStart({ ...installed, binaryExists: false }, { skipDownload: false })).toBe('download');
    expect(decideStart({ ...installed, installedVersion: '44.0.0' }, { skipDownload: false })).toBe(
      'download',
    );
    expect(decideStart({ ...installed, pathTxt: 'electron.exe' }, { skipDownload: false })).toBe('download');
  });

  it('does not try to download when ELECTRON_SKIP_BINARY_DOWNLOAD is set and the binary is missing', () => {
    const missing: ElectronInstall = { ...installed, pathTxt: null, binaryExists: false };
    expect(decideStart(missing, { skipDownload: true })).toBe('skipped');
  });

  it('trusts ELECTRON_EXEC_PATH, which electron-vite runs instead of the package binary', () => {
    const missing: ElectronInstall = {
      ...installed,
      pathTxt: null,
      binaryExists: false,
      execPathOverride: true,
    };
    expect(decideStart(missing, { skipDownload: true })).toBe('launch');
  });

  it('stops on a platform Electron publishes no build for', () => {
    const aix: ElectronInstall = { ...installed, pathTxt: null, binaryExists: false, platformPath: null };
    expect(electronPlatformPath('aix')).toBeNull();
    expect(decideStart(aix, { skipDownload: false })).toBe('unsupported-platform');
  });

  it('names the executable as install.js writes it to path.txt', () => {
    expect(electronPlatformPath('linux')).toBe('electron');
    expect(electronPlatformPath('win32')).toBe('electron.exe');
    expect(electronPlatformPath('darwin')).toBe('Electron.app/Contents/MacOS/Electron');
  });
});

describe('skipsBinaryDownload', () => {
  it('reads any value but empty, 0 or false as "do not download"', () => {
    expect(skipsBinaryDownload({ ELECTRON_SKIP_BINARY_DOWNLOAD: '1' })).toBe(true);
    expect(skipsBinaryDownload({ ELECTRON_SKIP_BINARY_DOWNLOAD: 'true' })).toBe(true);
    expect(skipsBinaryDownload({})).toBe(false);
    expect(skipsBinaryDownload({ ELECTRON_SKIP_BINARY_DOWNLOAD: '' })).toBe(false);
    expect(skipsBinaryDownload({ ELECTRON_SKIP_BINARY_DOWNLOAD: '0' })).toBe(false);
    expect(skipsBinaryDownload({ ELECTRON_SKIP_BINARY_DOWNLOAD: 'false' })).toBe(false);
  });
});

function expectOneParagraph(text: string) {
  expect(text).not.toMatch(/\n\s*\n/);
  expect(text).not.toMatch(/^\s+at /m);
  for (const line of text.split('\n')) expect(line.length).toBeLessThanOrEqual(100);
  expect(text.replace(/\n/g, ' ')).toContain('`npm run web` serves the same app to a browser tab');
}

describe('electronNotInstalledMessage', () => {
  it('says the download failed and why, how to retry, and where the app still runs', () => {
    const text = electronNotInstalledMessage(
      { kind: 'download-failed', detail: 'fetch failed: getaddrinfo ENOTFOUND github.com' },
      '45.4.1',
    );
    expectOneParagraph(text);
    const flat = text.replace(/\n/g, ' ');
    expect(flat).toContain(
      "Electron 45.4.1's binary is not installed and could not be downloaded (fetch failed: getaddrinfo ENOTFOUND github.com)",
    );
    expect(flat).toContain('HTTPS_PROXY and ELECTRON_GET_USE_PROXY=true');
    expect(flat).toContain('ELECTRON_MIRROR');
    expect(flat).toContain('`node node_modules/electron/install.js`');
  });

  it('says the binary was not downloaded because ELECTRON_SKIP_BINARY_DOWNLOAD is set', () => {
    const text = electronNotInstalledMessage({ kind: 'skipped' }, '45.4.1');
    expectOneParagraph(text);
    const flat = text.replace(/\n/g, ' ');
    expect(flat).toContain('ELECTRON_SKIP_BINARY_DOWNLOAD is set, so it was not downloaded');
    expect(flat).toContain('`node node_modules/electron/install.js`');
  });

  it('covers a platform without Electron and a missing package', () => {
    expectOneParagraph(electronNotInstalledMessage({ kind: 'unsupported-platform', platform: 'aix' }, ''));
    const missing = electronNotInstalledMessage({ kind: 'package-missing', name: 'electron' }, '');
    expectOneParagraph(missing);
    expect(missing).toContain('Run `npm install`');
  });
});

// The launcher end to end, as a child process in a temporary project: a copy of scripts/ and of the
// electron package without its binary (node_modules/electron itself is never touched).
describe('scripts/start.mjs', () => {
  let project = '';

  afterEach(() => {
    if (project) rmSync(project, { recursive: true, force: true });
    project = '';
  });

  function makeProject() {
    project = mkdtempSync(join(tmpdir(), 'stackwise-start-'));
    mkdirSync(join(project, 'scripts'));
    for (const file of ['start.mjs', 'electron-binary.mjs', 'electron-install-guard.cjs']) {
      copyFileSync(join(root, 'scripts', file), join(project, 'scripts', file));
    }
    const electron = join(project, 'node_modules', 'electron');
    mkdirSync(electron, { recursive: true });
    for (const file of ['package.json', 'install.js', 'checksums.json']) {
      copyFileSync(join(realElectron, file), join(electron, file));
    }
    // install.js requires @electron/get; resolve it (and its dependencies) from the real install.
    symlinkSync(
      join(root, 'node_modules', '@electron'),
      join(project, 'node_modules', '@electron'),
      'junction',
    );
    return electron;
  }

  // Only what the test sets reaches the launcher: no proxy, mirror or npm config from the machine.
  function cleanEnv(extra: Record<string, string>) {
    const env: Record<string, string> = {};
    for (const [key, value] of Object.entries(process.env)) {
      if (value === undefined) continue;
      if (/^(electron_|npm_config_electron|npm_package_config_electron|https?_proxy$|no_proxy$)/i.test(key))
        continue;
      if (key === 'force_no_cache') continue;
      env[key] = value;
    }
    return { ...env, ELECTRON_GET_NO_PROGRESS: '1', ...extra };
  }

  function runStart(env: Record<string, string>, args: string[] = []) {
    const result = spawnSync(process.execPath, [join(project, 'scripts', 'start.mjs'), ...args], {
      cwd: project,
      env: cleanEnv(env),
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(result.error).toBeUndefined();
    return result;
  }

  async function closedPort() {
    const server = createServer();
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    const address = server.address();
    await new Promise((done) => server.close(done));
    if (address === null || typeof address === 'string') throw new Error('no port');
    return address.port;
  }

  it('with ELECTRON_SKIP_BINARY_DOWNLOAD=1 and no binary: one paragraph, exit 3, no download', () => {
    const electron = makeProject();
    const result = runStart({ ELECTRON_SKIP_BINARY_DOWNLOAD: '1' });
    expect(result.status).toBe(EXIT_ELECTRON_NOT_INSTALLED);
    expect(EXIT_ELECTRON_NOT_INSTALLED).toBe(3);
    expect(result.stdout).not.toContain('Downloading');
    expect(result.stderr.trim()).toBe(electronNotInstalledMessage({ kind: 'skipped' }, electronVersion));
    expect(existsSync(join(electron, 'path.txt'))).toBe(false);
  });

  it('when the download fails: runs install.js, then one paragraph with the reason, exit 3, no stack trace', async () => {
    const electron = makeProject();
    const port = await closedPort();
    const cache = join(project, 'electron-cache');
    mkdirSync(cache);
    const result = runStart({ ELECTRON_MIRROR: `http://127.0.0.1:${port}/`, electron_config_cache: cache });
    expect(result.status).toBe(EXIT_ELECTRON_NOT_INSTALLED);
    expect(result.stdout).toContain(`Downloading Electron ${electronVersion}'s binary`);
    const message = result.stderr.trim();
    expect(message).not.toMatch(/^\s+at /m);
    expect(message).not.toMatch(/\n\s*\n/);
    expect(message.replace(/\n/g, ' ')).toContain(
      `Electron ${electronVersion}'s binary is not installed and could not be downloaded (fetch failed: connect ECONNREFUSED 127.0.0.1:${port})`,
    );
    expect(message.replace(/\n/g, ' ')).toContain('`npm run web` serves the same app to a browser tab');
    expect(existsSync(join(electron, 'path.txt'))).toBe(false);
  });

  it('with the binary installed: runs electron-vite preview with the arguments and its exit code', () => {
    const electron = makeProject();
    mkdirSync(join(electron, 'dist'));
    writeFileSync(join(electron, 'dist', 'version'), `v${electronVersion}`);
    writeFileSync(join(electron, 'path.txt'), hostPlatformPath);
    mkdirSync(join(electron, 'dist', hostPlatformPath, '..'), { recursive: true });
    writeFileSync(join(electron, 'dist', hostPlatformPath), '');
    const vite = join(project, 'node_modules', 'electron-vite');
    mkdirSync(join(vite, 'bin'), { recursive: true });
    writeFileSync(
      join(vite, 'package.json'),
      JSON.stringify({ name: 'electron-vite', bin: { 'electron-vite': 'bin/electron-vite.js' } }),
    );
    writeFileSync(
      join(vite, 'bin', 'electron-vite.js'),
      'console.log(JSON.stringify(process.argv.slice(2))); process.exit(7);\n',
    );
    // `npm start -- -- --workspace w.json` hands the launcher `-- --workspace w.json`.
    const result = runStart({ ELECTRON_SKIP_BINARY_DOWNLOAD: '1' }, ['--', '--workspace', 'w.json']);
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toEqual(['preview', '--', '--workspace', 'w.json']);
    expect(result.status).toBe(7);
  });
});
