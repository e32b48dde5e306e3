import { translator } from '@locales/translate';
import {
  awardVerdict,
  type CreditSystem,
  convertCredit,
  DEFAULT_CREDIT_CONVERSION,
  pathwayCredits,
  roundCredit,
  stageCredits,
} from '@shared/domain/credits';
import type { Credit, Module } from '@shared/schemas/module';
import type { Pathway } from '@shared/schemas/pathway';
import type { Workspace } from '@shared/schemas/workspace';
import { buildSpecification } from '@shared/spec/build';
import type { SpecFact } from '@shared/spec/model';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wordSpecification } from '../../../electron/main/export/spec-words';
import { rangeText, verdictText } from '../../../renderer/src/features/pathway-board/credit-text';
import { fullModule } from '../../fixtures/builders';
import { englishWorkspace } from '../../fixtures/spec/english';
import { findingsOf, goodDesign, pathwayOf, withModule, withPathway } from '../qa/designs';

const englishPathway = englishWorkspace.pathways[0] as Pathway;
const credit = (value: number, system: CreditSystem = 'ECTS') => ({ credit: { value, system } });

function pathwayWith(stages: Pathway['stages'], award: Pathway['award'] = englishPathway.award): Pathway {
  return { ...englishPathway, award, stages, prerequisites: [] };
}

describe('credit totals of a pathway', () => {
  it('adds required modules and the smallest or largest N of each choice group', () => {
    // Required 5 + 5 + 10; electives 3, 3, 4, 4 of which 2 count: 6 to 8.
    const totals = pathwayCredits(englishPathway, englishWorkspace.modules);
    expect(totals).toMatchObject({
      system: 'ECTS',
      required: 20,
      total: { min: 26, max: 28 },
      converted: [],
      hours: { min: 650, max: 700 },
      missingCredit: [],
    });
  });

  it('totals one stage on its own, from the modules as a list or by id', () => {
    const byId = new Map(englishWorkspace.modules.map((m) => [m.id, m]));
    expect(stageCredits(englishPathway, 'st-2', byId).total).toEqual({ min: 6, max: 8 });
    expect(stageCredits(englishPathway, 'st-2', englishWorkspace.modules).total).toEqual({ min: 6, max: 8 });
  });

  it('converts other systems to the award’s and keeps what they stated; lists modules without credit', () => {
    const modules = [
      fullModule({ id: 'a', code: 'A', ...credit(2.5) }),
      fullModule({ id: 'b', code: 'B', ...credit(2.5) }),
      fullModule({ id: 'c', code: 'C', ...credit(2.5) }),
      fullModule({ id: 'd', code: 'D', ...credit(20, 'UK') }),
      fullModule({ id: 'e', code: 'E', credit: undefined }),
    ];
    const items = ['a', 'b', 'c', 'd', 'e'].map((moduleId) => ({ kind: 'module' as const, moduleId }));
    const totals = pathwayCredits(pathwayWith([{ id: 's', title: 'Only', items }]), modules);
    expect(totals).toMatchObject({
      system: 'ECTS',
      required: 17.5,
      total: { min: 17.5, max: 17.5 },
      converted: [{ system: 'UK', original: { min: 20, max: 20 }, converted: { min: 10, max: 10 } }],
      missingCredit: ['e'],
    });
  });

  it('counts every module of a group that asks for more than it lists', () => {
    const modules = [
      fullModule({ id: 'a', code: 'A', ...credit(3) }),
      fullModule({ id: 'b', code: 'B', ...credit(4) }),
    ];
    const group = { kind: 'choice' as const, id: 'g', title: '', choose: 3, moduleIds: ['a', 'b'] };
    const totals = pathwayCredits(pathwayWith([{ id: 's', title: 'S', items: [group] }]), modules);
    expect(totals.total).toEqual({ min: 7, max: 7 });
  });
});

