import type { z } from 'zod';
import type { Credit, Level, Module } from '../schemas/module';
import type { Pathway } from '../schemas/pathway';
import type { severities } from '../schemas/review';
import type { Workspace } from '../schemas/workspace';
import type { CharacteristicId } from './characteristics';
import type { Citation } from './sources';

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

/** The credit a pathway adds up to: one amount, or a span when its choice groups differ. */
export interface CreditRange {
  minimum: number;
  maximum: number;
  system: Credit['system'];
}

/**
 * One piece of data a finding's words are made from: a number, an id or a code, a title the designer gave,
 * a list of codes or names, an amount of credit or a level. Never words: the catalogue words every one
 * (resources/locales/findings.ts), enum values such as a credit system included.
 */
export type FindingParam = string | number | readonly string[] | Credit | CreditRange | Level;

export type FindingParams = Readonly<Record<string, FindingParam>>;

export interface Finding {
  ruleId: string;
  characteristic: CharacteristicId;
  severity: Severity;
  target: Target;
  /** What is wrong, stably: the rule id and a variant ('credit.pathway-total.below-award'). */
  code: string;
  /** The data its words need; the catalogue's `findings.<code>` says what is wrong and how to fix it. */
  params: FindingParams;
}

/** What a check yields; the engine adds the rule, its characteristic and the severity the profile sets. */
export interface Issue<C extends string = string> {
  target: Target;
  code: C;
  params: FindingParams;
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

interface RuleBase<P extends z.ZodType, C extends string> {
  /** Stable, dotted: 'credit.pathway-total'. Profiles refer to rules by it; its title is `qa.rule.<id>`. */
  id: string;
  characteristic: CharacteristicId;
  /**
   * The clauses of published texts the rule comes from, or 'profile': an institution's own rule, whose
   * profile names its source and each rule's reason.
   */
  source: readonly Citation[] | 'profile';
  defaultSeverity: Severity;
  /** Parameters with their defaults; a profile's params are checked against it when it is loaded. */
  params: P;
  /** Every code `check` can yield, so a test can find each one's words without provoking it. */
  codes: readonly C[];
}

export interface ModuleRule<P extends z.ZodType = z.ZodType, C extends string = string>
  extends RuleBase<P, C> {
  scope: 'module';
  check(context: ModuleContext, params: z.output<P>): Iterable<Issue<NoInfer<C>>>;
}

export interface PathwayRule<P extends z.ZodType = z.ZodType, C extends string = string>
  extends RuleBase<P, C> {
  scope: 'pathway';
  check(context: PathwayContext, params: z.output<P>): Iterable<Issue<NoInfer<C>>>;
}

export type Rule = ModuleRule | PathwayRule;

/** Declares a rule about one module, typing `check`'s params from the schema and its codes from `codes`. */
export function moduleRule<P extends z.ZodType, const C extends string>(
  rule: Omit<ModuleRule<P, C>, 'scope'>,
): ModuleRule<P, C> {
  return { ...rule, scope: 'module' };
}

/** Declares a rule about one pathway, typing `check`'s params from the schema and its codes from `codes`. */
export function pathwayRule<P extends z.ZodType, const C extends string>(
  rule: Omit<PathwayRule<P, C>, 'scope'>,
): PathwayRule<P, C> {
  return { ...rule, scope: 'pathway' };
}
