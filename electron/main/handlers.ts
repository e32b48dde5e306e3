import { describeProblems } from '@locales/problems';
import { translator } from '@locales/translate';
import { type CommandName, isCommandName } from '@shared/contract/channels';
import { type CommandOutput, type Contract, contract } from '@shared/contract/commands';
import { AppFailure, fail, ok, type Result } from '@shared/contract/errors';
import { problemsOf } from '@shared/schemas/problems';
import type { z } from 'zod';
import type { FilePicker } from './file-picker';
import type { ExportService } from './services/export-service';
import type { PackageService } from './services/package-service';
import type { SigningService } from './services/signing-service';
import { asUploadedName, withUploadedFiles, zipOfFolder } from './services/uploads';
import type { WorkspaceService } from './services/workspace-service';
import type { UserSettings } from './storage/user-settings';
import type { UnsavedWork } from './unsaved-work';

export interface AppInfo {
  version: string;
  shell: 'electron' | 'browser';
  dataDir: string;
  defaultWorkspacePath: string;
}

export interface Services {
  info: AppInfo;
  workspaces: WorkspaceService;
  signing: SigningService;
  exports: ExportService;
  packages: PackageService;
  /** The desktop app's native file dialog; the browser host's answers that it has none. */
  pickFile: FilePicker;
  /** What closing now would lose, as the renderer reports it. */
  unsaved: UnsavedWork;
  /** The person's choices on this machine: the UI language. */
  settings: UserSettings;
}

export type Handlers = {
  [K in CommandName]: (input: z.output<Contract[K]['input']>) => Promise<CommandOutput<K>>;
};

/** Every command of the contract, bound to the services; a missing entry does not compile. */
export function createHandlers({
  info,
  workspaces,
  signing,
  exports,
  packages,
  pickFile,
  unsaved,
  settings,
}: Services): Handlers {
  return {
    'app.info': async () => info,
    'app.unsavedWork': async ({ items }) => {
      unsaved.set(items);
      return {};
    },
    'settings.get': () => settings.read(),
    'settings.update': (change) => settings.update(change),
    'workspace.current': async () => workspaces.current(),
    'workspace.open': ({ path }) => workspaces.open(path),
    'workspace.create': ({ path, title }) =>
      path === undefined ? workspaces.createInDataFolder(title) : workspaces.create(path, title),
    'workspace.save': ({ workspace, baseRevision }) => workspaces.save(workspace, baseRevision),
    'workspace.recent': async () => ({ files: await workspaces.recentFiles() }),
    'workspace.setAside': ({ path }) => workspaces.setAside(path),
    'workspace.openSample': ({ sample }) => workspaces.openSample(sample),
    'workspace.import': ({ file }) => workspaces.importFile(file.name, Buffer.from(file.base64, 'base64')),
    'dialog.pick': async ({ purpose }) => ({ path: await pickFile(purpose) }),
    'issuer.keyInfo': ({ issuerId }) => signing.keyInfo(issuerId),
    'issuer.generateKey': ({ issuerId, passphrase, replace }) =>
      signing.generate(issuerId, passphrase, replace),
    'issuer.importKey': ({ issuerId, privateKey, passphrase, replace }) =>
      signing.import(issuerId, privateKey, passphrase, replace),
    'issuer.publicDocument': ({ issuerId }) => signing.publicDocument(issuerId),
    'badges.export': async ({ pathwayId, revision, workspacePath, outDir, passphrase, vcJwt, zip }) => {
      const shown = { revision, workspacePath };
      const exported = await signing.exportBadges(pathwayId, shown, outDir, passphrase, vcJwt);
      return zip ? { ...exported, zip: await zipOfFolder(exported.outDir, exported.files) } : exported;
    },
    'badges.verify': async (input) => ({
      verdicts:
        input.files === undefined
          ? await signing.verify(input.path as string)
          : await withUploadedFiles(input.files, async (_paths, folder) =>
              (await signing.verify(folder)).map(asUploadedName),
            ),
    }),
    'spec.render': ({ pathwayId, revision, workspacePath }) =>
      exports.specification(pathwayId, { revision, workspacePath }),
    'package.export': ({ pathwayId, revision, workspacePath, outFile, passphrase }) =>
      packages.export(pathwayId, { revision, workspacePath }, outFile, passphrase),
    'package.open': ({ path, file }) =>
      file === undefined
        ? packages.open(path as string)
        : withUploadedFiles([file], async ([uploaded]) => {
            const opened = await packages.open(uploaded as string);
            return { ...opened, report: { ...opened.report, file: file.name } };
          }),
  };
}

/**
 * The one door into the services for both transports: checks the command name, validates the request
 * against its schema, runs the handler, and returns every outcome as a Result.
 */
export async function runCommand(
  handlers: Handlers,
  name: unknown,
  request: unknown,
): Promise<Result<unknown>> {
  if (!isCommandName(name)) {
    return fail({
      code: 'request.unknown-command',
      message: `Unknown command: ${String(name).slice(0, 80)}`,
    });
  }
  const parsed = contract[name].input.safeParse(request ?? {});
  if (!parsed.success) {
    const problems = problemsOf(parsed.error);
    return fail({
      code: 'request.invalid',
      problems,
      message: `Invalid ${name} request: ${describeProblems(problems, translator('en'))}`,
    });
  }
  try {
    const handler = handlers[name] as (input: unknown) => Promise<unknown>;
    return ok(await handler(parsed.data));
  } catch (e) {
    if (e instanceof AppFailure) return fail(e.error);
    console.error(`[stackwise] ${name} failed`, e);
    return fail({
      code: 'internal',
      message: `${name} failed unexpectedly: ${e instanceof Error ? e.message : String(e)}`,
    });
  }
}
