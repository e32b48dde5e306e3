import { type Translator, translator } from '@locales/translate';
import { type Language, languageFromLocales } from '@shared/i18n/languages';
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { type IntlShape, RawIntlProvider } from 'react-intl';
import { call } from './api';

interface LanguageState {
  tr: Translator;
  /** Switches every word on screen now, and remembers the choice for this person on this machine. */
  choose(language: Language): Promise<void>;
}

const LanguageContext = createContext<LanguageState>({
  tr: translator('en'),
  choose: async () => {},
});

/** The language of a first start: the system's (Chromium's view of it), else English. */
export function systemLanguage(): Language {
  return languageFromLocales(navigator.languages ?? [navigator.language]);
}

/** Gives the subtree the chosen language's words and formats, and keeps `<html lang>` in step. */
export function LanguageProvider({ initial, children }: { initial: Language; children: ReactNode }) {
  const [language, setLanguage] = useState(initial);
  const tr = translator(language);

  useEffect(() => {
    document.documentElement.lang = language;
    document.title = tr.t('app.title');
  }, [language, tr]);

  const choose = useCallback(async (next: Language) => {
    setLanguage(next);
    await call('settings.update', { language: next });
  }, []);

  const state = useMemo(() => ({ tr, choose }), [tr, choose]);
  return (
    <LanguageContext.Provider value={state}>
      <RawIntlProvider value={tr.intl as IntlShape}>{children}</RawIntlProvider>
    </LanguageContext.Provider>
  );
}

/** The translator of the language shown: `const { t } = useT()`. */
export function useT(): Translator {
  return useContext(LanguageContext).tr;
}

/** The language shown and how to change it (the language chooser). */
export function useLanguage(): LanguageState {
  return useContext(LanguageContext);
}

/** The language to start in: the person's choice if they made one, else the system's. */
export async function startLanguage(): Promise<Language> {
  const settings = await call('settings.get', {});
  return (settings.ok && settings.value.language) || systemLanguage();
}
