import type { Language } from '@shared/i18n/languages';
import type { Say } from '@shared/i18n/say';
import { translator } from './translate';

/** The catalogue of a language as shared code asks for it; an unknown key throws, so no key ships unworded. */
export function sayIn(language: Language): Say {
  const tr = translator(language);
  return (key, values) => {
    if (!tr.has(key)) throw new Error(`No message ${key} in the catalogue`);
    return tr.t(key, values);
  };
}
