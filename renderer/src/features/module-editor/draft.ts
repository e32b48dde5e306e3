import type {
  assessmentTypes,
  creditSystems,
  deliveryModes,
  designStatuses,
  evidenceKinds,
  identityChecks,
  levelFrameworks,
  Module,
  ModuleInput,
  moduleCategories,
  qaTypes,
  skillFrameworks,
  supervisionModes,
} from '@shared/schemas/module';

type OneOf<T extends readonly string[]> = T[number];
type Optional<T extends readonly string[]> = OneOf<T> | '';

/** A module as the form holds it: numbers as the text typed, optional choices as ''. */
export interface ModuleDraft {
  id: string;
  issuerId: string | undefined;
  code: string;
  title: string;
  summary: string;
  language: string;
  category: Optional<typeof moduleCategories>;
  status: OneOf<typeof designStatuses>;
  version: string;
  creditValue: string;
  creditSystem: OneOf<typeof creditSystems>;
  notionalHours: string;
  levelFramework: Optional<typeof levelFrameworks>;
  levelValue: string;
  levelScheme: string;
  deliveryMode: Optional<typeof deliveryModes>;
  assessmentType: Optional<typeof assessmentTypes>;
  assessmentDescription: string;
  graded: boolean;
  supervision: Optional<typeof supervisionModes>;
  identityVerification: Optional<typeof identityChecks>;
  learningOutcomes: { id: string; statement: string }[];
  evidenceRequirements: {
    id: string;
    kind: OneOf<typeof evidenceKinds>;
    description: string;
    outcomeIds: string[];
  }[];
  skills: { id: string; framework: OneOf<typeof skillFrameworks>; code: string; name: string; url: string }[];
  admissionRequirements: string;
  recognitionOfPriorLearning: string;
  qaType: Optional<typeof qaTypes>;
  qaDescription: string;
  certification: string;
  createdAt: string;
  updatedAt: string;
}

const text = (n: number | undefined) => (n === undefined ? '' : String(n));
/** '' means "not stated"; anything else must read as a number (NaN lets the schema say it is not one). */
const number = (s: string) => (s.trim() === '' ? undefined : Number(s));
const choice = <T extends string>(value: T | '') => (value === '' ? undefined : value);

export function toDraft(module: Module): ModuleDraft {
  return {
    id: module.id,
    issuerId: module.issuerId,
    code: module.code,
    title: module.title,
    summary: module.summary,
    language: module.language,
    category: module.category ?? '',
    status: module.status,
    version: module.version,
    creditValue: text(module.credit?.value),
    creditSystem: module.credit?.system ?? 'ECTS',
    notionalHours: text(module.notionalHours),
    levelFramework: module.level?.framework ?? '',
    levelValue: text(module.level?.value),
    levelScheme: module.level?.scheme ?? '',
    deliveryMode: module.deliveryMode ?? '',
    assessmentType: module.assessment.type ?? '',
    assessmentDescription: module.assessment.description,
    graded: module.assessment.graded,
    supervision: module.assessment.supervision ?? '',
    identityVerification: module.assessment.identityVerification ?? '',
    learningOutcomes: module.learningOutcomes.map((o) => ({ ...o })),
    evidenceRequirements: module.evidenceRequirements.map((e) => ({ ...e, outcomeIds: [...e.outcomeIds] })),
    skills: module.skills.map((s) => ({ ...s, url: s.url ?? '' })),
    admissionRequirements: module.admission.requirements,
    recognitionOfPriorLearning: module.admission.recognitionOfPriorLearning,
    qaType: module.qaMechanism.type ?? '',
    qaDescription: module.qaMechanism.description,
    certification: module.certification.description,
    createdAt: module.createdAt,
    updatedAt: module.updatedAt,
  };
}

/** The module the draft describes, for the shared schema to validate. */
export function fromDraft(d: ModuleDraft): ModuleInput {
  const creditValue = number(d.creditValue);
  const levelFramework = choice(d.levelFramework);
  return {
    id: d.id,
    ...(d.issuerId !== undefined && { issuerId: d.issuerId }),
    code: d.code,
    title: d.title,
    summary: d.summary,
    language: d.language,
    category: choice(d.category),
    status: d.status,
    version: d.version,
    credit: creditValue === undefined ? undefined : { value: creditValue, system: d.creditSystem },
    notionalHours: number(d.notionalHours),
    level:
      levelFramework === undefined
        ? undefined
        : { framework: levelFramework, value: number(d.levelValue) as number, scheme: d.levelScheme },
    deliveryMode: choice(d.deliveryMode),
    learningOutcomes: d.learningOutcomes,
    evidenceRequirements: d.evidenceRequirements,
    skills: d.skills.map(({ url, ...rest }) => ({ ...rest, ...(url.trim() !== '' && { url: url.trim() }) })),
    assessment: {
      type: choice(d.assessmentType),
      description: d.assessmentDescription,
      graded: d.graded,
      supervision: choice(d.supervision),
      identityVerification: choice(d.identityVerification),
    },
    admission: {
      requirements: d.admissionRequirements,
      recognitionOfPriorLearning: d.recognitionOfPriorLearning,
    },
    qaMechanism: { type: choice(d.qaType), description: d.qaDescription },
    certification: { description: d.certification },
    createdAt: d.createdAt,
    updatedAt: d.updatedAt,
  };
}
