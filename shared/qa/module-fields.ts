import { fieldLabelKey, type ModuleFieldSpec, moduleFieldTable, valueAt } from '../fields';
import type { Module } from '../schemas/module';

/** The kinds of value an institutional rule can check (a reference names an id: no rule is about it). */
export type FieldKind = 'text' | 'number' | 'choice' | 'boolean' | 'list';

type RuleField = Extract<ModuleFieldSpec, { kind: FieldKind }>;
/** A field that changes with saves and review steps says nothing about the design a rule could check. */
type DesignField = Exclude<RuleField, { volatile: true }>;

export type ModuleFieldPath = DesignField['path'];

const ruleKinds: ReadonlySet<string> = new Set<FieldKind>(['text', 'number', 'choice', 'boolean', 'list']);

/**
 * The module fields an institutional rule can name, a view of the field table: the path the module form
 * uses, what kind of value it holds (which decides the rule kinds that apply) and its label's key.
 */
export const moduleFields = Object.fromEntries(
  moduleFieldTable
    .filter((f): f is DesignField => ruleKinds.has(f.kind) && !('volatile' in f))
    .map((f) => [f.path, { kind: f.kind, labelKey: fieldLabelKey('module', f.path) }]),
) as Readonly<Record<ModuleFieldPath, { kind: FieldKind; labelKey: string }>>;

export function isModuleFieldPath(path: string): path is ModuleFieldPath {
  return Object.hasOwn(moduleFields, path);
}

/** The value at a field path, or undefined when the path (or an object on the way) is absent. */
export function fieldValue(module: Module, path: ModuleFieldPath): unknown {
  return valueAt(module, path);
}

/** Missing, blank text or an empty list: what "field required" refuses. */
export function isEmptyValue(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.length === 0;
  return false;
}
