import { join } from 'node:path';
import type { BrowserWindowConstructorOptions } from 'electron';

/** The main window's options: the security baseline lives here, in one place the tests read. */
export function mainWindowOptions(preloadDir: string): BrowserWindowConstructorOptions {
  return {
    width: 1440,
    height: 900,
    minWidth: 1024,
    minHeight: 640,
    title: 'Stackwise',
    show: false,
    backgroundColor: '#f6f7f9',
    webPreferences: {
      preload: join(preloadDir, 'index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: true,
    },
  };
}
