import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { literalsUnder } from '../../support/user-visible-literals';

const root = join(import.meta.dirname, '../../..');

/**
 * Strings that look like words but are data a person does not read in the interface: kept here, each
 * with why, so a new one is a decision someone reviews.
 */
const notInterfaceText: { file: string; text: RegExp; why: string }[] = [
  ...qaCitations(),
  {
    file: 'shared/qa/rules/eu-principle.ts',
    text: /^(be|become) (aware|familiar)$/,
    why: 'vague verbs of English learning outcomes: data the rule matches statements against, not words shown (outcomes in other languages are not checked for them yet)',
  },
  ...['eu-council-2022', 'pathway-structure', 'uk-qaa-2022'].map((profile) => ({
    file: `shared/qa/profiles/${profile}.ts`,
    text: /^(EU Council Recommendation on micro-credentials \(2022\)|Pathway structure|UK QAA micro-credentials \(2022\))$/,
    why: 'a shipped profile’s title as its data and exported file hold it; people read qa.profile.<id>',
  })),
  {
    file: 'shared/qa/profiles/institution-example.ts',
    text: /^(Example institution: |School of Education |policy \d\.\d: |the house style )/,
    why: 'example content an institution writes in its own words and language (title, source, reasons), copied into a workspace to start its own profile; its title is shown as qa.profile.institution-example',
  },
];

/** Where QA rules and profiles come from: titles and clauses of published texts (shared/qa/sources.ts). */
function qaCitations() {
  const why = 'published title/clause of the source text, cited as published';
  const clause =
    /^(Annex I{1,2}, |(Admissions and access|Course design|Credit and level|Quality management|Stackability): |Learning outcomes and skills$|1 (ECTS )?credit = )/;
  const rules = [
    'admission',
    'course-design',
    'credit-and-level',
    'eu-mandatory-element',
    'eu-optional-element',
    'eu-principle',
    'learning-outcomes',
    'pathway-structure',
    'quality-assurance',
    'stackability',
  ];
  return [
    ...rules.map((rule) => ({ file: `shared/qa/rules/${rule}.ts`, text: clause, why })),
    {
      file: 'shared/qa/sources.ts',
      text: /^(QAA Characteristics Statement: |Council Recommendation 2022\/C 243\/02 |ECTS Users’ Guide |Higher education credit framework for England )/,
      why,
    },
    { file: 'shared/qa/profiles/eu-council-2022.ts', text: /^16 June 2022, Annexes I and II$/, why },
  ];
}

const allowed = (literal: { file: string; text: string }) =>
  notInterfaceText.some((a) => literal.file === a.file && a.text.test(literal.text));

describe('every word a person reads comes from a catalogue', () => {
  it.each(['renderer/src', 'shared'])('%s holds no user-visible literal string', (folder) => {
    const found = literalsUnder(join(root, folder), root)
      .filter((l) => !allowed(l))
      .map((l) => `${l.file}:${l.line} ${l.where} ${JSON.stringify(l.text)}`);
    expect(found).toEqual([]);
  });
});
