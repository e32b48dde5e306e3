import type { ErrorCode, ErrorParams } from '../contract/errors';
import { migrateWorkspace } from './migrations';
import { type Problem, problemsOf } from './problems';
import { Workspace } from './workspace';

/** Why a file is not a workspace Stackwise can open, as data: `errors.detail.<code>[.<reason>]` words it. */
export interface DecodeFailure {
  code: Extract<
    ErrorCode,
    'workspace.corrupt' | 'workspace.foreign' | 'workspace.too-new' | 'workspace.invalid'
  >;
  file: string;
  params: ErrorParams;
  problems?: Problem[];
}

export type DecodedWorkspace =
  | { ok: true; workspace: Workspace; fromVersion: number }
  | { ok: false; error: DecodeFailure };

/** "at position 42" in a JSON.parse message, as line and column of the text. */
function lineAndColumn(text: string, message: string): ErrorParams {
  const match = /position (\d+)/.exec(message);
  if (!match?.[1]) return {};
  const position = Number(match[1]);
  const before = text.slice(0, position);
  return { variant: 'at', line: before.split('\n').length, column: position - before.lastIndexOf('\n') };
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
      error: { code: 'workspace.corrupt', file, params: { file, reason, ...lineAndColumn(text, reason) } },
    };
  }
  const migrated = migrateWorkspace(raw);
  if (!migrated.ok) {
    const { failure } = migrated;
    return failure.kind === 'too-new'
      ? {
          ok: false,
          error: {
            code: 'workspace.too-new',
            file,
            params: { file, version: failure.version, supported: failure.supported },
          },
        }
      : { ok: false, error: { code: 'workspace.foreign', file, params: { file, variant: failure.reason } } };
  }
  const parsed = Workspace.safeParse(migrated.data);
  if (!parsed.success) {
    const problems = problemsOf(parsed.error);
    return {
      ok: false,
      error: { code: 'workspace.invalid', file, problems, params: { file, count: problems.length } },
    };
  }
  return { ok: true, workspace: parsed.data, fromVersion: migrated.fromVersion };
}

/** The exact text Stackwise writes for a workspace: stable key order, two-space indent, final newline. */
export function encodeWorkspace(workspace: Workspace): string {
  return `${JSON.stringify(workspace, null, 2)}\n`;
}
