import { newPathway } from '@shared/domain/pathway-ops';
import type { Pathway } from '@shared/schemas/pathway';
import { NOW } from '../../fixtures/builders';
import { deepFreeze } from './pathway-invariants';

export const LATER = '2026-12-01T08:00:00.000Z';

/** A small pathway to test on. Stage 1: A, then "choose 1 of B, C"; stage 2: D; stage 3 empty. D needs A. */
export function board(): Pathway {
  return deepFreeze({
    ...newPathway({
      id: 'p1',
      title: 'STEM Foundations',
      awardTitle: 'Certificate',
      now: NOW,
      stageIds: ['s1', 's2'],
      stageTitles: ['Stage 1', 'Stage 2'],
    }),
    stages: [
      {
        id: 's1',
        title: 'Stage 1',
        items: [
          { kind: 'module', moduleId: 'A' },
          { kind: 'choice', id: 'g1', title: 'Electives', choose: 1, moduleIds: ['B', 'C'] },
        ],
      },
      { id: 's2', title: 'Stage 2', items: [{ kind: 'module', moduleId: 'D' }] },
      { id: 's3', title: 'Stage 3', items: [] },
    ],
    prerequisites: [{ before: 'A', after: 'D' }],
  });
}

/** The board as text: "s1[A g1(B C)] s2[D]" — easy to read in a failing assertion. */
export function layout(p: Pathway): string {
  return p.stages
    .map(
      (s) =>
        `${s.id}[${s.items.map((i) => (i.kind === 'module' ? i.moduleId : `${i.id}(${i.moduleIds.join(' ')})`)).join(' ')}]`,
    )
    .join(' ');
}
