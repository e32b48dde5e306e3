import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type MessageFormatElement, parse, TYPE } from '@formatjs/icu-messageformat-parser';
import { createIntl } from '@formatjs/intl';
import { catalogues, type Messages } from '@locales/messages';
import { translator } from '@locales/translate';
import { languages } from '@shared/i18n/languages';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../../../resources/locales');
const english = catalogues.en;

/** The argument names a message uses, and for each plural or select the cases it offers. */
function argumentsOf(elements: MessageFormatElement[], into = new Map<string, Set<string>>()) {
  for (const element of elements) {
    if (element.type === TYPE.literal || element.type === TYPE.pound) continue;
    const cases = into.get(element.value) ?? new Set<string>();
    into.set(element.value, cases);
    if (element.type === TYPE.plural || element.type === TYPE.select) {
      for (const [name, option] of Object.entries(element.options)) {
        cases.add(`${element.type === TYPE.plural ? 'plural' : 'select'}:${name}`);
        argumentsOf(option.value, into);
      }
    }
    if (element.type === TYPE.tag) argumentsOf(element.children, into);
  }
  return into;
}

function pluralCategoriesUsed(elements: MessageFormatElement[], into = new Set<string>()): Set<string> {
  for (const element of elements) {
    if (element.type === TYPE.plural)
      for (const [name, option] of Object.entries(element.options)) {
        if (!name.startsWith('=')) into.add(name);
        pluralCategoriesUsed(option.value, into);
      }
    if (element.type === TYPE.select)
      for (const option of Object.values(element.options)) pluralCategoriesUsed(option.value, into);
  }
  return into;
}

describe('message catalogues', () => {
  it('has the same files in every language', () => {
    const files = (language: string) => readdirSync(join(root, language)).sort();
    for (const language of languages) expect(files(language), language).toEqual(files('en'));
  });

  it('parses every message of every language as ICU', () => {
    const broken: string[] = [];
    for (const language of languages) {
      for (const [key, message] of Object.entries(catalogues[language])) {
        try {
          parse(message);
        } catch (e) {
          broken.push(`${language} ${key}: ${(e as Error).message}`);
        }
      }
    }
    expect(broken).toEqual([]);
  });

  it.each(languages.filter((l) => l !== 'en'))(
    'translates every English key into %s, and nothing else',
    (language) => {
      const translated: Messages = catalogues[language];
      const missing = Object.keys(english).filter((key) => !Object.hasOwn(translated, key));
      const extra = Object.keys(translated).filter((key) => !Object.hasOwn(english, key));
      expect({ missing, extra }).toEqual({ missing: [], extra: [] });
    },
  );

  it.each(languages.filter((l) => l !== 'en'))(
    'keeps every placeholder of the English message in %s, with the plural forms the language needs',
    (language) => {
      const needed = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
      const wrong: string[] = [];
      for (const [key, source] of Object.entries(english)) {
        const message = catalogues[language][key];
        if (message === undefined) continue;
        const ast = parse(message);
        const theirs = [...argumentsOf(ast).keys()].sort();
        const ours = [...argumentsOf(parse(source)).keys()].sort();
        if (theirs.join() !== ours.join())
          wrong.push(`${key}: {${theirs.join(', ')}} ≠ English {${ours.join(', ')}}`);
        const used = pluralCategoriesUsed(ast);
        if (used.size > 0) {
          const lacking = needed.filter((category) => !used.has(category));
          if (lacking.length > 0) wrong.push(`${key}: plural lacks ${lacking.join(', ')}`);
        }
      }
      expect(wrong).toEqual([]);
    },
  );

  it('renders every key in every language with sample values', () => {
    const tags = (elements: MessageFormatElement[], into = new Set<string>()): Set<string> => {
      for (const element of elements) {
        if (element.type === TYPE.tag) {
          into.add(element.value);
          tags(element.children, into);
        }
        if (element.type === TYPE.plural || element.type === TYPE.select)
          for (const option of Object.values(element.options)) tags(option.value, into);
      }
      return into;
    };
    const numeric = /count|number|amount|minimum|maximum|holds|value|index|line|column|version|supported/i;
    const failures: string[] = [];
    for (const language of languages) {
      const tr = translator(language);
      for (const key of Object.keys(english)) {
        const ast = parse(english[key] ?? '');
        const tagNames = tags(ast);
        const values: Record<string, unknown> = {};
        for (const name of argumentsOf(ast).keys())
          values[name] = tagNames.has(name)
            ? (chunks: string[]) => chunks.join('')
            : numeric.test(name)
              ? 3
              : 'x';
        if (!tr.has(key)) {
          failures.push(`${language} ${key}: missing`);
          continue;
        }
        const errors: string[] = [];
        const intl = createIntl({
          locale: language,
          messages: { [key]: tr.intl.messages[key] as string },
          onError: (e) => errors.push(e.message),
        });
        const text = [intl.formatMessage({ id: key }, values as Record<string, string>)].flat().join('');
        if (errors.length > 0 || text.trim() === '')
          failures.push(`${language} ${key}: ${errors[0] ?? 'empty'}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('keeps the catalogues as plain JSON objects of strings', () => {
    for (const language of languages) {
      for (const file of readdirSync(join(root, language))) {
        const data = JSON.parse(readFileSync(join(root, language, file), 'utf8')) as Record<string, unknown>;
        for (const [key, value] of Object.entries(data))
          expect(typeof value, `${language}/${file} ${key}`).toBe('string');
      }
    }
  });
});
