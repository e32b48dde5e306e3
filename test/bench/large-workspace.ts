import type { Pathway } from '@shared/schemas/pathway';
import type { Workspace } from '@shared/schemas/workspace';
import { fullModule, NOW, workspaceWith } from '../fixtures/builders';

/** `modules` full modules; one pathway of `inPathway` of them over 5 stages, with a choice group and a chain of prerequisites. */
export function largeWorkspace(modules: number, inPathway: number): Workspace {
  const all = Array.from({ length: modules }, (_, i) =>
    fullModule({
      id: `m-${i}`,
      code: `MC-${i}`,
      title: `Module ${i}`,
      credit: { value: 1 + (i % 6), system: 'ECTS' },
    }),
  );
  const stageCount = 5;
  const perStage = Math.ceil(inPathway / stageCount);
  const stages: Pathway['stages'] = Array.from({ length: stageCount }, (_, s) => {
    const ids = all.slice(s * perStage, Math.min((s + 1) * perStage, inPathway)).map((m) => m.id);
    const [a, b, c, ...rest] = ids;
    return {
      id: `s-${s}`,
      title: `Stage ${s + 1}`,
      items: [
        ...rest.map((moduleId) => ({ kind: 'module' as const, moduleId })),
        {
          kind: 'choice' as const,
          id: `g-${s}`,
          title: 'Electives',
          choose: 2,
          moduleIds: [a, b, c].filter((x) => x !== undefined),
        },
      ],
    };
  });
  const prerequisites = Array.from({ length: stageCount - 1 }, (_, s) => ({
    before: `m-${s * perStage + 3}`,
    after: `m-${(s + 1) * perStage + 3}`,
  }));
  return {
    ...workspaceWith(all),
    pathways: [
      {
        id: 'p-large',
        title: 'Large pathway',
        description: '',
        award: { title: 'Large award', type: 'certificate', credit: { value: 600, system: 'ECTS' } },
        stages,
        prerequisites,
        version: '1.0.0',
        status: 'draft',
        createdAt: NOW,
        updatedAt: NOW,
      },
    ],
  };
}
