import { languages } from '../i18n/languages';
import { creditSystems, designStatuses, levelFrameworks } from '../schemas/module';
import { awardTypes } from '../schemas/pathway';
import type { FieldSpec } from './types';

/**
 * Every field of a pathway and of the award it leads to (shared/schemas/pathway.ts), in the order its
 * inspector shows them. Its stages are not fields: the board is where they are laid out, and a finding
 * about a stage or a choice group names it by id.
 */
export const pathwayFieldTable = [
  { path: 'title', section: 'pathway', kind: 'text', required: true },
  {
    path: 'description',
    section: 'pathway',
    kind: 'text',
    multiline: true,
    frameworks: { openBadges: 'description' },
  },
  {
    path: 'language',
    section: 'pathway',
    kind: 'choice',
    values: languages,
    vocabulary: 'language',
    help: true,
  },
  { path: 'version', section: 'pathway', kind: 'text', help: true, frameworks: { openBadges: 'version' } },
  {
    path: 'status',
    section: 'pathway',
    kind: 'choice',
    values: designStatuses,
    vocabulary: 'designStatus',
    required: true,
    initial: 'draft',
    setByReview: true,
    volatile: true,
  },
  {
    path: 'award.title',
    section: 'award',
    kind: 'text',
    required: true,
    frameworks: { openBadges: 'name' },
  },
  {
    path: 'award.type',
    section: 'award',
    kind: 'choice',
    values: awardTypes,
    vocabulary: 'awardType',
    required: true,
    initial: 'certificate',
    frameworks: { openBadges: 'achievementType' },
  },
  {
    path: 'award.credit.value',
    section: 'award',
    kind: 'number',
    statesGroup: true,
    frameworks: { qaa: 'credit-and-level', openBadges: 'creditsAvailable' },
  },
  {
    path: 'award.credit.system',
    section: 'award',
    kind: 'choice',
    values: creditSystems,
    vocabulary: 'creditSystem',
    required: true,
    initial: 'ECTS',
    frameworks: { qaa: 'credit-and-level' },
  },
  {
    path: 'award.level.framework',
    section: 'award',
    kind: 'choice',
    values: levelFrameworks,
    vocabulary: 'levelFramework',
    statesGroup: true,
    frameworks: { euAnnexI: 'h', qaa: 'credit-and-level' },
  },
  {
    path: 'award.level.value',
    section: 'award',
    kind: 'number',
    frameworks: { euAnnexI: 'h', qaa: 'credit-and-level' },
  },
  {
    path: 'award.level.scheme',
    section: 'award',
    kind: 'text',
    help: true,
    frameworks: { euAnnexI: 'h', qaa: 'credit-and-level' },
  },
  {
    path: 'prerequisites',
    section: 'prerequisites',
    kind: 'list',
    frameworks: { euAnnexI: 'stackability', qaa: 'stackability' },
  },
] as const satisfies readonly FieldSpec[];

/** A choice group's fields: "choose N of the modules it holds", and its title. */
export const groupFieldTable = [
  { path: 'title', kind: 'text' },
  { path: 'choose', kind: 'number', required: true, help: true, frameworks: { qaa: 'stackability' } },
] as const satisfies readonly FieldSpec[];

export type PathwayField = (typeof pathwayFieldTable)[number]['path'];
export type GroupField = (typeof groupFieldTable)[number]['path'];
