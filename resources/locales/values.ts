import type { ValueVocabulary } from '@shared/fields/types';
import type { Translator } from './translate';

/**
 * The vocabularies of the schemas' coded values (shared/schemas), each worded in `values.json` as
 * `values.<vocabulary>.<value>`: "values.category.stem-education" → "STEM education".
 */
export type Vocabulary = ValueVocabulary | 'severity' | 'reviewState' | 'decision';

/** A coded value in the reader's words; a value the catalogue does not know shows as it is stored. */
export function valueLabel(tr: Translator, vocabulary: Vocabulary, value: string): string {
  const key = `values.${vocabulary}.${value}`;
  return tr.has(key) ? tr.t(key) : value;
}

/** "12 ECTS", "3 UK credits", "40 hours": an amount of credit in its own system. */
export function creditAmount(tr: Translator, amount: number, system: string): string {
  const key = `values.creditAmount.${system}`;
  return tr.has(key) ? tr.t(key, { amount }) : `${tr.number(amount)} ${system}`;
}

/** A language tag in the reader's language: "uk" → "Ukrainian" (English) or "украинский" (Russian). */
export function languageName(tr: Translator, tag: string): string {
  const names = new Intl.DisplayNames([tr.language], { type: 'language', fallback: 'code' });
  return names.of(tag) ?? tag;
}
