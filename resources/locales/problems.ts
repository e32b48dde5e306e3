import type { AppError } from '@shared/contract/errors';
import type { Problem } from '@shared/schemas/problems';
import { describeRefusal } from './catalogue';
import type { MessageValues, Translator } from './translate';

/** Each list of ids to choose from as the language joins alternatives ("a, b or c"), with its `<name>Count`. */
function choiceValues(choices: Problem['choices'], tr: Translator): MessageValues {
  const values: MessageValues = {};
  for (const [name, ids] of Object.entries(choices ?? {})) {
    values[name] = tr.list(ids, 'disjunction');
    values[`${name}Count`] = ids.length;
  }
  return values;
}

/**
 * One field's problem in the reader's language: its own code's words when the schema named one
 * (`errors.problem.<code>`), else what zod's data says about the field (`field.invalid`).
 */
export function problemText(problem: Problem, tr: Translator): string {
  const own = `errors.problem.${problem.code}`;
  if (problem.code !== undefined && tr.has(own))
    return tr.t(own, { ...problem.params, ...choiceValues(problem.choices, tr) });
  if (problem.params)
    return describeRefusal({ code: 'field.invalid', field: problem.field, params: problem.params }, tr);
  return problem.message;
}

/** "title: Title is required; code: …; and 3 more": at most `limit` problems, saying how many more. */
export function describeProblems(problems: readonly Problem[], tr: Translator, limit = 5): string {
  const shown = problems
    .slice(0, limit)
    .map((p) => tr.t('errors.problem.line', { field: p.field, problem: problemText(p, tr) }));
  const more = problems.length - shown.length;
  const list = shown.join('; ');
  return more > 0 ? tr.t('errors.problem.andMore', { list, count: more }) : list;
}

/**
 * What exactly went wrong, in the reader's language, when main reported it as data
 * (`errors.detail.<code>[.<variant>]` with the error's params, then its problems); else main's own words.
 */
export function errorDetailText(
  error: Pick<AppError, 'code' | 'params' | 'problems' | 'message'>,
  tr: Translator,
): string {
  const variant = error.params?.variant;
  const variantKey = `errors.detail.${error.code}.${variant}`;
  const key = variant !== undefined && tr.has(variantKey) ? variantKey : `errors.detail.${error.code}`;
  if (error.params === undefined || !tr.has(key)) return error.message;
  const detail = tr.t(key, error.params);
  return error.problems && error.problems.length > 0
    ? `${detail} ${describeProblems(error.problems, tr)}`
    : detail;
}
