import type { severities } from '../schemas/review';

/**
 * The programme specification as content without layout: what a committee reads, in reading order.
 * The PDF renderer turns it into pages; another renderer (HTML, DOCX) could use it unchanged.
 */
export interface Specification {
  metadata: SpecMetadata;
  cover: SpecCover;
  /** In reading order; each becomes a contents entry and a bookmark, subsections nested below it. */
  sections: SpecSection[];
}

export interface SpecMetadata {
  title: string;
  author: string;
  subject: string;
  keywords: string[];
  /** ISO 8601; when the specification was produced. */
  createdAt: string;
  /** Shown in every page header beside the title. */
  version: string;
}

export interface SpecCover {
  /** "Programme specification" or similar, above the title. */
  kicker: string;
  awardTitle: string;
  pathwayTitle: string;
  issuer: string;
  facts: SpecFact[];
  /** The approval status in one line, e.g. "Approved on 2026-11-20" or "Draft: not yet approved". */
  approval: ApprovalStatus;
}

export interface ApprovalStatus {
  state: 'approved' | 'approved-earlier-version' | 'in-review' | 'changes-requested' | 'draft' | 'retired';
  label: string;
  /** YYYY-MM-DD of the decision the label rests on, when there is one. */
  date: string | null;
}

export interface SpecSection {
  /** Stable within one specification; used for links and bookmarks. */
  id: string;
  title: string;
  blocks: SpecBlock[];
  subsections: SpecSection[];
}

/** A label and its value; null means the design does not state it (shown as such, not hidden). */
export interface SpecFact {
  label: string;
  value: string | null;
}

export interface SpecTable {
  columns: SpecColumn[];
  rows: SpecRow[];
  /** Shown instead of an empty table. */
  emptyText: string;
}

export interface SpecColumn {
  title: string;
  /** Relative width. */
  weight: number;
  align?: 'left' | 'center';
}

export interface SpecRow {
  cells: string[];
  /** 'attention' marks a row a committee should look at (an error finding, an unassessed outcome). */
  tone?: 'attention';
}

export type SpecBlock =
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'facts'; facts: SpecFact[] }
  | { kind: 'list'; items: { label: string; text: string }[]; emptyText: string }
  | { kind: 'table'; table: SpecTable }
  | { kind: 'diagram'; diagram: PathwayDiagram };

/** The pathway drawn as stages (columns) of module boxes, choice groups and prerequisite arrows. */
export interface PathwayDiagram {
  stages: DiagramStage[];
  /** Prerequisites between modules drawn in the diagram: `before` must be completed before `after`. */
  edges: { before: string; after: string }[];
}

export interface DiagramStage {
  id: string;
  title: string;
  /** e.g. "20–25 ECTS" for the stage. */
  creditLabel: string;
  items: DiagramItem[];
}

export type DiagramItem =
  | { kind: 'module'; box: DiagramBox }
  | { kind: 'choice'; id: string; title: string; ruleLabel: string; boxes: DiagramBox[] };

export interface DiagramBox {
  moduleId: string;
  code: string;
  title: string;
  creditLabel: string;
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
  findings: { severity: Severity; targetLabel: string; message: string }[];
}
