import { z } from 'zod';
import {
  Id,
  IsoDateTime,
  listOf,
  oneOf,
  optionalText,
  requiredText,
  WebAddress,
  wholeNumber,
} from './fields';

/** The seed categories of educator micro-credentials (DOMAIN.md). */
export const moduleCategories = [
  'digital-teaching-tools',
  'inclusive-education',
  'instructional-design',
  'assessment',
  'social-emotional-learning',
  'leadership-and-coaching',
  'stem-education',
  'data-literacy',
] as const;

/** ECTS credits, UK credits (1 credit = 10 notional hours), or notional hours alone. */
export const creditSystems = ['ECTS', 'UK', 'hours'] as const;
/** EQF: the European Qualifications Framework (levels 1–8); NQF: a national framework named in `scheme`. */
export const levelFrameworks = ['EQF', 'NQF'] as const;
/** EU Annex I "form of participation". */
export const deliveryModes = ['online', 'onsite', 'blended'] as const;
export const assessmentTypes = [
  'portfolio',
  'observation',
  'project',
  'practical-task',
  'written-exam',
  'oral-presentation',
  'reflective-account',
  'peer-review',
] as const;
/** Evidence an educator submits for review (the seeds' evidence-based assessment). */
export const evidenceKinds = [
  'lesson-plan',
  'video-recording',
  'student-work-samples',
  'audio-reflection',
  'photo',
  'written-reflection',
  'artefact',
] as const;
/** EU Annex I: supervision and identity verification during assessment. */
export const supervisionModes = ['none', 'supervised-online', 'supervised-onsite'] as const;
export const identityChecks = ['none', 'online', 'onsite'] as const;
/** EU Annex I "type of quality assurance used to underpin the micro-credential". */
export const qaTypes = ['internal', 'external', 'accreditation'] as const;
export const skillFrameworks = ['DigCompEdu', 'ESCO', 'CASE', 'other'] as const;
export const designStatuses = ['draft', 'in-review', 'changes-requested', 'approved', 'retired'] as const;

export const Credit = z.object(
  {
    value: z
      .number({ error: 'Credit value must be a number' })
      .min(0, 'Credit value must not be negative')
      .max(1000, 'Credit value must be at most 1000'),
    system: oneOf('Credit system', creditSystems),
  },
  { error: 'Credit must state a value and a system' },
);

export const Level = z.object(
  {
    framework: oneOf('Level framework', levelFrameworks),
    value: wholeNumber('Level', 1, 12),
    /** The national framework's name when framework is NQF (e.g. "FHEQ", "NFQ Ukraine"). */
    scheme: optionalText('Level scheme', 120),
  },
  { error: 'Level must state a framework and a value' },
);

export const LearningOutcome = z.object({
  id: Id,
  statement: requiredText('Learning outcome', 1000),
});

export const SkillAlignment = z.object({
  id: Id,
  framework: oneOf('Skills framework', skillFrameworks),
  code: optionalText('Skill code', 120),
  name: requiredText('Skill name', 300),
  url: WebAddress.optional(),
});

export const EvidenceRequirement = z.object({
  id: Id,
  kind: oneOf('Evidence kind', evidenceKinds),
  description: optionalText('Evidence description', 2000),
  /** The learning outcomes this evidence demonstrates. */
  outcomeIds: listOf(Id),
});

export const Assessment = z.object({
  type: oneOf('Assessment type', assessmentTypes).optional(),
  description: optionalText('Assessment description'),
  graded: z.boolean({ error: 'Graded must be yes or no' }).default(false),
  supervision: oneOf('Supervision', supervisionModes).optional(),
  identityVerification: oneOf('Identity verification', identityChecks).optional(),
});

export const Admission = z.object({
  requirements: optionalText('Admission requirements'),
  recognitionOfPriorLearning: optionalText('Recognition of prior learning'),
});

export const QaMechanism = z.object({
  type: oneOf('Quality assurance type', qaTypes).optional(),
  description: optionalText('Quality assurance mechanism'),
});

export const Certification = z.object({
  description: optionalText('Certification'),
});

/** A module: one micro-credential unit, with every element the QAA and EU frameworks name. */
export const Module = z.object({
  id: Id,
  code: requiredText('Code', 40).regex(
    /^[\p{L}\p{N}][\p{L}\p{N}._-]*$/u,
    'Code may use letters, digits, dot, dash and underscore, starting with a letter or digit',
  ),
  title: requiredText('Title', 200),
  summary: optionalText('Summary'),
  language: z
    .string({ error: 'Language must be text' })
    .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'Language must be a language tag such as en, uk or kk')
    .default('en'),
  category: oneOf('Category', moduleCategories).optional(),
  level: Level.optional(),
  credit: Credit.optional(),
  /** EU Annex I notional workload, in hours. */
  notionalHours: wholeNumber('Notional hours', 0, 100000).optional(),
  deliveryMode: oneOf('Delivery mode', deliveryModes).optional(),
  learningOutcomes: listOf(LearningOutcome),
  skills: listOf(SkillAlignment),
  assessment: Assessment.prefault({}),
  evidenceRequirements: listOf(EvidenceRequirement),
  admission: Admission.prefault({}),
  qaMechanism: QaMechanism.prefault({}),
  certification: Certification.prefault({}),
  /** The issuer profile that awards it; the workspace's first issuer when absent. */
  issuerId: Id.optional(),
  version: z
    .string({ error: 'Version must be text' })
    .regex(/^\d+\.\d+(\.\d+)?$/, 'Version must look like 1.0 or 1.0.0')
    .default('1.0.0'),
  status: oneOf('Status', designStatuses).default('draft'),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
});

export type Module = z.output<typeof Module>;
export type ModuleInput = z.input<typeof Module>;
export type Credit = z.output<typeof Credit>;
export type Level = z.output<typeof Level>;
