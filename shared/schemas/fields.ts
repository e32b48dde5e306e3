import { z } from 'zod';

/** A stable identifier: letters, digits, dash and underscore (UUIDs in practice). */
export const Id = z
  .string({ error: (issue) => (issue.input === undefined ? 'Id is required' : 'Id must be text') })
  .regex(/^[A-Za-z0-9_-]{1,64}$/, 'Id may use only letters, digits, dash and underscore (at most 64)');

export const IsoDateTime = z.iso.datetime({ offset: true, error: 'Must be a date and time (ISO 8601)' });

/** Text the user must fill in; the label is the name the user sees in forms and error messages. */
export function requiredText(label: string, max = 200) {
  return z
    .string({
      error: (issue) => (issue.input === undefined ? `${label} is required` : `${label} must be text`),
    })
    .trim()
    .min(1, `${label} is required`)
    .max(max, `${label} must be at most ${max} characters`);
}

/** Text that may stay empty; missing means empty. */
export function optionalText(label: string, max = 4000) {
  return z
    .string({ error: `${label} must be text` })
    .max(max, `${label} must be at most ${max} characters`)
    .default('');
}

/** One of a fixed list of values, with an error that lists them. */
export function oneOf<const T extends readonly [string, ...string[]]>(label: string, values: T) {
  return z.enum(values, {
    error: (issue) =>
      issue.input === undefined ? `${label} is required` : `${label} must be one of: ${values.join(', ')}`,
  });
}

export function wholeNumber(label: string, min: number, max: number) {
  return z
    .number({ error: `${label} must be a number` })
    .int(`${label} must be a whole number`)
    .min(min, `${label} must be at least ${min}`)
    .max(max, `${label} must be at most ${max}`);
}

export function listOf<T extends z.ZodType>(item: T) {
  return z.array(item, { error: 'Must be a list' }).default([]);
}

export const WebAddress = z
  .url({ protocol: /^https?$/, error: 'Must be a web address starting with http:// or https://' })
  .max(2000, 'Web address is too long');
