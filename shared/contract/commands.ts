import { z } from 'zod';
import { languages } from '../i18n/languages';
import { Workspace } from '../schemas/workspace';
import type { CommandName } from './channels';
import { sampleIds } from './samples';
import { pickPurposes, UploadedFile, UploadedFiles } from './uploads';
import { FileVerdict, PackageReport } from './verdicts';

const FilePath = z
  .string({ error: (issue) => (issue.input === undefined ? 'path-required' : 'path-not-text') })
  .min(1, 'path-required')
  .max(4096, 'path-too-long')
  .refine((p) => !p.includes('\0'), 'path-has-nul');

const Empty = z.object({}).strict();

/** Exactly one source: a path (the desktop app, a power user) or uploaded bytes (the browser host). */
const oneSource = (input: { path?: string | undefined; file?: unknown; files?: unknown }) =>
  (input.path === undefined) !== ((input.file ?? input.files) === undefined);

/**
 * The workspace revision the renderer saved last and shows: an export refuses when main's saved copy is
 * another one, so it never signs or prints content the user does not see.
 */
const ShownRevision = z.number().int().min(0);
/** The workspace file the window shows: a revision number means something only within its file. */
const ShownWorkspace = FilePath;

export const WorkspaceSession = z.object({
  path: z.string(),
  workspace: Workspace,
  /** Set when the file was written by an older version and migrated on open. */
  migratedFrom: z.number().int().optional(),
  /** Where the pre-migration copy was kept. */
  backupPath: z.string().optional(),
  /** On start: the workspace open last was not found at this path, so the default one opened. */
  lastNotFound: z.string().optional(),
});

export const UserSettings = z.object({ language: z.enum(languages).optional() });

export const RecentFile = z.object({ path: z.string(), title: z.string(), openedAt: z.string() });

const IssuerId = z.object({ issuerId: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'issuer-id-invalid') });
/** Only where the system keychain is missing (the browser host); never stored, never logged. */
const Passphrase = z.string().min(8, 'passphrase-too-short').max(1024).optional();

export const IssuerKeyInfo = z.object({
  issuerId: z.string(),
  protection: z.enum(['system-keychain', 'passphrase']),
  ed25519Multibase: z.string().nullable(),
  didKey: z.string().nullable(),
  hasEs256: z.boolean(),
});

