import type { Credit, Module } from '../schemas/module';
import type { Pathway, Stage } from '../schemas/pathway';

/**
 * The one credit engine: conversions between credit systems, the credit a learner completes through a
 * pathway, and whether that meets the award. The board, QA, the programme specification, badges and the
 * command line call it, so they cannot disagree in front of a committee.
 */

export type CreditSystem = Credit['system'];

export interface Range {
  min: number;
  max: number;
}

/**
 * Factors between credit systems: 1 ECTS = 2 UK credits (QAA, "Higher education credit framework for
 * England"), 1 UK credit = 10 notional hours, 1 ECTS = 25 hours (ECTS Users' Guide: 25–30). QA profiles
 * may set each of them.
 */
export interface CreditConversion {
  hoursPerEcts: number;
  ukCreditsPerEcts: number;
  hoursPerUkCredit: number;
}

export const DEFAULT_CREDIT_CONVERSION: CreditConversion = {
  hoursPerEcts: 25,
  ukCreditsPerEcts: 2,
  hoursPerUkCredit: 10,
};

/**
 * Converts a credit value between systems. Direct factors, not chained through hours, because the
 * ECTS–UK equivalence is a convention of its own.
 */
export function convertCredit(
  value: number,
  from: CreditSystem,
  to: CreditSystem,
  conversion: Partial<CreditConversion> = {},
): number {
  const c = { ...DEFAULT_CREDIT_CONVERSION, ...conversion };
  const factor: Record<CreditSystem, Record<CreditSystem, number>> = {
    ECTS: { ECTS: 1, UK: c.ukCreditsPerEcts, hours: c.hoursPerEcts },
    UK: { ECTS: 1 / c.ukCreditsPerEcts, UK: 1, hours: c.hoursPerUkCredit },
    hours: { ECTS: 1 / c.hoursPerEcts, UK: 1 / c.hoursPerUkCredit, hours: 1 },
  };
  return value * factor[from][to];
}

/** Credit values such as 2.5 ECTS add up without floating-point noise (7.499999…). */
export const roundCredit = (value: number) => Math.round(value * 100) / 100;

/** What modules stating their credit in another system than the totals' contribute to a route. */
export interface ConvertedCredit {
  /** The system those modules state their credit in. */
  system: CreditSystem;
  /** Their credit as they state it: the least and the most any route through the pathway takes. */
  original: Range;
  /** The same in the totals' system (already inside `total`). */
  converted: Range;
}

/** What a learner completes: every required module, and the smallest or largest N of each choice group. */
export interface CreditTotals {
  /** The award's credit system (ECTS when it declares none); every amount but `original` is in it. */
  system: CreditSystem;
  /** The required modules alone. */
  required: number;
  /** The least and the most credit a route through the pathway carries. */
  total: Range;
  /**
   * One entry per other system the counted modules use, in board order. Each range is that system's own
   * least and most over the routes, so with choice groups the entries need not add up to `total`.
   */
  converted: ConvertedCredit[];
  /** Notional workload, from each module's notional hours. */
  hours: Range;
  /** Ids of counted modules that state no credit (their credit counts as zero), in board order. */
  missingCredit: string[];
}

/**
 * How a pathway's credit meets its award: `meets` when the declared value lies within the range a learner
 * can complete, `below` when even the largest route falls short, `above` when even the smallest exceeds
 * it, `unknown` when the award declares no credit.
 */
export type AwardVerdict = 'below' | 'meets' | 'above' | 'unknown';

export interface PathwayCredits extends CreditTotals {
  /** The award's declared credit value, in `system`. */
  declared?: number;
  verdict: AwardVerdict;
}

/** The "meets the award" rule, the only one: see AwardVerdict. */
export function awardVerdict(total: Range, declared: number | undefined): AwardVerdict {
  if (declared === undefined) return 'unknown';
  if (total.max < declared) return 'below';
  if (total.min > declared) return 'above';
  return 'meets';
}

/** The workspace's modules, as a list or already by id. */
export type ModulesOf = readonly Module[] | ReadonlyMap<string, Module>;

