import type { Vocabulary } from '@locales/values';
import type { Credit } from '../schemas/module';
import type { Phrase, SpecKey, Words } from './model';

/*
 * Builders of the specification's Words: the model names what is said and with which data; the
 * document's catalogue words it in the pathway's language (electron/main/export/spec-words.ts).
 */

export const say = (key: SpecKey, values?: Phrase['values']): Phrase => (values ? { key, values } : { key });

/** A schema's coded value, worded by values.json: coded('deliveryMode', 'blended') → "Blended". */
export const coded = (vocabulary: Vocabulary, value: string): Words => ({ coded: vocabulary, value });

export const creditOf = (credit: Credit): Words => ({ credit: credit.value, system: credit.system });

/** "A, B and C" in the document's language. */
export const andList = (items: Words[]): Words => ({ list: items, style: 'and' });

/** "A, B, C": codes and short values, where "and" would only add words. */
export const commaList = (items: Words[]): Words => ({ list: items, style: 'comma' });

/** YYYY-MM-DD of an ISO 8601 date or time, worded in the document's language. */
export const dateOf = (iso: string, style: 'long' | 'medium' = 'long'): Words => ({
  date: iso.slice(0, 10),
  style,
});

/** The design's own text, trimmed; null when it states nothing. */
export const stated = (text: string | undefined): string | null => (text?.trim() ? text.trim() : null);
