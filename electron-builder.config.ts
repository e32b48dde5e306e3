import type { Configuration } from 'electron-builder';

/**
 * Packaging (`npm run dist`): electron-builder over the electron-vite build in out/. The fuses are
 * flipped in the packaged Electron binary itself, so neither an environment variable nor a
 * command-line flag can turn the installed app into a general-purpose Node.js or load other code.
 */
const config: Configuration = {
  appId: 'org.stackwise.desktop',
  productName: 'Stackwise',
  directories: { output: 'release', buildResources: 'build' },
  files: ['out/**', 'resources/**', 'package.json'],
  asar: true,
  electronFuses: {
    // ELECTRON_RUN_AS_NODE would make the signed app a Node.js interpreter for anyone's script.
    runAsNode: false,
    enableCookieEncryption: true,
    enableNodeOptionsEnvironmentVariable: false,
    enableNodeCliInspectArguments: false,
    // With onlyLoadAppFromAsar, no unpacked app/ folder beside the asar can stand in for it, and the
    // asar itself is checked against the hash embedded at build time.
    enableEmbeddedAsarIntegrityValidation: true,
    onlyLoadAppFromAsar: true,
    // The page is served from app://, so file: needs no privileges beyond a browser's.
    grantFileProtocolExtraPrivileges: false,
  },
  linux: { target: ['AppImage'], category: 'Education' },
  mac: { target: ['dmg'], category: 'public.app-category.education' },
  win: { target: ['nsis'] },
};

export default config;