/** Where a learner chooses: `choose` of the listed modules count; a required module is a slot of one. */
interface Slot {
  moduleIds: readonly string[];
  /** The modules of `moduleIds`; undefined where the workspace holds no such module. */
  modules: (Module | undefined)[];
  choose: number;
  required: boolean;
}

function slotsOf(stages: readonly Stage[], modules: ModulesOf): Slot[] {
  const byId: ReadonlyMap<string, Module> =
    'get' in modules ? modules : new Map(modules.map((m) => [m.id, m]));
  return stages.flatMap((stage) =>
    stage.items.map((item) =>
      item.kind === 'module'
        ? { moduleIds: [item.moduleId], modules: [byId.get(item.moduleId)], choose: 1, required: true }
        : // A group asking for more modules than it lists can only be completed by taking them all.
          {
            moduleIds: item.moduleIds,
            modules: item.moduleIds.map((id) => byId.get(id)),
            choose: Math.min(item.choose, item.moduleIds.length),
            required: false,
          },
    ),
  );
}

/**
 * The least and the most of an amount over every route: the N smallest and N largest of each slot. Sums
 * run in millionths, as integers, so the order of adding cannot tip a half-hundredth (16.225) one way for
 * the least and the other way for the most.
 */
function rangeOver(slots: readonly Slot[], amountOf: (module: Module | undefined) => number): Range {
  let min = 0;
  let max = 0;
  for (const slot of slots) {
    const values = slot.modules.map((m) => Math.round(amountOf(m) * 1e6)).sort((a, b) => a - b);
    for (let i = 0; i < slot.choose; i++) {
      min += values[i] ?? 0;
      max += values[values.length - 1 - i] ?? 0;
    }
  }
  const hundredths = (millionths: number) => Math.round(millionths / 1e4) / 100;
  return { min: hundredths(min), max: hundredths(max) };
}

function totalsOf(
  stages: readonly Stage[],
  system: CreditSystem,
  modules: ModulesOf,
  conversion: Partial<CreditConversion>,
): CreditTotals {
  const slots = slotsOf(stages, modules);
  const creditOf = (m: Module | undefined) =>
    m?.credit ? convertCredit(m.credit.value, m.credit.system, system, conversion) : 0;
  const counted = slots.flatMap((slot) => slot.modules);
  const others = [
    ...new Set(counted.flatMap((m) => (m?.credit && m.credit.system !== system ? [m.credit.system] : []))),
  ];
  const converted = others.map((from) => {
    const original = rangeOver(slots, (m) => (m?.credit?.system === from ? m.credit.value : 0));
    const to = (value: number) => roundCredit(convertCredit(value, from, system, conversion));
    return { system: from, original, converted: { min: to(original.min), max: to(original.max) } };
  });
  const missing = slots.flatMap((slot) => slot.moduleIds.filter((_, i) => !slot.modules[i]?.credit));
  // A required slot offers no choice, so its least and most agree.
  const required = rangeOver(
    slots.filter((slot) => slot.required),
    creditOf,
  ).min;
  return {
    system,
    required,
    total: rangeOver(slots, creditOf),
    converted,
    hours: rangeOver(slots, (m) => m?.notionalHours ?? 0),
    missingCredit: [...new Set(missing)],
  };
}

/** The credit totals of a pathway in its award's system, and how they meet the award's declared credit. */
export function pathwayCredits(
  p: Pathway,
  modules: ModulesOf,
  conversion: Partial<CreditConversion> = {},
): PathwayCredits {
  const system = p.award.credit?.system ?? 'ECTS';
  const totals = totalsOf(p.stages, system, modules, conversion);
  const declared = p.award.credit?.value;
  return {
    ...totals,
    ...(declared === undefined ? {} : { declared }),
    verdict: awardVerdict(totals.total, declared),
  };
}

/** The credit totals of one stage, in the award's system like the pathway's. */
export function stageCredits(
  p: Pathway,
  stageId: string,
  modules: ModulesOf,
  conversion: Partial<CreditConversion> = {},
): CreditTotals {
  const stages = p.stages.filter((s) => s.id === stageId);
  return totalsOf(stages, p.award.credit?.system ?? 'ECTS', modules, conversion);
}
