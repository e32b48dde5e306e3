import type { z } from 'zod';
import type { Module } from '../schemas/module';
import type { Pathway } from '../schemas/pathway';
import type { severities } from '../schemas/review';
import type { Workspace } from '../schemas/workspace';
import type { CharacteristicId } from './characteristics';

export type Severity = (typeof severities)[number];

/**
 * What a finding is about. `field` is the path the module form uses (e.g. 'credit.value',
 * 'learningOutcomes[2].statement'), or a pathway path such as 'award.credit.value', so a click can focus it.
 */
export interface Target {
  kind: 'workspace' | 'pathway' | 'module' | 'stage' | 'group';
  pathwayId?: string;
  moduleId?: string;
  stageId?: string;
  groupId?: string;
  field?: string;
}

export interface Finding {
  ruleId: string;
  characteristic: CharacteristicId;
  severity: Severity;
  target: Target;
  /** What is wrong and how to fix it. */
  message: string;
}

/** What a check yields; the engine adds the rule, its characteristic and the severity the profile sets. */
export interface Issue {
  target: Target;
  message: string;
}

/** A module rule runs once per module in scope: the pathway's modules, or every module of the workspace. */
export interface ModuleContext {
  workspace: Workspace;
  module: Module;
  /** The pathway being validated, when one is. */
  pathway?: Pathway;
}

/** A pathway rule runs once per pathway in scope. */
export interface PathwayContext {
  workspace: Workspace;
  pathway: Pathway;
}

interface RuleBase<P extends z.ZodType> {
  /** Stable, dotted: 'credit.pathway-total'. Profiles refer to rules by it. */
  id: string;
  characteristic: CharacteristicId;
  title: string;
  /** The clause the rule comes from. */
  source: string;
  defaultSeverity: Severity;
  /** Parameters with their defaults; a profile's params are checked against it when it is loaded. */
  params: P;
}

export interface ModuleRule<P extends z.ZodType = z.ZodType> extends RuleBase<P> {
  scope: 'module';
  check(context: ModuleContext, params: z.output<P>): Iterable<Issue>;
}

export interface PathwayRule<P extends z.ZodType = z.ZodType> extends RuleBase<P> {
  scope: 'pathway';
  check(context: PathwayContext, params: z.output<P>): Iterable<Issue>;
}

export type Rule = ModuleRule | PathwayRule;

/** Declares a rule about one module, typing `check`'s params from the schema. */
export function moduleRule<P extends z.ZodType>(rule: Omit<ModuleRule<P>, 'scope'>): ModuleRule<P> {
  return { ...rule, scope: 'module' };
}

/** Declares a rule about one pathway, typing `check`'s params from the schema. */
export function pathwayRule<P extends z.ZodType>(rule: Omit<PathwayRule<P>, 'scope'>): PathwayRule<P> {
  return { ...rule, scope: 'pathway' };
}
