import { pathwayCredits } from '@shared/domain/credits';
import { DomainError } from '@shared/domain/errors';
import {
  addChoiceGroup,
  addStage,
  locateModule,
  moveStage,
  newPathway,
  placeChoiceGroup,
  placeModule,
  removeChoiceGroup,
  removeModule,
  removeStage,
  renameChoiceGroup,
  renameStage,
  setChoiceCount,
} from '@shared/domain/pathway-ops';
import { addPrerequisite, removePrerequisite } from '@shared/domain/prerequisites';
import { creditSystems } from '@shared/schemas/module';
import type { Pathway, Stage, StageItem } from '@shared/schemas/pathway';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fullModule, NOW } from '../../fixtures/builders';
import { deepFreeze, pathwayViolations } from './pathway-invariants';

// Small id pools, so that random operations keep meeting the stages, groups and modules already there.
const MODULES = ['m0', 'm1', 'm2', 'm3', 'm4', 'm5', 'm6', 'm7'];
const STAGES = ['s0', 's1', 's2', 's3', 's4'];
const GROUPS = ['g0', 'g1', 'g2', 'g3'];

const moduleId = fc.constantFrom(...MODULES);
const stageId = fc.constantFrom(...STAGES);
const groupId = fc.constantFrom(...GROUPS);
const index = fc.integer({ min: -2, max: 8 });

/** A pathway built straight from random parts (not through the operations), acyclic and with each module once. */
const startingPathway = fc
  .record({
    stageCount: fc.integer({ min: 0, max: 4 }),
    groups: fc.array(fc.record({ stage: fc.nat(), choose: fc.integer({ min: 1, max: 4 }) }), {
      maxLength: 3,
    }),
    placements: fc.array(fc.record({ module: moduleId, stage: fc.nat(), group: fc.option(fc.nat()) }), {
      maxLength: 10,
    }),
    edges: fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 8 }),
  })
  .map(({ stageCount, groups, placements, edges }): Pathway => {
    const stages: Stage[] = Array.from({ length: stageCount }, (_, i) => ({
      id: `s${i}`,
      title: `Stage ${i + 1}`,
      items: [],
    }));
    groups.forEach((g, i) => {
      stages[g.stage % stageCount]?.items.push({
        kind: 'choice',
        id: `g${i}`,
        title: '',
        choose: g.choose,
        moduleIds: [],
      });
    });
    const placed: string[] = [];
    for (const { module, stage, group } of placements) {
      const target = stages[stage % stageCount];
      if (!target || placed.includes(module)) continue;
      placed.push(module);
      const groupsHere = target.items.filter(
        (i): i is Extract<StageItem, { kind: 'choice' }> => i.kind === 'choice',
      );
      const chosen = group === null ? undefined : groupsHere[group % (groupsHere.length + 1)];
      if (chosen) chosen.moduleIds.push(module);
      else target.items.push({ kind: 'module', moduleId: module });
    }
    // An edge only from an earlier-placed to a later-placed module keeps the start acyclic.
    const prerequisites = edges
      .map(([a, b]) => [a % (placed.length || 1), b % (placed.length || 1)] as const)
      .filter(([a, b]) => a < b)
      .map(([a, b]) => ({ before: placed[a] as string, after: placed[b] as string }))
      .filter((e, i, all) => all.findIndex((o) => o.before === e.before && o.after === e.after) === i);
    return {
      ...newPathway({
        id: 'p',
        title: 'Random',
        awardTitle: 'Award',
        now: NOW,
        stageIds: ['x0', 'x1'],
        stageTitles: ['Stage 1', 'Stage 2'],
      }),
      stages,
      prerequisites,
    };
  });

const operationKinds = [
  'placeModule',
  'removeModule',
  'addChoiceGroup',
  'placeChoiceGroup',
  'renameChoiceGroup',
  'setChoiceCount',
  'removeChoiceGroup',
  'addPrerequisite',
  'removePrerequisite',
  'addStage',
  'renameStage',
  'moveStage',
  'removeStage',
] as const;

const operation = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      op: fc.constant('placeModule'),
      moduleId,
      stageId,
      groupId: fc.option(groupId, { freq: 2 }),
      index,
    }),
  },
  fc.record({ op: fc.constant('removeModule'), moduleId }),
  fc.record({
    op: fc.constant('addChoiceGroup'),
    stageId,
    groupId,
    choose: fc.integer({ min: 0, max: 5 }),
    index,
  }),
  fc.record({ op: fc.constant('placeChoiceGroup'), groupId, stageId, index }),
  fc.record({ op: fc.constant('renameChoiceGroup'), groupId, title: fc.string({ maxLength: 8 }) }),
  fc.record({ op: fc.constant('setChoiceCount'), groupId, choose: fc.integer({ min: -1, max: 6 }) }),
  fc.record({ op: fc.constant('removeChoiceGroup'), groupId }),
  {
    weight: 3,
    arbitrary: fc.record({ op: fc.constant('addPrerequisite'), before: moduleId, after: moduleId }),
  },
  // Mostly an edge that is there (pick), else a random pair that usually is not.
  fc.record({ op: fc.constant('removePrerequisite'), pick: fc.nat(), before: moduleId, after: moduleId }),
  fc.record({ op: fc.constant('addStage'), stageId, index: fc.option(index) }),
  fc.record({ op: fc.constant('renameStage'), stageId, title: fc.string({ maxLength: 8 }) }),
  fc.record({ op: fc.constant('moveStage'), stageId, index }),
  fc.record({ op: fc.constant('removeStage'), stageId }),
);

