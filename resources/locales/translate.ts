import { createIntl, createIntlCache, type IntlShape } from '@formatjs/intl';
import type { Language } from '@shared/i18n/languages';
import { type MessageKey, messagesFor } from './messages';

export type MessageValues = Record<string, string | number | Date | undefined>;

/** Everything that puts words and numbers on a screen or a page in one language. */
export interface Translator {
  language: Language;
  /** The catalogue's message for `key`, with ICU plurals and selects filled from `values`. */
  t(key: MessageKey, values?: MessageValues): string;
  /** Whether a key made from data (`errors.${code}`) is in the catalogue. */
  has(key: string): key is MessageKey;
  number(value: number, options?: Intl.NumberFormatOptions): string;
  date(value: Date | string | number, options?: Intl.DateTimeFormatOptions): string;
  /** "A, B and C" in the language's own words. */
  list(items: readonly string[], type?: 'conjunction' | 'disjunction'): string;
  /** Sorts names as a reader of the language expects (Cyrillic, Kazakh letters, digits as numbers). */
  compare(a: string, b: string): number;
  intl: IntlShape<string>;
}

const cache = createIntlCache();
const translators = new Map<Language, Translator>();

function build(language: Language): Translator {
  const messages = messagesFor(language);
  const intl = createIntl(
    {
      locale: language,
      defaultLocale: 'en',
      messages,
      // A missing key is a build error caught by the catalogue test; at run time the key itself shows.
      onError: (error) => {
        if (error.code !== 'MISSING_TRANSLATION') console.error('[stackwise] message', error.message);
      },
    },
    cache,
  );
  const collator = new Intl.Collator(language, { numeric: true, sensitivity: 'base' });
  return {
    language,
    intl,
    t: (key, values) => intl.formatMessage({ id: key }, values as Record<string, string | number | Date>),
    has: (key): key is MessageKey => Object.hasOwn(messages, key),
    number: (value, options) => new Intl.NumberFormat(language, options).format(value),
    date: (value, options) => new Intl.DateTimeFormat(language, options).format(new Date(value)),
    list: (items, type = 'conjunction') => intl.formatList(items, { type }) as string,
    compare: collator.compare,
  };
}

/** The translator for a language, made once. */
export function translator(language: Language): Translator {
  let found = translators.get(language);
  if (!found) {
    found = build(language);
    translators.set(language, found);
  }
  return found;
}
