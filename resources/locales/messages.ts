import { type Language, languages } from '@shared/i18n/languages';
import appMessages from './en/app.json';
import boardMessages from './en/board.json';
import cliMessages from './en/cli.json';
import commonMessages from './en/common.json';
import credentialsMessages from './en/credentials.json';
import editorMessages from './en/editor.json';
import errorsMessages from './en/errors.json';
import exportMessages from './en/export.json';
import fieldsMessages from './en/fields.json';
import findingsMessages from './en/findings.json';
import historyMessages from './en/history.json';
import inspectorMessages from './en/inspector.json';
import issuersMessages from './en/issuers.json';
import libraryMessages from './en/library.json';
import menuMessages from './en/menu.json';
import profilesMessages from './en/profiles.json';
import qaMessages from './en/qa.json';
import reviewMessages from './en/review.json';
import specMessages from './en/spec.json';
import startMessages from './en/start.json';
import valuesMessages from './en/values.json';

/**
 * The message catalogues: one JSON file per area and language (`en/board.json`), each key an ICU message.
 * A key is its file's name and its own: "board.newPathway". English is the source and the fallback.
 */
const english = {
  app: appMessages,
  board: boardMessages,
  cli: cliMessages,
  common: commonMessages,
  credentials: credentialsMessages,
  editor: editorMessages,
  errors: errorsMessages,
  export: exportMessages,
  fields: fieldsMessages,
  history: historyMessages,
  findings: findingsMessages,
  inspector: inspectorMessages,
  issuers: issuersMessages,
  library: libraryMessages,
  menu: menuMessages,
  profiles: profilesMessages,
  qa: qaMessages,
  review: reviewMessages,
  spec: specMessages,
  start: startMessages,
  values: valuesMessages,
};

type Area = keyof typeof english;
type KeysOf<A extends Area> = A extends Area ? `${A}.${Extract<keyof (typeof english)[A], string>}` : never;

/** Every message key of the catalogues, checked at compile time where a key is written out. */
export type MessageKey = KeysOf<Area>;
export type Messages = Record<string, string>;

function flatten(areas: Record<string, Record<string, string>>): Messages {
  const messages: Messages = {};
  for (const [area, entries] of Object.entries(areas)) {
    for (const [key, message] of Object.entries(entries)) messages[`${area}.${key}`] = message;
  }
  return messages;
}

const translated = import.meta.glob<Record<string, string>>('./*/*.json', { eager: true, import: 'default' });

function areasOf(language: Language): Record<string, Record<string, string>> {
  const areas: Record<string, Record<string, string>> = {};
  for (const [path, entries] of Object.entries(translated)) {
    const match = /^\.\/([a-z]+)\/([\w-]+)\.json$/.exec(path);
    if (match?.[1] === language && match[2]) areas[match[2]] = entries;
  }
  return areas;
}

/** Each language's messages as translated: keys a translation lacks are absent here (see `messagesFor`). */
export const catalogues: Record<Language, Messages> = Object.fromEntries(
  languages.map((language) => [language, language === 'en' ? flatten(english) : flatten(areasOf(language))]),
) as Record<Language, Messages>;

/** The messages a language is shown in: its translation over the English source, so no key is ever blank. */
export function messagesFor(language: Language): Messages {
  return language === 'en' ? catalogues.en : { ...catalogues.en, ...catalogues[language] };
}
