/** The things whose fields the table describes; `fields.<entity>.<path>` names a field's words. */
export type FieldEntity = 'module' | 'pathway' | 'group' | 'issuer';

/**
 * What a field holds: it decides the input a form shows and which institutional rules apply to it.
 * A reference names another thing of the workspace by its id (a module's issuer, an evidence's outcomes).
 */
export type FieldKind = 'text' | 'number' | 'choice' | 'boolean' | 'list' | 'reference';

/** The vocabularies of coded values, worded in `values.json` (`values.<vocabulary>.<value>`). */
export type ValueVocabulary =
  | 'category'
  | 'creditSystem'
  | 'levelFramework'
  | 'deliveryMode'
  | 'assessmentType'
  | 'evidenceKind'
  | 'supervisionMode'
  | 'identityCheck'
  | 'qaType'
  | 'skillFramework'
  | 'designStatus'
  | 'awardType';

/**
 * An element of Annex I of the EU Council Recommendation on micro-credentials (2022): a mandatory element
 * by its letter ((b) title, (c) country of the issuer, (d) awarding body, (f) learning outcomes,
 * (g) notional workload, (h) level, (i) type of assessment, (j) form of participation, (k) type of
 * quality assurance), or one of the optional elements by name.
 */
export type EuAnnexElement =
  | 'b'
  | 'c'
  | 'd'
  | 'f'
  | 'g'
  | 'h'
  | 'i'
  | 'j'
  | 'k'
  | 'prerequisites'
  | 'supervision-and-identity-verification'
  | 'grade'
  | 'stackability';

/** A characteristic of the UK QAA Characteristics Statement: Micro-credentials (2022). */
export type QaaCharacteristic =
  | 'admission'
  | 'course-design'
  | 'learning-outcomes'
  | 'credit-and-level'
  | 'certification'
  | 'quality-assurance'
  | 'stackability';

/** Where the frameworks Stackwise checks against and exports to name the field. */
export interface FieldFrameworks {
  euAnnexI?: EuAnnexElement;
  qaa?: QaaCharacteristic;
  /** The Open Badges 3.0 property the badge definition states it in (Achievement, or Profile for an issuer). */
  openBadges?: string;
}

/**
 * One field of an entity, described once: forms, QA targets, review comments, institutional rules and
 * refusals derive from it. Its label is `fields.<entity>.<path>`, its help `fields.<entity>.<path>.help`.
 */
export interface FieldSpec {
  /** The path the schema and the forms use: 'credit.value'; an item field's path is relative to its item. */
  path: string;
  kind: FieldKind;
  /** The part of its entity's form it is shown in, in the table's order ('identity', 'award'…). */
  section?: string;
  /** Text: written over several lines. */
  multiline?: true;
  /** The form offers no blank: text must be typed, a choice has no "not set". */
  required?: true;
  /** A choice's coded values, and the vocabulary they are worded from. */
  values?: readonly string[];
  vocabulary?: ValueVocabulary | 'language';
  /** The value a form starts from when the entity states none (a choice's first pick). */
  initial?: string;
  /** A reference: what it names, and whether it names several (the outcomes an evidence demonstrates). */
  references?: 'issuer' | 'outcome';
  many?: true;
  /** The object holding this field (credit, level) is stated only when it is: blank leaves the object out. */
  statesGroup?: true;
  /** Blank text is no value at all (a web address, an email), not an empty one. */
  absentWhenBlank?: true;
  /** The field has help words (`.help`) that a form shows under it. */
  help?: true;
  /** The review workflow sets it: a form shows it and does not edit it. */
  setByReview?: true;
  /** It changes with saves and review steps, not with the design: no rule or comment is about it. */
  volatile?: true;
  /** A list of objects: the fields of each item. */
  items?: readonly FieldSpec[];
  frameworks?: FieldFrameworks;
}
