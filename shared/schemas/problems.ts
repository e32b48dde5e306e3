import type { z } from 'zod';
import { type DomainErrorParams, zodIssueParams } from '../domain/errors';

/** One thing wrong with some input: where (a readable path) and what. */
export interface Problem {
  field: string;
  /** Zod's words, for logs and the English command line. */
  message: string;
  /** What is wrong as data (`field.invalid`'s params), so a catalogue words it in any language. */
  params?: DomainErrorParams;
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

export function problemsOf(error: z.ZodError): Problem[] {
  return error.issues.map((issue) => ({
    field: formatPath(issue.path),
    message: issue.message,
    params: zodIssueParams(issue),
  }));
}

/** "field: message; field: message", at most `limit` problems, saying how many more there are. */
export function describeProblems(problems: readonly Problem[], limit = 5): string {
  const shown = problems.slice(0, limit).map((p) => `${p.field}: ${p.message}`);
  const more = problems.length - shown.length;
  return more > 0 ? `${shown.join('; ')}; and ${more} more` : shown.join('; ');
}
