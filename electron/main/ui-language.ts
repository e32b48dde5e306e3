import { type Translator, translator } from '@locales/translate';
import { type Language, languageFromLocales } from '@shared/i18n/languages';

/** Where main learns the person's choice of language (electron/main/storage/user-settings.ts). */
export interface LanguageChoice {
  read(): Promise<{ language?: Language | undefined }>;
  onChange(listener: (settings: { language?: Language | undefined }) => void): () => void;
}

/** The language main speaks (the native menu, its dialogs): the person's choice, else the system's. */
export function uiLanguage(chosen: Language | undefined, systemLocales: readonly string[]): Language {
  return chosen ?? languageFromLocales(systemLocales);
}

/**
 * Main's words in the language chosen, kept in step: `current()` is the translator now, and `changed` runs
 * when the person picks another language in the app (the menu is rebuilt in it without a restart).
 */
export async function followLanguage(
  choice: LanguageChoice,
  systemLocales: readonly string[],
  changed: () => void,
): Promise<{ current(): Translator }> {
  let tr = translator(uiLanguage((await choice.read()).language, systemLocales));
  choice.onChange((settings) => {
    const next = translator(uiLanguage(settings.language, systemLocales));
    if (next === tr) return;
    tr = next;
    changed();
  });
  return { current: () => tr };
}
