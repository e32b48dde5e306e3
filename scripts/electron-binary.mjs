// What `npm start` decides about Electron's binary, and what it says when there is none. Pure: the
// launcher (start.mjs) reads the files and the environment and passes them in.

/** `npm start`'s exit code when Electron's binary is not installed and could not be installed. */
export const EXIT_ELECTRON_NOT_INSTALLED = 3;

/** The command that downloads Electron's binary, as a person runs it from the project folder. */
export const ELECTRON_INSTALL_COMMAND = 'node node_modules/electron/install.js';

/**
 * The executable's path under node_modules/electron/dist, as Electron's install.js names it and writes
 * it to path.txt; null where Electron publishes no build.
 * @param {string} platform
 * @returns {string | null}
 */
export function electronPlatformPath(platform) {
  switch (platform) {
    case 'mas':
    case 'darwin':
      return 'Electron.app/Contents/MacOS/Electron';
    case 'freebsd':
    case 'openbsd':
    case 'linux':
      return 'electron';
    case 'win32':
      return 'electron.exe';
    default:
      return null;
  }
}

/**
 * The platform Electron's install.js downloads for (it honours the same two overrides).
 * @param {Record<string, string | undefined>} env
 * @param {string} hostPlatform
 */
export function electronInstallPlatform(env, hostPlatform) {
  return env.ELECTRON_INSTALL_PLATFORM || env.npm_config_platform || hostPlatform;
}

/**
 * Whether ELECTRON_SKIP_BINARY_DOWNLOAD asks not to download: any value but empty, "0" or "false".
 * @param {Record<string, string | undefined>} env
 */
export function skipsBinaryDownload(env) {
  const value = (env.ELECTRON_SKIP_BINARY_DOWNLOAD ?? '').trim().toLowerCase();
  return value !== '' && value !== '0' && value !== 'false';
}

/**
 * @typedef {object} ElectronInstall
 * @property {string} version the electron package's version
 * @property {string | null} installedVersion dist/version without its leading "v"; null when absent
 * @property {string | null} pathTxt the contents of path.txt; null when absent
 * @property {boolean} binaryExists whether dist/<path.txt> exists
 * @property {string | null} platformPath what path.txt should say on this platform (electronPlatformPath)
 * @property {boolean} execPathOverride ELECTRON_EXEC_PATH is set: electron-vite runs that file instead
 */

/**
 * Whether the binary electron-vite will run is there. Mirrors install.js's own check (version, path.txt
 * and the file it names), so a binary this says is missing is one install.js will download.
 * @param {ElectronInstall} install
 */
export function isElectronInstalled(install) {
  if (install.execPathOverride) return true;
  return (
    install.pathTxt !== null &&
    install.pathTxt === install.platformPath &&
    install.installedVersion === install.version &&
    install.binaryExists
  );
}

/**
 * @typedef {'launch' | 'download' | 'skipped' | 'unsupported-platform'} StartStep
 */

/**
 * What `npm start` does next: launch electron-vite, download the binary first, or stop because the
 * binary is missing and ELECTRON_SKIP_BINARY_DOWNLOAD says not to fetch it (CI sets it), or because
 * Electron has no build for this platform.
 * @param {ElectronInstall} install
 * @param {{ skipDownload: boolean }} options
 * @returns {StartStep}
 */
export function decideStart(install, { skipDownload }) {
  if (isElectronInstalled(install)) return 'launch';
  if (install.platformPath === null) return 'unsupported-platform';
  return skipDownload ? 'skipped' : 'download';
}

/**
 * @typedef {{ kind: 'download-failed', detail?: string }
 *   | { kind: 'skipped' }
 *   | { kind: 'unsupported-platform', platform: string }
 *   | { kind: 'package-missing', name: string }} NotInstalledReason
 */

const PROXY_AND_MIRROR =
  'behind a proxy, set HTTPS_PROXY and ELECTRON_GET_USE_PROXY=true; where GitHub is blocked, set ' +
  'ELECTRON_MIRROR to a mirror of its releases';
const WEB_FALLBACK = '`npm run web` serves the same app to a browser tab, without Electron.';

/**
 * The one paragraph `npm start` prints when Electron cannot run: what failed, how to retry, and the
 * browser host that needs no Electron. Wrapped for a terminal.
 * @param {NotInstalledReason} reason
 * @param {string} version the electron package's version ('' when unknown)
 */
export function electronNotInstalledMessage(reason, version) {
  const electron = version ? `Electron ${version}` : 'Electron';
  const desktop = "Stackwise's desktop app cannot start";
  let text;
  switch (reason.kind) {
    case 'download-failed': {
      const why = reason.detail ? ` (${reason.detail.replace(/\s+/g, ' ').trim()})` : '';
      text =
        `${desktop}: ${electron}'s binary is not installed and could not be downloaded${why}. ` +
        `Check the network connection (${PROXY_AND_MIRROR}), then run \`npm start\` again or ` +
        `\`${ELECTRON_INSTALL_COMMAND}\`. ${WEB_FALLBACK}`;
      break;
    }
    case 'skipped':
      text =
        `${desktop}: ${electron}'s binary is not installed, and ELECTRON_SKIP_BINARY_DOWNLOAD ` +
        'is set, so it was not downloaded. To install it, run `npm start` again without ' +
        `ELECTRON_SKIP_BINARY_DOWNLOAD or run \`${ELECTRON_INSTALL_COMMAND}\` (it needs the network; ` +
        `${PROXY_AND_MIRROR}). ${WEB_FALLBACK}`;
      break;
    case 'unsupported-platform':
      text =
        `${desktop}: Electron publishes no binary for this platform (${reason.platform}), ` +
        `so the desktop app cannot run here. ${WEB_FALLBACK}`;
      break;
    case 'package-missing':
      text =
        `${desktop}: the ${reason.name} package is not installed. Run \`npm install\` in the ` +
        `Stackwise folder, then \`npm start\` again. ${WEB_FALLBACK}`;
      break;
  }
  return wrap(text, 100);
}

/**
 * @param {string} text
 * @param {number} width
 */
function wrap(text, width) {
  const lines = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines.join('\n');
}
