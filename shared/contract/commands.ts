import { z } from 'zod';
import { Workspace } from '../schemas/workspace';
import type { CommandName } from './channels';

const FilePath = z
  .string({ error: (issue) => (issue.input === undefined ? 'Path is required' : 'Path must be text') })
  .min(1, 'Path is required')
  .max(4096, 'Path is too long')
  .refine((p) => !p.includes('\0'), 'Path must not contain a NUL character');

const Empty = z.object({}).strict();

export const WorkspaceSession = z.object({
  path: z.string(),
  workspace: Workspace,
  /** Set when the file was written by an older version and migrated on open. */
  migratedFrom: z.number().int().optional(),
  /** Where the pre-migration copy was kept. */
  backupPath: z.string().optional(),
});

export const RecentFile = z.object({ path: z.string(), title: z.string(), openedAt: z.string() });

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
  'workspace.current': { input: Empty, output: WorkspaceSession },
  'workspace.open': { input: z.object({ path: FilePath }).strict(), output: WorkspaceSession },
  'workspace.create': {
    input: z.object({ path: FilePath, title: z.string().trim().min(1).max(200).optional() }).strict(),
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
  'workspace.openSample': { input: Empty, output: WorkspaceSession },
} satisfies Record<CommandName, { input: z.ZodType; output: z.ZodType }>;

export type Contract = typeof contract;
export type CommandInput<K extends CommandName> = z.input<Contract[K]['input']>;
export type CommandOutput<K extends CommandName> = z.output<Contract[K]['output']>;
export type WorkspaceSession = z.output<typeof WorkspaceSession>;
export type RecentFile = z.output<typeof RecentFile>;
