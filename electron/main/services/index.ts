import { mkdir } from 'node:fs/promises';
import { version } from '../../../package.json';
import { defaultWorkspacePath } from '../data-dir';
import { type FilePicker, noNativePicker } from '../file-picker';
import type { AppInfo, Services } from '../handlers';
import type { SafeStorageLike } from '../signing/protector';
import { UserSettings } from '../storage/user-settings';
import { UnsavedWork } from '../unsaved-work';
import { ExportService } from './export-service';
import { PackageService } from './package-service';
import { SigningService } from './signing-service';
import { WorkspaceService } from './workspace-service';

/** Builds the services over a data folder and opens the start-up workspace. */
export async function startServices(options: {
  shell: AppInfo['shell'];
  dataDir: string;
  workspacePath?: string;
  /** Electron's safeStorage in the desktop app; absent in the browser host and the CLI. */
  safeStorage?: SafeStorageLike;
  onWorkspaceOpened?: () => void;
  /** The desktop app's native file dialog; absent in the browser host. */
  pickFile?: FilePicker;
}): Promise<Services> {
  await mkdir(options.dataDir, { recursive: true });
  const defaultPath = defaultWorkspacePath(options.dataDir);
  const workspaces = new WorkspaceService({
    dataDir: options.dataDir,
    defaultPath,
    ...(options.onWorkspaceOpened !== undefined && { onOpened: options.onWorkspaceOpened }),
  });
  await workspaces.startup(options.workspacePath);
  const signing = new SigningService({
    dataDir: options.dataDir,
    workspaces,
    ...(options.safeStorage !== undefined && { safeStorage: options.safeStorage }),
  });
  return {
    info: { version, shell: options.shell, dataDir: options.dataDir, defaultWorkspacePath: defaultPath },
    workspaces,
    exports: new ExportService(workspaces),
    signing,
    packages: new PackageService({ dataDir: options.dataDir, workspaces, signing }),
    pickFile: options.pickFile ?? noNativePicker,
    unsaved: new UnsavedWork(),
    settings: new UserSettings(options.dataDir),
  };
}
