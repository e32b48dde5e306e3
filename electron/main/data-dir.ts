import { join } from 'node:path';

export const APP_NAME = 'Stackwise';
export const DEFAULT_WORKSPACE_FILE = 'workspace.json';

/**
 * The user's data folder, the same one Electron's app.getPath('userData') gives, so the desktop app,
 * the browser host and the command line share one default workspace. STACKWISE_DATA_DIR overrides it.
 */
export function defaultDataDir(platform: NodeJS.Platform, env: NodeJS.ProcessEnv, home: string): string {
  if (env.STACKWISE_DATA_DIR) return env.STACKWISE_DATA_DIR;
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), APP_NAME);
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', APP_NAME);
  return join(env.XDG_CONFIG_HOME ?? join(home, '.config'), APP_NAME);
}

export function defaultWorkspacePath(dataDir: string): string {
  return join(dataDir, DEFAULT_WORKSPACE_FILE);
}
