import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { ParseArgsConfig } from 'node:util';
import type { MessageKey } from '@locales/messages';
import { errorDetailText, problemText } from '@locales/problems';
import type { Translator } from '@locales/translate';
import { decodeWorkspace } from '@shared/schemas/decode';
import type { Workspace } from '@shared/schemas/workspace';

/** Where a command's output goes. */
export interface CliOutput {
  out(text: string): void;
  err(text: string): void;
}

/** Where a command's output goes, and the language it is written in. */
export interface CliIO extends CliOutput {
  /**
   * The words of everything the command prints: `--lang`, else the user's system language, else
   * English. `io.tr.t('cli.…')`, `io.tr.number(…)`.
   */
  tr: Translator;
}

/** Exit codes every command shares. */
export const EXIT = { ok: 0, problem: 1, usage: 2 } as const;

/** One `stackwise <name>` subcommand. Add it to the list in commands/index.ts. */
export interface CliCommand {
  /** What --help says it does is `cli.command.<name>` in cli.json. */
  name: CommandName;
  /** e.g. "info <workspace-file> [--json]" */
  usage: string;
  options: NonNullable<ParseArgsConfig['options']>;
  run(
    args: {
      positionals: string[];
      /** The command's options, and the global `lang` when `--lang` was given (already a known language). */
      values: Record<string, string | boolean | (string | boolean)[] | undefined>;
    },
    io: CliIO,
  ): Promise<number>;
}

type After<K, Prefix extends string> = K extends `${Prefix}${infer Rest}` ? Rest : never;

/** The commands cli.json describes: `cli.command.<name>`. */
export type CommandName = After<MessageKey, 'cli.command.'>;

export type OpenedFile =
  | { ok: true; path: string; workspace: Workspace; fromVersion: number }
  | { ok: false };

/** Reads and decodes a workspace file read-only (never migrating it on disk); prints why it can't. */
export async function readWorkspaceFile(file: string, io: CliIO): Promise<OpenedFile> {
  const { tr } = io;
  const path = resolve(file);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    io.err(
      code === 'ENOENT'
        ? tr.t('cli.file.missing', { path })
        : tr.t('cli.file.unreadable', { path, reason: (e as Error).message }),
    );
    return { ok: false };
  }
  const decoded = decodeWorkspace(text, path);
  if (!decoded.ok) {
    const { problems = [], ...failure } = decoded.error;
    io.err(`stackwise: ${errorDetailText({ ...failure, message: failure.code }, tr)}`);
    for (const problem of problems.slice(0, 20)) io.err(`  ${problem.field}: ${problemText(problem, tr)}`);
    return { ok: false };
  }
  return { ok: true, path, workspace: decoded.workspace, fromVersion: decoded.fromVersion };
}
