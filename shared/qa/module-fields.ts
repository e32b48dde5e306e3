import type { Module } from '../schemas/module';

export type FieldKind = 'text' | 'number' | 'choice' | 'boolean' | 'list';

/**
 * The module fields an institutional rule can name: the path the module form uses, the label it shows
 * and what kind of value it holds (which decides the rule kinds that apply).
 */
export const moduleFields = {
  code: { label: 'Code', kind: 'text' },
  title: { label: 'Title', kind: 'text' },
  summary: { label: 'Summary', kind: 'text' },
  language: { label: 'Language', kind: 'text' },
  category: { label: 'Category', kind: 'choice' },
  'level.framework': { label: 'Level framework', kind: 'choice' },
  'level.value': { label: 'Level', kind: 'number' },
  'level.scheme': { label: 'National framework', kind: 'text' },
  'credit.value': { label: 'Credit value', kind: 'number' },
  'credit.system': { label: 'Credit system', kind: 'choice' },
  notionalHours: { label: 'Notional hours', kind: 'number' },
  deliveryMode: { label: 'Delivery mode', kind: 'choice' },
  learningOutcomes: { label: 'Learning outcomes', kind: 'list' },
  skills: { label: 'Skills', kind: 'list' },
  'assessment.type': { label: 'Assessment type', kind: 'choice' },
  'assessment.description': { label: 'Assessment description', kind: 'text' },
  'assessment.graded': { label: 'Graded', kind: 'boolean' },
  'assessment.supervision': { label: 'Supervision during assessment', kind: 'choice' },
  'assessment.identityVerification': { label: 'Identity verification', kind: 'choice' },
  evidenceRequirements: { label: 'Evidence requirements', kind: 'list' },
  'admission.requirements': { label: 'Admission requirements', kind: 'text' },
  'admission.recognitionOfPriorLearning': { label: 'Recognition of prior learning', kind: 'text' },
  'qaMechanism.type': { label: 'Quality assurance type', kind: 'choice' },
  'qaMechanism.description': { label: 'Quality assurance mechanism', kind: 'text' },
  'certification.description': { label: 'Certification', kind: 'text' },
  version: { label: 'Version', kind: 'text' },
} as const satisfies Record<string, { label: string; kind: FieldKind }>;

export type ModuleFieldPath = keyof typeof moduleFields;

export function isModuleFieldPath(path: string): path is ModuleFieldPath {
  return Object.hasOwn(moduleFields, path);
}

/** The value at a field path, or undefined when the path (or an object on the way) is absent. */
export function fieldValue(module: Module, path: ModuleFieldPath): unknown {
  let value: unknown = module;
  for (const key of path.split('.')) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

/** Missing, blank text or an empty list: what "field required" refuses. */
export function isEmptyValue(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.length === 0;
  return false;
}
