import type { AppError } from '../contract/errors';
import { migrateWorkspace } from './migrations';
import { describeProblems, problemsOf } from './problems';
import { Workspace } from './workspace';

export type DecodedWorkspace =
  | { ok: true; workspace: Workspace; fromVersion: number }
  | { ok: false; error: AppError };

/** "at position 42" in a JSON.parse message, as line and column of the text. */
function lineAndColumn(text: string, message: string): string {
  const match = /position (\d+)/.exec(message);
  if (!match?.[1]) return '';
  const position = Number(match[1]);
  const before = text.slice(0, position);
  const line = before.split('\n').length;
  const column = position - before.lastIndexOf('\n');
  return ` (line ${line}, column ${column})`;
}

/** Parses, migrates and validates the text of a workspace file; says exactly what is wrong when it can't. */
export function decodeWorkspace(text: string, file: string): DecodedWorkspace {
  let raw: unknown;
  try {
    raw = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    return {
      ok: false,
      error: {
        code: 'workspace.corrupt',
        file,
        message: `${file} is not valid JSON${lineAndColumn(text, reason)}: ${reason}`,
      },
    };
  }
  const migrated = migrateWorkspace(raw);
  if (!migrated.ok) {
    const code = migrated.failure.kind === 'too-new' ? 'workspace.too-new' : 'workspace.foreign';
    return { ok: false, error: { code, file, message: `${file}: ${migrated.failure.message}` } };
  }
  const parsed = Workspace.safeParse(migrated.data);
  if (!parsed.success) {
    const problems = problemsOf(parsed.error);
    return {
      ok: false,
      error: {
        code: 'workspace.invalid',
        file,
        problems,
        message: `${file} is not a valid workspace: ${describeProblems(problems)}`,
      },
    };
  }
  return { ok: true, workspace: parsed.data, fromVersion: migrated.fromVersion };
}

/** The exact text Stackwise writes for a workspace: stable key order, two-space indent, final newline. */
export function encodeWorkspace(workspace: Workspace): string {
  return `${JSON.stringify(workspace, null, 2)}\n`;
}
