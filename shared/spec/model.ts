import type { MessageKey } from '@locales/messages';
import type { Vocabulary } from '@locales/values';
import type { Language } from '../i18n/languages';
import type { Credit } from '../schemas/module';
import type { severities } from '../schemas/review';

/** A message of the specification's catalogue (resources/locales/<language>/spec.json). */
export type SpecKey = Extract<MessageKey, `spec.${string}`>;

/** A catalogue message and the values that fill its placeholders. */
export interface Phrase {
  key: SpecKey;
  values?: Record<string, Words | number>;
}

/**
 * Words on the page before they are put in a language: the design's own text as written (a string),
 * or something the document's catalogue and Intl word (a message, a list, a date, a coded value).
 */
export type Words =
  | string
  | Phrase
  /** 'and' in the language's words; 'comma', 'sum' (+) and 'lines' join with punctuation only. */
  | { list: Words[]; style?: 'and' | 'comma' | 'sum' | 'lines' }
  /** YYYY-MM-DD: 'long' in sentences, 'medium' in table cells. */
  | { date: string; style: 'long' | 'medium' }
  /** A schema's coded value (values.json): { coded: 'deliveryMode', value: 'blended' }. */
  | { coded: Vocabulary; value: string }
  | { credit: Credit['value']; system: Credit['system'] }
  /** A language tag or an ISO 3166 country code, by its name and the code. */
  | { language: string }
  | { region: string };

/**
 * The programme specification as content without layout: what a committee reads, in reading order.
 * `W` is the kind of text: `Words` as built, `string` once put in the document's language. The PDF
 * renderer turns it into pages; another renderer (HTML, DOCX) could use it unchanged.
 */
export interface Specification<W = Words> {
  /** The language the document is written in: the pathway's, unless the caller chose another. */
  language: Language;
  metadata: SpecMetadata<W>;
  cover: SpecCover<W>;
  /** In reading order; each becomes a contents entry and a bookmark, subsections nested below it. */
  sections: SpecSection<W>[];
}

export interface SpecMetadata<W = Words> {
  title: W;
  author: W;
  subject: W;
  keywords: W[];
  /** ISO 8601; when the specification was produced. */
  createdAt: string;
  /** Shown in every page header beside the title. */
  version: string;
}

export interface SpecCover<W = Words> {
  /** "Programme specification" or similar, above the title. */
  kicker: W;
  awardTitle: string;
  pathwayTitle: string;
  issuer: W;
  facts: SpecFact<W>[];
  approval: ApprovalStatus<W>;
}

export interface ApprovalStatus<W = Words> {
  state: 'approved' | 'approved-earlier-version' | 'in-review' | 'changes-requested' | 'draft' | 'retired';
  /** The approval status in one line, e.g. "Approved on 20 November 2026 by …" or "Draft: not yet approved". */
  label: W;
  /** YYYY-MM-DD of the decision the label rests on, when there is one. */
  date: string | null;
}

export interface SpecSection<W = Words> {
  /** Stable within one specification; used for links and bookmarks. */
  id: string;
  title: W;
  blocks: SpecBlock<W>[];
  subsections: SpecSection<W>[];
}

/** A label and its value; null means the design does not state it (shown as such, not hidden). */
export interface SpecFact<W = Words> {
  label: W;
  value: W | null;
}

export interface SpecTable<W = Words> {
  columns: SpecColumn<W>[];
  rows: SpecRow<W>[];
  /** Shown instead of an empty table. */
  emptyText: W;
}

export interface SpecColumn<W = Words> {
  title: W;
  /** Relative width. */
  weight: number;
  align?: 'left' | 'center';
}

export interface SpecRow<W = Words> {
  cells: W[];
  /** 'attention' marks a row a committee should look at (an error finding, an unassessed outcome). */
  tone?: 'attention';
}

export type SpecBlock<W = Words> =
  | { kind: 'heading'; text: W }
  | { kind: 'paragraph'; text: W }
  | { kind: 'facts'; facts: SpecFact<W>[] }
  | { kind: 'list'; items: { label: W; text: W }[]; emptyText: W }
  | { kind: 'table'; table: SpecTable<W> }
  | { kind: 'diagram'; diagram: PathwayDiagram<W> };

/** The pathway drawn as stages (columns) of module boxes, choice groups and prerequisite arrows. */
export interface PathwayDiagram<W = Words> {
  stages: DiagramStage<W>[];
  /** Prerequisites between modules drawn in the diagram: `before` must be completed before `after`. */
  edges: { before: string; after: string }[];
}

export interface DiagramStage<W = Words> {
  id: string;
  title: string;
  /** e.g. "20–25 ECTS" for the stage; null when its modules state no credit. */
  credit: W | null;
  items: DiagramItem<W>[];
}

export type DiagramItem<W = Words> =
  | { kind: 'module'; box: DiagramBox<W> }
  | { kind: 'choice'; id: string; title: string; rule: W; boxes: DiagramBox<W>[] };

export interface DiagramBox<W = Words> {
  moduleId: string;
  code: string;
  title: string;
  /** e.g. "5 ECTS"; null when the module states no credit. */
  credit: W | null;
}

export type Severity = (typeof severities)[number];

/**
 * What the QA engine found, as the appendix needs it. Defined here so the specification does not
 * depend on the engine's internals: the caller maps the engine's report onto it.
 */
export interface SpecQaInput {
  profiles: { title: string; version: string }[];
  /** One entry per QA characteristic (e.g. "Learning outcomes and skills"). */
  conformance: { title: string; passed: number; total: number }[];
  /** Open findings only. */
  findings: { severity: Severity; targetLabel: Words; message: Words }[];
}
