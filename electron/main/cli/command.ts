import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { ParseArgsConfig } from 'node:util';
import { errorDetailText, problemText } from '@locales/problems';
import { type Translator, translator } from '@locales/translate';
import { decodeWorkspace } from '@shared/schemas/decode';
import type { Workspace } from '@shared/schemas/workspace';

export interface CliIO {
  out(text: string): void;
  err(text: string): void;
}

/** Exit codes every command shares. */
export const EXIT = { ok: 0, problem: 1, usage: 2 } as const;

/** One `stackwise <name>` subcommand. Add it to the list in commands/index.ts. */
export interface CliCommand {
  name: string;
  /** e.g. "info <workspace-file> [--json]" */
  usage: string;
  summary: string;
  options: NonNullable<ParseArgsConfig['options']>;
  run(
    args: {
      positionals: string[];
      values: Record<string, string | boolean | (string | boolean)[] | undefined>;
    },
    io: CliIO,
  ): Promise<number>;
}

export type OpenedFile =
  | { ok: true; path: string; workspace: Workspace; fromVersion: number }
  | { ok: false };

/** Reads and decodes a workspace file read-only (never migrating it on disk); prints why it can't. */
export async function readWorkspaceFile(
  file: string,
  io: CliIO,
  tr: Translator = translator('en'),
): Promise<OpenedFile> {
  const path = resolve(file);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    io.err(
      code === 'ENOENT'
        ? `stackwise: ${path} does not exist`
        : `stackwise: ${path} cannot be read: ${(e as Error).message}`,
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
