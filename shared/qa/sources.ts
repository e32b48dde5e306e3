/**
 * The published texts QA rules and profiles cite, by id: each one's title as published, in the language it
 * is published in. A citation is quoted, never translated, so a reader can find the clause in the text.
 */
export const sourceDocuments = {
  'qaa-2022': 'QAA Characteristics Statement: Micro-credentials (2022)',
  'eu-2022': 'Council Recommendation 2022/C 243/02 on a European approach to micro-credentials',
  'ects-guide-2015': 'ECTS Users’ Guide (2015)',
  'uk-credit-framework-2021': 'Higher education credit framework for England (2021)',
} as const;

export type SourceDocument = keyof typeof sourceDocuments;

/** A clause of a published text, as the text words it ('Credit and level: …', 'Annex I, …'). */
export interface Citation {
  document: SourceDocument;
  clause: string;
}

/** Citations as a profile's source reference holds them: "title, clause; title, clause". */
export function citedAs(citations: readonly Citation[]): string {
  return citations.map((c) => `${sourceDocuments[c.document]}, ${c.clause}`).join('; ');
}
