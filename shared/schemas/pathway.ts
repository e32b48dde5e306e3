import { z } from 'zod';
import { languages } from '../i18n/languages';
import { Id, IsoDateTime, listOf, oneOf, optionalText, requiredText, wholeNumber } from './fields';
import { Credit, designStatuses, Level } from './module';

export const awardTypes = ['certificate', 'stacked-award', 'diploma', 'badge'] as const;

/** The destination credential a pathway leads to. */
export const Award = z.object({
  title: requiredText('pathway.award.title', 200),
  type: oneOf('pathway.award.type', awardTypes).default('certificate'),
  credit: Credit.optional(),
  level: Level.optional(),
});

export const ModuleRef = z.object({
  kind: z.literal('module'),
  moduleId: Id,
});

/** "Choose N of these M": a learner completes `choose` of the listed modules. */
export const ChoiceGroup = z.object({
  kind: z.literal('choice'),
  id: Id,
  title: optionalText('group.title', 200),
  choose: wholeNumber('group.choose', 1, 100),
  moduleIds: listOf(Id),
});

export const StageItem = z.discriminatedUnion('kind', [ModuleRef, ChoiceGroup], {
  error: 'stage-item-kind',
});

/** A stage: one column of the pathway (a level or a term), in order. */
export const Stage = z.object({
  id: Id,
  title: requiredText('stage.title', 120),
  items: listOf(StageItem),
});

/** "before" must be completed before "after". */
export const Prerequisite = z.object({
  before: Id,
  after: Id,
});

/** A pathway: a stack of modules leading to a larger award. */
export const Pathway = z.object({
  id: Id,
  title: requiredText('pathway.title', 200),
  description: optionalText('pathway.description'),
  award: Award,
  stages: listOf(Stage),
  prerequisites: listOf(Prerequisite),
  version: z
    .string({ error: 'pathway.version' })
    .regex(/^\d+\.\d+(\.\d+)?$/, 'version-format')
    .default('1.0.0'),
  status: oneOf('pathway.status', designStatuses).default('draft'),
  /** The language its documents (PDF specification, package) are written in; the workspace's when absent. */
  language: oneOf('pathway.language', languages).optional(),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
});

export type Pathway = z.output<typeof Pathway>;
export type Stage = z.output<typeof Stage>;
export type StageItem = z.output<typeof StageItem>;
