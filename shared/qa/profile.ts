import type { z } from 'zod';
import { describeProblems, formatPath, type Problem } from '../schemas/problems';
import { QaProfile } from '../schemas/review';
import type { Rule, Severity } from './rule';
import { ruleById, rules } from './rules';

/** Marks an exported profile file, so a foreign JSON file is recognised and refused. */
export const PROFILE_FORMAT = 'stackwise.qa-profile';
export const PROFILE_FORMAT_VERSION = 1;

/** One rule of a loaded profile, with its params checked and completed with their defaults. */
export interface ProfileRule {
  rule: Rule;
  severity: Severity;
  params: unknown;
}

/** A profile whose rules all exist and whose params all pass their rule's schema. */
export interface LoadedProfile {
  profile: QaProfile;
  rules: ProfileRule[];
}

export type QaProfileErrorCode = 'qa.profile-invalid' | 'qa.profile-not-json' | 'qa.profile-foreign';

export interface QaProfileProblem {
  code: QaProfileErrorCode;
  /** Names the profile (and the file, when it came from one) and every rule and field at fault. */
  message: string;
  problems: Problem[];
}

export type ProfileLoad = { ok: true; value: LoadedProfile } | { ok: false; error: QaProfileProblem };

/** Thrown by the engine when asked to run a profile that does not load. */
export class QaProfileError extends Error {
  constructor(readonly error: QaProfileProblem) {
    super(error.message);
    this.name = 'QaProfileError';
  }
}

function unknownRuleMessage(ruleId: string): string {
  const family = ruleId.split('.')[0];
  const near = rules.filter((r) => r.id.split('.')[0] === family).map((r) => r.id);
  const choices = near.length > 0 ? near : rules.map((r) => r.id);
  return `Unknown rule "${ruleId}": use one of ${choices.join(', ')}`;
}

function profileName(input: unknown): string {
  const id = (input as { id?: unknown } | null)?.id;
  return typeof id === 'string' && id !== '' ? `Profile "${id}"` : 'The profile';
}

/**
 * Checks a profile as data: its shape, that every rule exists, and every rule's params against the
 * rule's schema. `origin` (a file name) prefixes the message when there is one.
 */
export function loadProfile(input: unknown, origin?: string): ProfileLoad {
  const where = origin === undefined ? '' : `${origin}: `;
  const invalid = (problems: Problem[]): ProfileLoad => ({
    ok: false,
    error: {
      code: 'qa.profile-invalid',
      message: `${where}${profileName(input)} is not valid: ${describeProblems(problems)}`,
      problems,
    },
  });
  const parsed = QaProfile.safeParse(input);
  if (!parsed.success) {
    return invalid(parsed.error.issues.map((i) => ({ field: formatPath(i.path), message: i.message })));
  }
  const problems: Problem[] = [];
  const loaded: ProfileRule[] = [];
  for (const [index, entry] of parsed.data.rules.entries()) {
    const rule = ruleById(entry.ruleId);
    if (!rule) {
      problems.push({ field: `rules[${index}].ruleId`, message: unknownRuleMessage(entry.ruleId) });
      continue;
    }
    const params = (rule.params as z.ZodType).safeParse(entry.params);
    if (!params.success) {
      for (const issue of params.error.issues) {
        problems.push({
          field: formatPath(['rules', index, 'params', ...issue.path]),
          message: `rule ${rule.id}: ${issue.message}`,
        });
      }
      continue;
    }
    loaded.push({ rule, severity: entry.severity, params: params.data });
  }
  if (problems.length > 0) return invalid(problems);
  return { ok: true, value: { profile: parsed.data, rules: loaded } };
}

/** The text of a profile file to share across a faculty: the profile, marked with the file format. */
export function exportProfile(profile: QaProfile): string {
  const { id, title, version, source, rules: entries } = profile;
  return `${JSON.stringify(
    {
      format: PROFILE_FORMAT,
      formatVersion: PROFILE_FORMAT_VERSION,
      id,
      title,
      version,
      source,
      rules: entries,
    },
    null,
    2,
  )}\n`;
}

/** Parses and checks the text of an exported profile file; says which file, rule and field when it can't. */
export function importProfile(text: string, file: string): ProfileLoad {
  let raw: unknown;
  try {
    raw = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    return {
      ok: false,
      error: { code: 'qa.profile-not-json', message: `${file} is not valid JSON: ${reason}`, problems: [] },
    };
  }
  const marked = raw as { format?: unknown; formatVersion?: unknown } | null;
  if (marked === null || typeof marked !== 'object' || marked.format !== PROFILE_FORMAT) {
    return {
      ok: false,
      error: {
        code: 'qa.profile-foreign',
        message: `${file} is not a Stackwise QA profile: its "format" must be "${PROFILE_FORMAT}" (export a profile from Stackwise to get one)`,
        problems: [{ field: 'format', message: `Format must be "${PROFILE_FORMAT}"` }],
      },
    };
  }
  if (marked.formatVersion !== PROFILE_FORMAT_VERSION) {
    const newer = typeof marked.formatVersion === 'number' && marked.formatVersion > PROFILE_FORMAT_VERSION;
    return {
      ok: false,
      error: {
        code: 'qa.profile-foreign',
        message: newer
          ? `${file} was exported by a newer Stackwise (profile format ${String(marked.formatVersion)}); update Stackwise to import it`
          : `${file}: "formatVersion" must be ${PROFILE_FORMAT_VERSION}`,
        problems: [{ field: 'formatVersion', message: `Format version must be ${PROFILE_FORMAT_VERSION}` }],
      },
    };
  }
  const { format: _format, formatVersion: _version, ...profile } = marked as Record<string, unknown>;
  return loadProfile(profile, file);
}
