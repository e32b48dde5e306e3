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
      .number({ error: 'module.credit.value' })
      .min(0, 'module.credit.value')
      .max(1000, 'module.credit.value'),
    system: oneOf('module.credit.system', creditSystems),
  },
  { error: 'credit-incomplete' },
);

export const Level = z.object(
  {
    framework: oneOf('module.level.framework', levelFrameworks),
    value: wholeNumber('module.level.value', 1, 12),
    /** The national framework's name when framework is NQF (e.g. "FHEQ", "NFQ Ukraine"). */
    scheme: optionalText('module.level.scheme', 120),
  },
  { error: 'level-incomplete' },
);

export const LearningOutcome = z.object({
  id: Id,
  statement: requiredText('module.learningOutcomes.statement', 1000),
});

export const SkillAlignment = z.object({
  id: Id,
  framework: oneOf('module.skills.framework', skillFrameworks),
  code: optionalText('module.skills.code', 120),
  name: requiredText('module.skills.name', 300),
  url: WebAddress.optional(),
});

export const EvidenceRequirement = z.object({
  id: Id,
  kind: oneOf('module.evidenceRequirements.kind', evidenceKinds),
  description: optionalText('module.evidenceRequirements.description', 2000),
  /** The learning outcomes this evidence demonstrates. */
  outcomeIds: listOf(Id),
});

export const Assessment = z.object({
  type: oneOf('module.assessment.type', assessmentTypes).optional(),
  description: optionalText('module.assessment.description'),
  graded: z.boolean({ error: 'module.assessment.graded' }).default(false),
  supervision: oneOf('module.assessment.supervision', supervisionModes).optional(),
  identityVerification: oneOf('module.assessment.identityVerification', identityChecks).optional(),
});

export const Admission = z.object({
  requirements: optionalText('module.admission.requirements'),
  recognitionOfPriorLearning: optionalText('module.admission.recognitionOfPriorLearning'),
});

export const QaMechanism = z.object({
  type: oneOf('module.qaMechanism.type', qaTypes).optional(),
  description: optionalText('module.qaMechanism.description'),
});

export const Certification = z.object({
  description: optionalText('module.certification.description'),
});

/** A module: one micro-credential unit, with every element the QAA and EU frameworks name. */
export const Module = z.object({
  id: Id,
  code: requiredText('module.code', 40).regex(/^[\p{L}\p{N}][\p{L}\p{N}._-]*$/u, 'module-code-format'),
  title: requiredText('module.title', 200),
  summary: optionalText('module.summary'),
  language: z
    .string({ error: 'module.language' })
    .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'language-tag')
    .default('en'),
  category: oneOf('module.category', moduleCategories).optional(),
  level: Level.optional(),
  credit: Credit.optional(),
  /** EU Annex I notional workload, in hours. */
  notionalHours: wholeNumber('module.notionalHours', 0, 100000).optional(),
  deliveryMode: oneOf('module.deliveryMode', deliveryModes).optional(),
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
    .string({ error: 'module.version' })
    .regex(/^\d+\.\d+(\.\d+)?$/, 'version-format')
    .default('1.0.0'),
  status: oneOf('module.status', designStatuses).default('draft'),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
});

export type Module = z.output<typeof Module>;
export type ModuleInput = z.input<typeof Module>;
export type Credit = z.output<typeof Credit>;
export type Level = z.output<typeof Level>;