type Operation = typeof operation extends fc.Arbitrary<infer T> ? T : never;

function apply(p: Pathway, o: Operation): Pathway {
  switch (o.op) {
    case 'placeModule':
      return placeModule(p, o.moduleId, {
        stageId: o.stageId,
        index: o.index,
        ...(o.groupId === null ? {} : { groupId: o.groupId }),
      });
    case 'removeModule':
      return removeModule(p, o.moduleId);
    case 'addChoiceGroup':
      return addChoiceGroup(p, o.stageId, { id: o.groupId, title: 'Electives', choose: o.choose }, o.index);
    case 'placeChoiceGroup':
      return placeChoiceGroup(p, o.groupId, { stageId: o.stageId, index: o.index });
    case 'renameChoiceGroup':
      return renameChoiceGroup(p, o.groupId, o.title);
    case 'setChoiceCount':
      return setChoiceCount(p, o.groupId, o.choose);
    case 'removeChoiceGroup':
      return removeChoiceGroup(p, o.groupId);
    case 'addPrerequisite':
      return addPrerequisite(p, { before: o.before, after: o.after });
    case 'removePrerequisite':
      return removePrerequisite(p, p.prerequisites[o.pick % (p.prerequisites.length + 1)] ?? o);
    case 'addStage':
      return addStage(p, { id: o.stageId, title: `Stage ${o.stageId}` }, o.index ?? undefined);
    case 'renameStage':
      return renameStage(p, o.stageId, o.title);
    case 'moveStage':
      return moveStage(p, o.stageId, o.index);
    case 'removeStage':
      return removeStage(p, o.stageId);
  }
}

describe('pathway operations, on random sequences', () => {
  it('keep every invariant and never touch their input; a refusal is always a DomainError', () => {
    fc.assert(
      fc.property(
        startingPathway,
        fc.array(operation, { maxLength: 40, size: 'medium' }),
        (start, operations) => {
          expect(pathwayViolations(start)).toEqual([]);
          let current = deepFreeze(start);
          for (const o of operations) {
            const before = current;
            const snapshot = JSON.stringify(before);
            try {
              current = deepFreeze(apply(before, o));
            } catch (e) {
              if (!(e instanceof DomainError)) throw e;
            }
            expect(JSON.stringify(before)).toBe(snapshot);
            expect(pathwayViolations(current), `after ${JSON.stringify(o)}`).toEqual([]);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('accept each kind of operation often enough for the runs above to mean something', () => {
    const accepted = new Map<string, number>();
    fc.assert(
      fc.property(
        startingPathway,
        fc.array(operation, { maxLength: 40, size: 'medium' }),
        (start, operations) => {
          let current = start;
          for (const o of operations) {
            try {
              current = apply(current, o);
              accepted.set(o.op, (accepted.get(o.op) ?? 0) + 1);
            } catch (e) {
              if (!(e instanceof DomainError)) throw e;
            }
          }
        },
      ),
      { numRuns: 300, seed: 42 },
    );
    const rare = operationKinds.filter((op) => (accepted.get(op) ?? 0) < 20);
    expect(rare).toEqual([]);
  });

  it('placeModule puts the module exactly where asked, the index clamped to the list without it', () => {
    fc.assert(
      fc.property(startingPathway, moduleId, fc.nat(), fc.nat(), index, (start, module, s, g, at) => {
        fc.pre(start.stages.length > 0);
        const stage = start.stages[s % start.stages.length] as Stage;
        const groups = stage.items.filter((i) => i.kind === 'choice');
        const group = groups[g % (groups.length + 1)];
        const without = locateModule(start, module) ? removeModule(start, module) : start;
        const stageWithout = without.stages.find((x) => x.id === stage.id) as Stage;
        const groupWithout = stageWithout.items.find((i) => i.kind === 'choice' && i.id === group?.id);
        const length =
          groupWithout?.kind === 'choice' ? groupWithout.moduleIds.length : stageWithout.items.length;
        const expected = Math.min(Math.max(at, 0), length);

        const placed = placeModule(deepFreeze(start), module, {
          stageId: stage.id,
          index: at,
          ...(group ? { groupId: group.id } : {}),
        });
        expect(locateModule(placed, module)).toEqual({
          stageId: stage.id,
          index: expected,
          ...(group ? { groupId: group.id } : {}),
        });
        expect(pathwayViolations(placed)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('pathwayCredits gives required ≤ least ≤ most, whatever the credits and systems', () => {
    const credit = fc.option(
      fc.record({
        value: fc.double({ min: 0, max: 60, noNaN: true }),
        system: fc.constantFrom(...creditSystems),
      }),
    );
    fc.assert(
      fc.property(
        startingPathway,
        fc.array(credit, { minLength: MODULES.length, maxLength: MODULES.length }),
        credit,
        (start, credits, award) => {
          const modules = MODULES.map((id, i) =>
            fullModule({ id, code: id, credit: credits[i] ?? undefined }),
          );
          const p = { ...start, award: { ...start.award, ...(award ? { credit: award } : {}) } };
          const totals = pathwayCredits(p, modules);
          expect(totals.required).toBeLessThanOrEqual(totals.total.min);
          expect(totals.total.min).toBeLessThanOrEqual(totals.total.max);
          expect(totals.system).toBe(award?.system ?? 'ECTS');
          expect(totals.verdict === 'unknown').toBe(award === null);
        },
      ),
      { numRuns: 300 },
    );
  });
});