describe('pathwayCredits against the award', () => {
  const modules = [
    fullModule({ id: 'A', code: 'A', ...credit(5) }),
    fullModule({ id: 'B', code: 'B', ...credit(2) }),
    fullModule({ id: 'C', code: 'C', ...credit(8, 'UK') }),
    fullModule({ id: 'D', code: 'D', ...credit(150, 'hours') }),
  ];
  /** Stage 1: A, then "choose 1 of B, C"; stage 2: D. */
  const withAward = (award?: Credit, choose = 1): Pathway =>
    pathwayWith(
      [
        {
          id: 's1',
          title: 'Stage 1',
          items: [
            { kind: 'module', moduleId: 'A' },
            { kind: 'choice', id: 'g1', title: 'Electives', choose, moduleIds: ['B', 'C'] },
          ],
        },
        { id: 's2', title: 'Stage 2', items: [{ kind: 'module', moduleId: 'D' }] },
      ],
      { title: 'Certificate', type: 'certificate', ...(award ? { credit: award } : {}) },
    );

  it('totals in ECTS when the award declares no credit, and gives no verdict', () => {
    expect(pathwayCredits(withAward(), modules)).toMatchObject({
      system: 'ECTS',
      required: 11,
      total: { min: 13, max: 15 },
      converted: [
        { system: 'UK', original: { min: 0, max: 8 }, converted: { min: 0, max: 4 } },
        { system: 'hours', original: { min: 150, max: 150 }, converted: { min: 6, max: 6 } },
      ],
      verdict: 'unknown',
    });
    expect(pathwayCredits(withAward(), modules)).not.toHaveProperty('declared');
  });

  it('converts to the award’s system with direct factors and compares with its declared value', () => {
    expect(pathwayCredits(withAward({ value: 30, system: 'UK' }), modules)).toMatchObject({
      system: 'UK',
      required: 25,
      total: { min: 29, max: 33 },
      converted: [
        { system: 'ECTS', original: { min: 5, max: 7 }, converted: { min: 10, max: 14 } },
        { system: 'hours', original: { min: 150, max: 150 }, converted: { min: 15, max: 15 } },
      ],
      declared: 30,
      verdict: 'meets',
    });
    expect(pathwayCredits(withAward({ value: 16, system: 'ECTS' }), modules).verdict).toBe('below');
    expect(pathwayCredits(withAward({ value: 12, system: 'ECTS' }), modules).verdict).toBe('above');
    expect(pathwayCredits(withAward({ value: 13, system: 'ECTS' }), modules).verdict).toBe('meets');
  });

  it('takes each conversion factor as a parameter', () => {
    expect(pathwayCredits(withAward(), modules, { hoursPerEcts: 30 })).toMatchObject({
      required: 10,
      total: { min: 12, max: 14 },
    });
    expect(convertCredit(3, 'ECTS', 'hours')).toBe(75);
    expect(convertCredit(40, 'hours', 'UK')).toBe(4);
    expect(convertCredit(2, 'ECTS', 'UK', { ukCreditsPerEcts: 2.5 })).toBe(5);
    expect(convertCredit(30, 'hours', 'UK', { hoursPerUkCredit: 7.5 })).toBe(4);
    expect(convertCredit(60, 'hours', 'ECTS', { hoursPerEcts: 30 })).toBe(2);
  });

  it('lists modules without credit, or missing from the workspace, and counts them as zero', () => {
    const noCredit = modules.map((m) => (m.id === 'B' ? { ...m, credit: undefined } : m));
    const totals = pathwayCredits(withAward(), noCredit.slice(0, 3));
    expect(totals).toMatchObject({ required: 5, total: { min: 5, max: 9 }, missingCredit: ['B', 'D'] });
  });

  it('sums the N smallest and N largest of a group that asks for more than one', () => {
    expect(pathwayCredits(withAward(undefined, 2), modules)).toMatchObject({
      required: 11,
      total: { min: 17, max: 17 },
    });
  });
});

