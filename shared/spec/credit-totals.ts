import { creditLabel } from '../domain/labels';
import type { Module } from '../schemas/module';
import type { Pathway } from '../schemas/pathway';

type CreditSystem = NonNullable<Module['credit']>['system'];

export interface Range {
  min: number;
  max: number;
}

/** What a learner completes: every required module, and the cheapest or dearest N of each choice group. */
export interface PathwayTotals {
  /** One range per credit system the modules use, in the order the systems first appear. */
  credits: (Range & { system: CreditSystem })[];
  hours: Range;
  /** Codes of modules the pathway counts that state no credit (their credit counts as zero). */
  withoutCredit: string[];
}

interface Slot {
  /** The modules a learner picks from; `choose` of them count. A required module is a slot of one. */
  modules: Module[];
  choose: number;
}

function slotsOf(pathway: Pathway, modulesById: ReadonlyMap<string, Module>): Slot[] {
  const pick = (ids: string[]) => ids.flatMap((id) => modulesById.get(id) ?? []);
  return pathway.stages.flatMap((stage) =>
    stage.items.map((item) =>
      item.kind === 'module'
        ? { modules: pick([item.moduleId]), choose: 1 }
        : // A group asking for more modules than it lists can only be completed by taking them all.
          { modules: pick(item.moduleIds), choose: Math.min(item.choose, item.moduleIds.length) },
    ),
  );
}

function rangeOver(slots: Slot[], amountOf: (module: Module) => number): Range {
  let min = 0;
  let max = 0;
  for (const slot of slots) {
    const values = slot.modules.map(amountOf).sort((a, b) => a - b);
    const take = Math.min(slot.choose, values.length);
    min += values.slice(0, take).reduce((sum, v) => sum + v, 0);
    max += values.slice(values.length - take).reduce((sum, v) => sum + v, 0);
  }
  return { min: round(min), max: round(max) };
}

/** Credit values such as 2.5 ECTS add up without floating-point noise (7.499999…). */
function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/** Credit and workload totals of a pathway, or of one stage when `stageId` is given. */
export function pathwayTotals(
  pathway: Pathway,
  modulesById: ReadonlyMap<string, Module>,
  stageId?: string,
): PathwayTotals {
  const scoped = stageId ? { ...pathway, stages: pathway.stages.filter((s) => s.id === stageId) } : pathway;
  const slots = slotsOf(scoped, modulesById);
  const counted = slots.flatMap((slot) => slot.modules);
  const systems = [...new Set(counted.flatMap((m) => (m.credit ? [m.credit.system] : [])))];
  return {
    credits: systems.map((system) => ({
      system,
      ...rangeOver(slots, (m) => (m.credit?.system === system ? m.credit.value : 0)),
    })),
    hours: rangeOver(slots, (m) => m.notionalHours ?? 0),
    withoutCredit: [...new Set(counted.filter((m) => !m.credit).map((m) => m.code))],
  };
}

/** "60 ECTS", "60–70 ECTS", or "30 ECTS + 20 UK credits" when modules mix systems; "" when none. */
export function creditRangeLabel(totals: PathwayTotals): string {
  return totals.credits
    .map(({ system, min, max }) =>
      min === max ? creditLabel({ value: min, system }) : `${min}–${creditLabel({ value: max, system })}`,
    )
    .join(' + ');
}

const count = new Intl.NumberFormat('en');

export function hoursRangeLabel({ min, max }: Range): string {
  return min === max ? `${count.format(min)} hours` : `${count.format(min)}–${count.format(max)} hours`;
}
