import type { z } from 'zod';
import { type DomainErrorParams, zodIssueParams } from '../domain/errors';

/** One thing wrong with some input: where (a readable path) and what. */
export interface Problem {
  field: string;
  /** Zod's words, for logs and the English command line. */
  message: string;
  /** What is wrong as data (`field.invalid`'s params), so a catalogue words it in any language. */
  params?: DomainErrorParams;
  /** The schema's own code for the problem (`errors.problem.<code>`), when it named one. */
  code?: string;
  /** Ids to choose from that its words list, by name (the rules a profile can use), joined as alternatives. */
  choices?: Readonly<Record<string, readonly string[]>>;
}

/**
 * What a schema's zod message says (shared/schemas/fields.ts): the name of the value ('module.title',
 * 'id'; with `!missing` when it is absent), or the code of a problem with its own words ('path-too-long').
 * Any other message is zod's own sentence, kept for logs only.
 */
function meaningOf(message: string): { label: string; missing: boolean } | { code: string } | undefined {
  const [name = '', mark] = message.split('!');
  if (name === 'id' || /^[a-z][\w-]*(\.[\w-]+)+$/.test(name))
    return { label: name, missing: mark === 'missing' };
  if (/^[a-z][a-z0-9-]*$/.test(message)) return { code: message };
  return undefined;
}

/** Turns a path such as ['modules', 3, 'credit', 'value'] into "modules[3].credit.value". */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out === '' ? '(root)' : out;
}

/** One problem of a zod issue: where, zod's data, and the schema's name for the value or the problem. */
export function problemOf(issue: z.core.$ZodIssue): Problem {
  const params = zodIssueParams(issue);
  const meaning = meaningOf(issue.message);
  if (meaning && 'label' in meaning) {
    params.label = meaning.label;
    if (meaning.missing) params.missing = 1;
  }
  return {
    field: formatPath(issue.path),
    message: issue.message,
    params,
    ...(meaning && 'code' in meaning && { code: meaning.code }),
  };
}

export function problemsOf(error: z.ZodError): Problem[] {
  return error.issues.map(problemOf);
}