describe('the mixed-system pathway the board, QA and the specification agree on', () => {
  // An ECTS award of 15. TE-A-101 states 150 notional hours (6 ECTS), TE-B-201 5 ECTS; the learner
  // chooses one of TE-C-202 (10 UK credits = 5 ECTS) and TE-D-203 (7 ECTS): 16–18 ECTS.
  const mixed = (declared: number): Workspace =>
    withPathway(
      withModule(
        withModule(withModule(goodDesign(), 'm-a', credit(150, 'hours')), 'm-c', credit(10, 'UK')),
        'm-d',
        credit(7),
      ),
      { award: { ...pathwayOf(goodDesign()).award, credit: { value: declared, system: 'ECTS' } } },
    );

  /** The specification's cover and summary facts, worded in English as the PDF prints them. */
  function specFacts(workspace: Workspace) {
    const built = buildSpecification(workspace, 'p-1', { generatedAt: '2026-11-23T10:00:00.000Z' });
    if (!built.ok) throw new Error(built.code);
    const { cover, sections } = wordSpecification(built.specification, translator('en'));
    const factsOf = (facts: SpecFact<string>[]) => Object.fromEntries(facts.map((f) => [f.label, f.value]));
    const summary = sections.find((s) => s.id === 'summary');
    const summaryFacts = (summary?.blocks ?? []).flatMap((b) => (b.kind === 'facts' ? b.facts : []));
    return { cover: factsOf(cover.facts), summary: factsOf(summaryFacts) };
  }

  it('states 16–18 ECTS, with the UK credits and hours it converted', () => {
    const workspace = mixed(17);
    const credits = pathwayCredits(pathwayOf(workspace), workspace.modules);
    expect(credits).toMatchObject({
      system: 'ECTS',
      total: { min: 16, max: 18 },
      converted: [
        { system: 'hours', original: { min: 150, max: 150 }, converted: { min: 6, max: 6 } },
        { system: 'UK', original: { min: 0, max: 10 }, converted: { min: 0, max: 5 } },
      ],
    });
    expect(rangeText(credits, translator('en'))).toBe('16–18 ECTS');
    const { cover, summary } = specFacts(workspace);
    const stated = '16–18 ECTS (150 hours counted as 6 ECTS, 0–10 UK credits counted as 0–5 ECTS)';
    expect(cover.Credits).toBe(stated);
    expect(summary['Total credits']).toBe(stated);
    expect(summary['Credit range']).toBe('16 ECTS to 18 ECTS, depending on the electives chosen');
  });

  it('meets the award on the board exactly when QA finds nothing and the specification states it plainly', () => {
    for (let declared = 14; declared <= 20; declared += 0.5) {
      const workspace = mixed(declared);
      const board = verdictText(pathwayCredits(pathwayOf(workspace), workspace.modules), translator('en'));
      const findings = findingsOf(workspace, 'credit.pathway-total');
      const stated = specFacts(workspace).summary['Declared award credit'];
      const meets = declared >= 16 && declared <= 18;
      expect(board.startsWith('Meets'), `board at ${declared}`).toBe(meets);
      expect(
        findings.map((f) => f.target),
        `QA at ${declared}`,
      ).toEqual(meets ? [] : [{ kind: 'pathway', pathwayId: 'p-1', field: 'award.credit.value' }]);
      expect(stated, `specification at ${declared}`).toBe(
        meets ? `${declared} ECTS` : `${declared} ECTS (the modules add up to 16–18 ECTS)`,
      );
    }
  });
});

