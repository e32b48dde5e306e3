import { describeRefusal, type Refusal } from '@locales/catalogue';
import { errorDetailText, problemText } from '@locales/problems';
import type { Translator } from '@locales/translate';
import type { AppError } from '@shared/contract/errors';
import type { DispatchResult, EntityDraft } from '../editor/store';

export { problemText };

/** What an error means to a designer, and what to do about it, from the `errors.app.*` catalogue. */
export function headlineFor(error: AppError, tr: Translator): string {
  const key = `errors.app.${error.code}`;
  return tr.has(key) ? tr.t(key) : tr.t('errors.app.internal');
}

/**
 * The detail under an error's headline: a domain refusal in the language shown, else main's own words
 * (a file system's or a parser's message, which names the file and the cause).
 */
export function errorDetail(error: AppError, tr: Translator): string {
  return error.refusal ? describeRefusal(error.refusal, tr) : errorDetailText(error, tr);
}

/**
 * The words for a refusal of the domain (a DomainError from a command, or its data): the one place the
 * renderer turns a refusal's code and params into a sentence, from the catalogue of the language shown.
 */
export function describeDomainError(error: Refusal, tr: Translator): string {
  return describeRefusal(error, tr);
}

/** Why a draft is not in the design: its first field's problem, or the workspace's refusal. */
export function draftProblem(draft: EntityDraft, tr: Translator): string {
  const problem = draft.problems[0];
  if (problem) return problemText(problem, tr);
  return draft.refusal ? describeDomainError(draft.refusal, tr) : tr.t('errors.draft.not-applied');
}

/** "TE-01 Untitled: Title is required": a draft that would be lost or left out, named with its problem. */
export function draftLine(draft: EntityDraft, tr: Translator): string {
  return tr.t('errors.draft.line', { name: draft.name, problem: draftProblem(draft, tr) });
}

/** The words for a dispatch's refusal, or null when the command ran: how every call site words one. */
export function refusalMessage(result: DispatchResult, tr: Translator): string | null {
  return result.ok ? null : describeDomainError(result.error, tr);
}