/** The one table of commands between renderer and main: each request and response schema. */
export const contract = {
  'app.info': {
    input: Empty,
    output: z.object({
      version: z.string(),
      shell: z.enum(['electron', 'browser']),
      dataDir: z.string(),
      defaultWorkspacePath: z.string(),
    }),
  },
  /** What closing the window now would lose, named for the close dialog (the renderer alone knows its drafts). */
  'app.unsavedWork': {
    input: z.object({ items: z.array(z.string().max(400)).max(50) }).strict(),
    output: z.object({}).strict(),
  },
  /** The person's choices on this machine; a language not chosen yet follows the system's. */
  'settings.get': { input: Empty, output: UserSettings },
  'settings.update': { input: UserSettings.strict(), output: UserSettings },
  'workspace.current': { input: Empty, output: WorkspaceSession },
  'workspace.open': { input: z.object({ path: FilePath }).strict(), output: WorkspaceSession },
  'workspace.create': {
    /** Without a path, a new file in the data folder's workspaces/ (the browser host, which has no save dialog). */
    input: z
      .object({ path: FilePath.optional(), title: z.string().trim().min(1).max(200).optional() })
      .strict(),
    output: WorkspaceSession,
  },
  'workspace.save': {
    input: z.object({ baseRevision: z.number().int().min(0), workspace: Workspace }).strict(),
    output: z.object({ revision: z.number().int(), savedAt: z.string() }),
  },
  'workspace.recent': { input: Empty, output: z.object({ files: z.array(RecentFile) }) },
  'workspace.setAside': {
    input: z.object({ path: FilePath }).strict(),
    output: z.object({ keptAs: z.string(), session: WorkspaceSession }),
  },
  /** Without a sample, the English one (the first of sampleIds). */
  'workspace.openSample': {
    input: z.object({ sample: z.enum(sampleIds).optional() }).strict(),
    output: WorkspaceSession,
  },
  /** A workspace file uploaded from the browser, kept as a new file in the data folder's workspaces/ and opened. */
  'workspace.import': { input: z.object({ file: UploadedFile }).strict(), output: WorkspaceSession },
  /** The desktop app's native file dialog; the browser host answers dialog.unavailable. null: cancelled. */
  'dialog.pick': {
    input: z.object({ purpose: z.enum(pickPurposes) }).strict(),
    output: z.object({ path: z.string().nullable() }),
  },
  'issuer.keyInfo': { input: IssuerId.strict(), output: IssuerKeyInfo },
  'issuer.generateKey': {
    input: IssuerId.extend({ passphrase: Passphrase, replace: z.boolean().optional() }).strict(),
    output: IssuerKeyInfo,
  },
  'issuer.importKey': {
    input: IssuerId.extend({
      privateKey: z.string().min(1, 'private-key-required').max(20_000, 'private-key-too-long'),
      passphrase: Passphrase,
      replace: z.boolean().optional(),
    }).strict(),
    output: IssuerKeyInfo,
  },
  'issuer.publicDocument': {
    input: IssuerId.strict(),
    output: z.object({ fileName: z.string(), text: z.string() }),
  },
  'badges.export': {
    input: z
      .object({
        pathwayId: z.string().min(1),
        revision: ShownRevision,
        workspacePath: ShownWorkspace,
        outDir: FilePath.optional(),
        passphrase: Passphrase,
        vcJwt: z.boolean().optional(),
        /** Also hand the written files back as one zip, for a browser download. */
        zip: z.boolean().optional(),
      })
      .strict(),
    output: z.object({
      outDir: z.string(),
      files: z.array(z.string()),
      notes: z.array(z.string()),
      zip: z.object({ fileName: z.string(), base64: z.string() }).optional(),
    }),
  },
  'badges.verify': {
    input: z
      .object({ path: FilePath.optional(), files: UploadedFiles.optional() })
      .strict()
      .refine(oneSource, 'one-source-files'),
    output: z.object({ verdicts: z.array(FileVerdict) }),
  },
  'spec.render': {
    input: z
      .object({
        pathwayId: z.string().min(1, 'pathway-required'),
        revision: ShownRevision,
        workspacePath: ShownWorkspace,
      })
      .strict(),
    output: z.object({ fileName: z.string(), base64: z.string(), pages: z.number().int() }),
  },
  'package.export': {
    input: z
      .object({
        pathwayId: z.string().min(1),
        revision: ShownRevision,
        workspacePath: ShownWorkspace,
        outFile: FilePath.optional(),
        passphrase: Passphrase,
      })
      .strict(),
    output: z.object({
      outFile: z.string(),
      fileName: z.string(),
      files: z.array(z.string()),
      notes: z.array(z.string()),
      base64: z.string(),
    }),
  },
  'package.open': {
    input: z
      .object({ path: FilePath.optional(), file: UploadedFile.optional() })
      .strict()
      .refine(oneSource, 'one-source'),
    output: z.object({
      report: PackageReport,
      /** The manifest was signed with a key this workspace already holds for one of its issuers. */
      keyKnown: z.boolean(),
      /** The verified design (a workspace holding the pathway), for the renderer to merge into what it edits. */
      design: z.object({ workspace: Workspace, pathwayId: z.string() }).nullable(),
    }),
  },
} satisfies Record<CommandName, { input: z.ZodType; output: z.ZodType }>;

export type Contract = typeof contract;
export type CommandInput<K extends CommandName> = z.input<Contract[K]['input']>;
export type CommandOutput<K extends CommandName> = z.output<Contract[K]['output']>;
export type WorkspaceSession = z.output<typeof WorkspaceSession>;
export type RecentFile = z.output<typeof RecentFile>;
export type IssuerKeyInfo = z.output<typeof IssuerKeyInfo>;
export type { FileVerdict, PackageReport } from './verdicts';
