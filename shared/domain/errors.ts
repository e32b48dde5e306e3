import type { z } from 'zod';
import { formatPath } from '../schemas/problems';

/**
 * Every refusal the domain can give, as a stable code. The words for each live in one catalogue outside
 * shared/ (renderer/src/app/error-messages.ts); shared/ returns codes and data, never sentences.
 */
export const domainErrorCodes = [
  'field.invalid',
  'module.not-found',
  'module.duplicate-code',
  'module.duplicate-id',
  'issuer.not-found',
  'issuer.duplicate-id',
  'pathway.not-found',
  'pathway.duplicate-id',
  'pathway.stage-not-found',
  'pathway.module-not-found',
  'pathway.group-not-found',
  'pathway.not-in-pathway',
  'pathway.cycle',
  'pathway.self-prerequisite',
  'pathway.duplicate-prerequisite',
  'pathway.prerequisite-not-found',
  'pathway.choose-out-of-range',
  'review.pathway-not-found',
  'review.not-allowed',
  'review.errors-remain',
  'review.name-required',
  'review.role-required',
  'review.comment-required',
  'review.module-not-in-pathway',
  'review.unknown-field',
  'review.comment-not-found',
  'review.content-changed',
  'review.invalid-hash',
  'qa.unknown-pathway',
  'credentials.no-issuer',
  'credentials.unknown-pathway',
  'credentials.unknown-issuer',
] as const;

export type DomainErrorCode = (typeof domainErrorCodes)[number];

/** Data the words of a refusal need (ids, titles, counts, limits); never words themselves. */
export type DomainErrorParams = Record<string, string | number>;

/** A command or operation refused its input: a stable code, the field it concerns, and the data to say why. */
export class DomainError extends Error {
  readonly code: DomainErrorCode;
  readonly field?: string;
  readonly params?: DomainErrorParams;

  constructor(code: DomainErrorCode, details: { field?: string; params?: DomainErrorParams } = {}) {
    // The message is for logs and stack traces only: people read describeDomainError's words.
    super(details.field === undefined ? code : `${code} (${details.field})`);
    this.name = 'DomainError';
    this.code = code;
    if (details.field !== undefined) this.field = details.field;
    if (details.params !== undefined) this.params = details.params;
  }
}

/**
 * The data of a zod issue a catalogue needs to say what is wrong: zod's issue code and, where it has them,
 * the limits and the kind of value (`origin`: string, number, array…).
 */
export function zodIssueParams(issue: z.core.$ZodIssue): DomainErrorParams {
  const params: DomainErrorParams = { issue: issue.code };
  if ('origin' in issue && typeof issue.origin === 'string') params.origin = issue.origin;
  if ('minimum' in issue && issue.minimum !== undefined) params.minimum = Number(issue.minimum);
  if ('maximum' in issue && issue.maximum !== undefined) params.maximum = Number(issue.maximum);
  if ('expected' in issue && typeof issue.expected === 'string') params.expected = issue.expected;
  if ('format' in issue && typeof issue.format === 'string') params.format = issue.format;
  // A schema's own check names the data its words need (the id used twice).
  if (issue.code === 'custom' && issue.params) {
    for (const [key, value] of Object.entries(issue.params))
      if (typeof value === 'string' || typeof value === 'number') params[key] = value;
  }
  return params;
}

/** Where a value came from, for the refusal: the input's field, and the catalogue key of what it is. */
export interface FieldOrigin {
  /** The input's name (a refusal inside the value appends the issue's path to it). */
  field?: string;
  /** The catalogue key of what the value is (e.g. 'stage.title'), when `field` alone is ambiguous. */
  label?: string;
  /** The kind of entity the value is (e.g. 'pathway'): the label becomes `entity.<path of the issue>`. */
  entity?: string;
}

function refusalOf(error: z.ZodError, where: FieldOrigin): DomainError {
  const issue = error.issues[0] as z.core.$ZodIssue;
  const path = [...(where.field === undefined ? [] : [where.field]), ...issue.path];
  const field = path.length > 0 ? formatPath(path) : undefined;
  const params = zodIssueParams(issue);
  const label =
    where.label ?? (where.entity === undefined ? undefined : `${where.entity}.${formatPath(issue.path)}`);
  if (label !== undefined) params.label = label;
  return new DomainError('field.invalid', { ...(field !== undefined && { field }), params });
}

/** Parses user input with its schema, or refuses it as `field.invalid` naming the field and zod's issue. */
export function parseField<T>(schema: z.ZodType<T>, value: unknown, where: FieldOrigin = {}): T {
  const result = schema.safeParse(value);
  if (!result.success) throw refusalOf(result.error, where);
  return result.data;
}

/**
 * Checks a value the schema would accept as it is, or refuses it like parseField; keeps the value itself
 * (and so the references an editor's snapshots share) instead of zod's copy.
 */
export function assertValid<T>(schema: z.ZodType<T>, value: T, where: FieldOrigin = {}): T {
  parseField(schema, value, where);
  return value;
}
