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
}

/** A schema names its own problems by code ('path-too-long'); zod's own messages are sentences. */
const isProblemCode = (message: string) => /^[a-z][a-z0-9-]*$/.test(message);

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
    ...(isProblemCode(issue.message) && { code: issue.message }),
  }));
}
