import { z } from 'zod';

/*
 * A schema never words its problems: a field's zod message is the name of the value (a field-table label
 * such as 'module.title', or an `errors.label.*` name), so the catalogue says "Title is required" in the
 * reader's language from zod's issue; a problem with its own words is named by a code
 * (`errors.problem.<code>`). `!missing` marks a value that is absent rather than of the wrong kind.
 */
const missingOr = (label: string) => (issue: { input?: unknown }) =>
  issue.input === undefined ? `${label}!missing` : label;

/** A stable identifier: letters, digits, dash and underscore (UUIDs in practice). */
export const Id = z.string({ error: missingOr('id') }).regex(/^[A-Za-z0-9_-]{1,64}$/, 'id');

export const IsoDateTime = z.iso.datetime({ offset: true, error: 'date-time' });

/** Text the user must fill in; `label` names the value (a field-table label or an errors label). */
export function requiredText(label: string, max = 200) {
  return z
    .string({ error: missingOr(label) })
    .trim()
    .min(1, label)
    .max(max, label);
}

/** Text that may stay empty; missing means empty. */
export function optionalText(label: string, max = 4000) {
  return z.string({ error: label }).max(max, label).default('');
}

/** One of a fixed list of values; the catalogue says it is not one of them. */
export function oneOf<const T extends readonly [string, ...string[]]>(label: string, values: T) {
  return z.enum(values, { error: missingOr(label) });
}

export function wholeNumber(label: string, min: number, max: number) {
  return z.number({ error: label }).int(label).min(min, label).max(max, label);
}

export function listOf<T extends z.ZodType>(item: T) {
  return z.array(item, { error: 'list' }).default([]);
}

export const WebAddress = z
  .url({ protocol: /^https?$/, error: 'web-address' })
  .max(2000, 'web-address-too-long');