describe('credit properties', () => {
  const systems: CreditSystem[] = ['ECTS', 'UK', 'hours'];
  const amount = fc.option(
    fc.record({
      value: fc.integer({ min: 0, max: 400 }).map((n) => n / 4),
      system: fc.constantFrom(...systems),
    }),
    { nil: undefined },
  );
  /** Up to three stages of required modules and choice groups over modules m0…m7, each placed once. */
  const design = fc
    .record({
      credits: fc.array(amount, { minLength: 8, maxLength: 8 }),
      slots: fc.array(fc.record({ stage: fc.nat(2), group: fc.nat(3) }), { minLength: 8, maxLength: 8 }),
      choose: fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 4, maxLength: 4 }),
      award: fc.constantFrom(...systems),
    })
    .map(({ credits, slots, choose, award }) => {
      const modules = credits.map((c, i) => fullModule({ id: `m${i}`, code: `M${i}`, credit: c }));
      const stages: Pathway['stages'] = [0, 1, 2].map((s) => ({
        id: `s${s}`,
        title: `Stage ${s}`,
        items: [
          ...slots.flatMap((slot, i) =>
            slot.stage === s && slot.group === 0 ? [{ kind: 'module' as const, moduleId: `m${i}` }] : [],
          ),
          ...[1, 2, 3].flatMap((g) => {
            const moduleIds = slots.flatMap((slot, i) =>
              slot.stage === s && slot.group === g ? [`m${i}`] : [],
            );
            return moduleIds.length > 0
              ? [{ kind: 'choice' as const, id: `g${s}${g}`, title: '', choose: choose[g] ?? 1, moduleIds }]
              : [];
          }),
        ],
      }));
      return {
        modules,
        pathway: pathwayWith(stages, { title: 'A', type: 'badge', credit: { value: 1, system: award } }),
      };
    });

  /** Every route: each choice group contributes one of its N-module subsets (all of it when N exceeds it). */
  function routes(p: Pathway): string[][] {
    let all: string[][] = [[]];
    for (const item of p.stages.flatMap((s) => s.items)) {
      const picks =
        item.kind === 'module'
          ? [[item.moduleId]]
          : subsets(item.moduleIds, Math.min(item.choose, item.moduleIds.length));
      all = all.flatMap((route) => picks.map((pick) => [...route, ...pick]));
    }
    return all;
  }
  function subsets(ids: readonly string[], n: number): string[][] {
    if (n === 0) return [[]];
    return ids.flatMap((id, i) => subsets(ids.slice(i + 1), n - 1).map((rest) => [id, ...rest]));
  }

  it('gives the least and the most over every route, in total and per stated system', () => {
    /** Within the rounding to hundredths: the brute force adds in route order, unrounded. */
    const expectNear = (range: { min: number; max: number }, span: { min: number; max: number }) => {
      expect(Math.abs(range.min - span.min)).toBeLessThanOrEqual(0.005 + 1e-9);
      expect(Math.abs(range.max - span.max)).toBeLessThanOrEqual(0.005 + 1e-9);
      expect(range.min).toBeLessThanOrEqual(range.max);
    };
    fc.assert(
      fc.property(design, ({ modules, pathway }) => {
        const byId = new Map(modules.map((m) => [m.id, m]));
        const totals = pathwayCredits(pathway, modules);
        const spanOf = (amountOf: (m: Module) => number) => {
          const sums = routes(pathway).map((route) =>
            route.reduce((sum, id) => sum + amountOf(byId.get(id) as Module), 0),
          );
          return { min: Math.min(...sums), max: Math.max(...sums) };
        };
        expectNear(
          totals.total,
          spanOf((m) => (m.credit ? convertCredit(m.credit.value, m.credit.system, totals.system) : 0)),
        );
        expectNear(
          totals.hours,
          spanOf((m) => m.notionalHours ?? 0),
        );
        for (const { system, original } of totals.converted) {
          expect(system).not.toBe(totals.system);
          expectNear(
            original,
            spanOf((m) => (m.credit?.system === system ? m.credit.value : 0)),
          );
        }
        expect(totals.required).toBeLessThanOrEqual(totals.total.min);
      }),
      { numRuns: 200 },
    );
  });

  it('rounds a sum on a half-hundredth the same way for the least and the most', () => {
    // 0.49 + 0.02 + 0.05 ECTS required, then both of 0.04 and 15.625 ECTS: 16.225 whichever way it is added.
    const modules = [
      fullModule({ id: 'a', code: 'A', ...credit(12.25, 'hours') }),
      fullModule({ id: 'b', code: 'B', ...credit(0.5, 'hours') }),
      fullModule({ id: 'c', code: 'C', ...credit(1.25, 'hours') }),
      fullModule({ id: 'd', code: 'D', ...credit(1, 'hours') }),
      fullModule({ id: 'e', code: 'E', ...credit(31.25, 'UK') }),
    ];
    const items: Pathway['stages'][number]['items'] = [
      ...['a', 'b', 'c'].map((moduleId) => ({ kind: 'module' as const, moduleId })),
      { kind: 'choice', id: 'g', title: '', choose: 2, moduleIds: ['d', 'e'] },
    ];
    expect(pathwayCredits(pathwayWith([{ id: 's', title: 'S', items }]), modules).total).toEqual({
      min: 16.23,
      max: 16.23,
    });
  });

  it('says the award is met exactly when its value lies within the range', () => {
    for (let min = 0; min <= 6; min++) {
      for (let max = min; max <= 6; max++) {
        for (let declared = -1; declared <= 7; declared += 0.5) {
          const expected = declared < min ? 'above' : declared > max ? 'below' : 'meets';
          expect(awardVerdict({ min, max }, declared)).toBe(expected);
        }
      }
    }
    expect(awardVerdict({ min: 1, max: 2 }, undefined)).toBe('unknown');
  });

  it('converts there and back to the same value, whatever the factors', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100_000 }).map((n) => n / 100),
        fc.constantFrom(...systems),
        fc.constantFrom(...systems),
        fc.record({
          hoursPerEcts: fc.integer({ min: 20, max: 30 }),
          ukCreditsPerEcts: fc.constantFrom(2, 2.5),
          hoursPerUkCredit: fc.constantFrom(7.5, 10),
        }),
        (value, from, to, conversion) => {
          const back = convertCredit(convertCredit(value, from, to, conversion), to, from, conversion);
          expect(roundCredit(back)).toBe(value);
        },
      ),
    );
    expect(DEFAULT_CREDIT_CONVERSION).toEqual({
      hoursPerEcts: 25,
      ukCreditsPerEcts: 2,
      hoursPerUkCredit: 10,
    });
  });
});
