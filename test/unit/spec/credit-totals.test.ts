import type { Module } from '@shared/schemas/module';
import type { Pathway } from '@shared/schemas/pathway';
import { creditRangeLabel, hoursRangeLabel, pathwayTotals } from '@shared/spec/credit-totals';
import { describe, expect, it } from 'vitest';
import { fullModule } from '../../fixtures/builders';
import { englishWorkspace } from '../../fixtures/spec/english';

const byId = (modules: Module[]) => new Map(modules.map((m) => [m.id, m]));
const englishPathway = englishWorkspace.pathways[0] as Pathway;

function pathwayOf(stages: Pathway['stages']): Pathway {
  return { ...englishPathway, stages, prerequisites: [] };
}

describe('pathway credit totals', () => {
  it('adds required modules and the cheapest or dearest N of each choice group', () => {
    // Required 5 + 5 + 10; electives 3, 3, 4, 4 of which 2 count: 6 to 8.
    const totals = pathwayTotals(englishPathway, byId(englishWorkspace.modules));
    expect(totals.credits).toEqual([{ system: 'ECTS', min: 26, max: 28 }]);
    expect(creditRangeLabel(totals)).toBe('26–28 ECTS');
    expect(totals.hours).toEqual({ min: 650, max: 700 });
    expect(hoursRangeLabel(totals.hours)).toBe('650–700 hours');
  });

  it('totals one stage on its own', () => {
    const totals = pathwayTotals(englishPathway, byId(englishWorkspace.modules), 'st-2');
    expect(creditRangeLabel(totals)).toBe('6–8 ECTS');
  });

  it('keeps credit systems apart and names modules that state no credit', () => {
    const modules = [
      fullModule({ id: 'a', code: 'A', credit: { value: 2.5, system: 'ECTS' } }),
      fullModule({ id: 'b', code: 'B', credit: { value: 2.5, system: 'ECTS' } }),
      fullModule({ id: 'c', code: 'C', credit: { value: 2.5, system: 'ECTS' } }),
      fullModule({ id: 'd', code: 'D', credit: { value: 20, system: 'UK' } }),
      fullModule({ id: 'e', code: 'E', credit: undefined }),
    ];
    const pathway = pathwayOf([
      {
        id: 's',
        title: 'Only',
        items: [
          { kind: 'module', moduleId: 'a' },
          { kind: 'module', moduleId: 'b' },
          { kind: 'module', moduleId: 'c' },
          { kind: 'module', moduleId: 'd' },
          { kind: 'module', moduleId: 'e' },
        ],
      },
    ]);
    const totals = pathwayTotals(pathway, byId(modules));
    expect(totals.credits).toEqual([
      { system: 'ECTS', min: 7.5, max: 7.5 },
      { system: 'UK', min: 20, max: 20 },
    ]);
    expect(creditRangeLabel(totals)).toBe('7.5 ECTS + 20 UK credits');
    expect(totals.withoutCredit).toEqual(['E']);
  });

  it('counts every module of a group that asks for more than it lists', () => {
    const modules = [
      fullModule({ id: 'a', code: 'A', credit: { value: 3, system: 'ECTS' } }),
      fullModule({ id: 'b', code: 'B', credit: { value: 4, system: 'ECTS' } }),
    ];
    const pathway = pathwayOf([
      {
        id: 's',
        title: 'S',
        items: [{ kind: 'choice', id: 'g', title: '', choose: 3, moduleIds: ['a', 'b'] }],
      },
    ]);
    expect(pathwayTotals(pathway, byId(modules)).credits).toEqual([{ system: 'ECTS', min: 7, max: 7 }]);
  });
});
