#!/usr/bin/env node
// `npm start`: build and open the desktop app with `electron-vite preview`, first making sure Electron's
// binary is installed. Electron 42+ downloads it lazily (not in postinstall) and electron-vite only reads
// node_modules/electron/path.txt, so without this a fresh machine gets "Error: Electron uninstall".
// Arguments pass through: `npm start -- -- --workspace file.json`.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  decideStart,
  EXIT_ELECTRON_NOT_INSTALLED,
  electronInstallPlatform,
  electronNotInstalledMessage,
  electronPlatformPath,
  isElectronInstalled,
  skipsBinaryDownload,
} from './electron-binary.mjs';

const require = createRequire(import.meta.url);
const installGuard = fileURLToPath(new URL('./electron-install-guard.cjs', import.meta.url));

/** @param {string} name */
function packageDir(name) {
  try {
    return dirname(require.resolve(`${name}/package.json`));
  } catch {
    return null;
  }
}

/** @param {string} file */
function readText(file) {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}

/**
 * @param {string} electronDir
 * @returns {import('./electron-binary.mjs').ElectronInstall}
 */
function readElectronInstall(electronDir) {
  const pathTxt = readText(join(electronDir, 'path.txt'));
  return {
    version: JSON.parse(readFileSync(join(electronDir, 'package.json'), 'utf8')).version,
    installedVersion:
      readText(join(electronDir, 'dist', 'version'))
        ?.trim()
        .replace(/^v/, '') ?? null,
    pathTxt,
    binaryExists: pathTxt !== null && existsSync(join(electronDir, 'dist', pathTxt)),
    platformPath: electronPlatformPath(electronInstallPlatform(process.env, process.platform)),
    execPathOverride: Boolean(process.env.ELECTRON_EXEC_PATH),
  };
}

/**
 * @param {import('./electron-binary.mjs').NotInstalledReason} reason
 * @param {string} version
 * @returns {never}
 */
function stop(reason, version) {
  console.error(`\n${electronNotInstalledMessage(reason, version)}\n`);
  process.exit(EXIT_ELECTRON_NOT_INSTALLED);
}

/**
 * Runs Electron's own installer with the terminal attached, so its progress bar shows; returns why it
 * failed, or null.
 * @param {string} electronDir
 */
function downloadElectron(electronDir) {
  const result = spawnSync(process.execPath, ['--require', installGuard, join(electronDir, 'install.js')], {
    stdio: ['inherit', 'inherit', 'inherit', 'pipe'],
  });
  if (result.error) return result.error.message;
  if (result.status === 0) return null;
  return result.output[3]?.toString().trim() || `the installer exited with code ${result.status ?? 1}`;
}

/** @param {string} viteDir */
function launchElectronVite(viteDir) {
  const bin = JSON.parse(readFileSync(join(viteDir, 'package.json'), 'utf8')).bin['electron-vite'];
  const child = spawn(process.execPath, [join(viteDir, bin), 'preview', ...process.argv.slice(2)], {
    stdio: 'inherit',
  });
  const signals = /** @type {const} */ (['SIGINT', 'SIGTERM', 'SIGHUP']);
  for (const signal of signals) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => {
    if (code !== null) process.exit(code);
    // End the way electron-vite ended, so npm and shells see the same signal.
    for (const forwarded of signals) process.removeAllListeners(forwarded);
    process.kill(process.pid, signal ?? 'SIGTERM');
  });
}

const electronDir = packageDir('electron');
if (electronDir === null) stop({ kind: 'package-missing', name: 'electron' }, '');
const install = readElectronInstall(electronDir);
const step = decideStart(install, { skipDownload: skipsBinaryDownload(process.env) });
if (step === 'skipped') stop({ kind: 'skipped' }, install.version);
if (step === 'unsupported-platform') {
  stop(
    { kind: 'unsupported-platform', platform: electronInstallPlatform(process.env, process.platform) },
    '',
  );
}
if (step === 'download') {
  console.log(`Downloading Electron ${install.version}'s binary (once, around 100 MB)…`);
  const failure = downloadElectron(electronDir);
  if (failure !== null || !isElectronInstalled(readElectronInstall(electronDir))) {
    stop({ kind: 'download-failed', detail: failure ?? 'the installer left no binary' }, install.version);
  }
}
const viteDir = packageDir('electron-vite');
if (viteDir === null) stop({ kind: 'package-missing', name: 'electron-vite' }, install.version);
launchElectronVite(viteDir);
