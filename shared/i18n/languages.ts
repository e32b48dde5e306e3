/** The languages Stackwise speaks, English first (the source every catalogue is translated from). */
export const languages = ['en', 'uk', 'kk', 'ru'] as const;
export type Language = (typeof languages)[number];

export const sourceLanguage: Language = 'en';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}

/**
 * The first of the system's preferred locales ("kk-KZ", "uk", "ru-RU") that Stackwise speaks, by its
 * language subtag; English when none is.
 */
export function languageFromLocales(locales: readonly string[]): Language {
  for (const locale of locales) {
    const tag = locale.toLowerCase().split(/[-_]/)[0];
    if (isLanguage(tag)) return tag;
  }
  return sourceLanguage;
}

/** A language's own name for itself ("Қазақша", "Українська"), for the language chooser. */
export function languageEndonym(language: Language): string {
  const name = new Intl.DisplayNames([language], { type: 'language' }).of(language) ?? language;
  return name.charAt(0).toLocaleUpperCase(language) + name.slice(1);
}
