import type { MessageValues, Translator } from '@locales/translate';
import { languageName, valueLabel } from '@locales/values';
import { type DomainErrorParams, zodIssueParams } from '@shared/domain/errors';
import {
  type FieldEntity,
  type FieldSpec,
  fieldHelpKey,
  fieldLabelKey,
  fieldSpec,
  itemNumber,
} from '@shared/fields';
import { formatPath } from '@shared/schemas/problems';
import type { z } from 'zod';
import { describeDomainError } from '../../app/error-messages';
import type { DraftProblem } from '../../editor/store';

/** A field's label from the field table's words: "Credit value", "Outcome 2" for an item's field. */
export function fieldLabel(tr: Translator, entity: FieldEntity, path: string): string {
  const key = fieldLabelKey(entity, path);
  return tr.has(key) ? tr.t(key, { number: itemNumber(path) ?? '' }) : path;
}

/** The help a form shows under a field, when the table gives it some. */
export function fieldHelp(
  tr: Translator,
  entity: FieldEntity,
  path: string,
  values?: MessageValues,
): string | undefined {
  const key = fieldHelpKey(entity, path);
  return fieldSpec(entity, path)?.help && tr.has(key) ? tr.t(key, values) : undefined;
}

/** A choice's value in the reader's words, from its vocabulary. */
export function choiceLabel(tr: Translator, spec: FieldSpec, value: string): string {
  if (spec.vocabulary === 'language') return languageName(tr, value);
  return spec.vocabulary ? valueLabel(tr, spec.vocabulary, value) : value;
}

/** The blank choice of an optional field: its own words ("No level") or "Not set". */
export function noChoiceLabel(tr: Translator, entity: FieldEntity, path: string): string {
  const key = `${fieldLabelKey(entity, path)}.none`;
  return tr.has(key) ? tr.t(key) : tr.t('fields.none');
}

/**
 * Each field's first problem, worded in the language shown with the field's label. A value that does not
 * follow its pattern (a code, a language tag) is told with the field's help, which says what it should be.
 */
export function fieldProblems(error: z.ZodError, entity: FieldEntity, tr: Translator): DraftProblem[] {
  const problems = new Map<string, string>();
  for (const issue of error.issues) {
    const field = formatPath(issue.path);
    if (problems.has(field)) continue;
    const params: DomainErrorParams = { ...zodIssueParams(issue), label: `${entity}.${field}` };
    const problem = describeDomainError({ code: 'field.invalid', field, params }, tr);
    const help = params.format === 'regex' ? fieldHelp(tr, entity, field) : undefined;
    problems.set(field, help ? tr.t('fields.problemWithHelp', { problem, help }) : problem);
  }
  return [...problems].map(([field, message]) => ({ field, message }));
}
