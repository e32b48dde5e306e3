import { isLanguage, type Language, languageFromLocales } from '@shared/i18n/languages';

/**
 * The user's language as the system names it: the first of LC_ALL, LC_MESSAGES and LANG that is set,
 * as POSIX decides which one applies ("kk_KZ.UTF-8" → kk); English for C, POSIX or a language
 * Stackwise does not speak.
 */
export function systemLanguage(env: NodeJS.ProcessEnv): Language {
  const locale = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((value) => value !== undefined && value !== '');
  return languageFromLocales(locale === undefined ? [] : [locale]);
}

export type LangOption =
  | { ok: true; argv: string[]; lang: Language | undefined }
  | { ok: false; value: string };

/**
 * Takes the global `--lang <code>` (or `--lang=<code>`) out of a command line, wherever it stands, so
 * every command accepts it. `lang` is undefined when it is not given; a value Stackwise does not speak
 * is refused.
 */
export function takeLangOption(argv: readonly string[]): LangOption {
  const rest: string[] = [];
  let lang: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--') {
      rest.push(...argv.slice(i));
      break;
    }
    if (arg === '--lang') {
      lang = argv[i + 1] ?? '';
      i++;
    } else if (arg.startsWith('--lang=')) {
      lang = arg.slice('--lang='.length);
    } else {
      rest.push(arg);
    }
  }
  if (lang !== undefined && !isLanguage(lang)) return { ok: false, value: lang };
  return { ok: true, argv: rest, lang };
}
