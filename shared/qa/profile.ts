import type { z } from 'zod';
import { type Problem, problemOf, problemsOf } from '../schemas/problems';
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

/**
 * Why a profile does not load: `qa.profile-invalid` (its shape, a rule or a param; see `problems`), or why a
 * file is not one: `qa.profile-not-json`, `qa.profile-foreign` (not marked as a profile),
 * `qa.profile-newer` (a later format), `qa.profile-version` (a format version this one does not know).
 */
export const qaProfileErrorCodes = [
  'qa.profile-invalid',
  'qa.profile-not-json',
  'qa.profile-foreign',
  'qa.profile-newer',
  'qa.profile-version',
] as const;

export type QaProfileErrorCode = (typeof qaProfileErrorCodes)[number];

export interface QaProfileProblem {
  code: QaProfileErrorCode;
  /**
   * The data its words need (the catalogue's `qa.profile-error.*`): `file` when it came from one,
   * `profile` (its id) when it has one, the `format` or `version` expected or found, the parser's `reason`.
   */
  params: Readonly<Record<string, string | number>>;
  /**
   * Every rule and field at fault, by code (`errors.problem.<code>`) where the loader or a rule's schema
   * names one: `rule-unknown` with the `ruleId` and the `known` ids to choose from. A problem with a rule's
   * params names that rule (`params.rule`).
   */
  problems: Problem[];
}

export type ProfileLoad = { ok: true; value: LoadedProfile } | { ok: false; error: QaProfileProblem };

/** Thrown by the engine when asked to run a profile that does not load. */
export class QaProfileError extends Error {
  constructor(readonly error: QaProfileProblem) {
    // For logs and stack traces: people read the catalogue's words for the code (profileErrorText).
    super(error.params.profile === undefined ? error.code : `${error.code} (${error.params.profile})`);
    this.name = 'QaProfileError';
  }
}

/** A rule id no rule has, with the ids of its family ('credit.*') to choose from, else every id. */
function unknownRule(ruleId: string, field: string): Problem {
  const family = ruleId.split('.')[0];
  const near = rules.filter((r) => r.id.split('.')[0] === family).map((r) => r.id);
  return {
    field,
    message: 'rule-unknown',
    code: 'rule-unknown',
    params: { ruleId },
    choices: { known: near.length > 0 ? near : rules.map((r) => r.id) },
  };
}

/**
 * A rule's params problem, placed in the profile (`rules[2].params.min`) and naming the rule; the ids a
 * rule's schema lists for its words (the `known` module field paths) are its choices.
 */
function paramsProblem(issue: z.core.$ZodIssue, index: number, ruleId: string): Problem {
  const problem = problemOf({ ...issue, path: ['rules', index, 'params', ...issue.path] });
  const lists = Object.entries(issue.code === 'custom' ? (issue.params ?? {}) : {}).filter(
    (entry): entry is [string, string[]] => Array.isArray(entry[1]),
  );
  return {
    ...problem,
    params: { ...problem.params, rule: ruleId },
    ...(lists.length > 0 && { choices: Object.fromEntries(lists) }),
  };
}

/** The profile's id, when the input has one to name it by. */
function profileId(input: unknown): { profile?: string } {
  const id = (input as { id?: unknown } | null)?.id;
  return typeof id === 'string' && id !== '' ? { profile: id } : {};
}

/**
 * Checks a profile as data: its shape, that every rule exists, and every rule's params against the
 * rule's schema. `origin` (a file name) is named in the refusal when there is one.
 */
export function loadProfile(input: unknown, origin?: string): ProfileLoad {
  const invalid = (problems: Problem[]): ProfileLoad => ({
    ok: false,
    error: {
      code: 'qa.profile-invalid',
      params: { ...(origin === undefined ? {} : { file: origin }), ...profileId(input) },
      problems,
    },
  });
  const parsed = QaProfile.safeParse(input);
  if (!parsed.success) return invalid(problemsOf(parsed.error));
  const problems: Problem[] = [];
  const loaded: ProfileRule[] = [];
  for (const [index, entry] of parsed.data.rules.entries()) {
    const rule = ruleById(entry.ruleId);
    if (!rule) {
      problems.push(unknownRule(entry.ruleId, `rules[${index}].ruleId`));
      continue;
    }
    const params = (rule.params as z.ZodType).safeParse(entry.params);
    if (!params.success) {
      for (const issue of params.error.issues) problems.push(paramsProblem(issue, index, rule.id));
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
    return { ok: false, error: { code: 'qa.profile-not-json', params: { file, reason }, problems: [] } };
  }
  const marked = raw as { format?: unknown; formatVersion?: unknown } | null;
  if (marked === null || typeof marked !== 'object' || marked.format !== PROFILE_FORMAT) {
    return {
      ok: false,
      error: {
        code: 'qa.profile-foreign',
        params: { file, format: PROFILE_FORMAT },
        problems: [
          {
            field: 'format',
            message: 'profile-format',
            code: 'profile-format',
            params: { format: PROFILE_FORMAT },
          },
        ],
      },
    };
  }
  if (marked.formatVersion !== PROFILE_FORMAT_VERSION) {
    const newer = typeof marked.formatVersion === 'number' && marked.formatVersion > PROFILE_FORMAT_VERSION;
    return {
      ok: false,
      error: {
        code: newer ? 'qa.profile-newer' : 'qa.profile-version',
        params: { file, version: String(marked.formatVersion), expected: PROFILE_FORMAT_VERSION },
        problems: [
          {
            field: 'formatVersion',
            message: 'profile-format-version',
            code: 'profile-format-version',
            params: { expected: PROFILE_FORMAT_VERSION },
          },
        ],
      },
    };
  }
  const { format: _format, formatVersion: _version, ...profile } = marked as Record<string, unknown>;
  return loadProfile(profile, file);
}
