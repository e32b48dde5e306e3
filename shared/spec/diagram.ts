import { stageCredits } from '../domain/credits';
import type { Module } from '../schemas/module';
import type { Pathway } from '../schemas/pathway';
import { creditInSystem, creditTotalWords } from './credit-words';
import type { DiagramBox, PathwayDiagram, Words } from './model';
import { say } from './words';

/** "2 of 4", or "3 of 2 (cannot be met)" so an impossible group is visible rather than silently clamped. */
export function choiceRule(choose: number, listed: number): Words {
  return say(choose > listed ? 'spec.choice.rule.impossible' : 'spec.choice.rule', { choose, listed });
}

export function pathwayDiagram(pathway: Pathway, modulesById: ReadonlyMap<string, Module>): PathwayDiagram {
  const system = pathway.award.credit?.system ?? 'ECTS';
  const boxOf = (module: Module): DiagramBox => ({
    moduleId: module.id,
    code: module.code,
    title: module.title,
    credit: module.credit ? creditInSystem(module.credit, system) : null,
  });
  const boxes = (ids: string[]) => ids.flatMap((id) => modulesById.get(id) ?? []).map(boxOf);
  const drawn = new Set<string>();
  const stages = pathway.stages.map((stage) => ({
    id: stage.id,
    title: stage.title,
    // A stage's column is narrow: its total alone; the summary says how other systems were converted.
    credit: creditTotalWords(stageCredits(pathway, stage.id, modulesById), { withConversions: false }),
    items: stage.items.map((item) => {
      if (item.kind === 'module') {
        const [box] = boxes([item.moduleId]);
        if (box) drawn.add(box.moduleId);
        return box ? [{ kind: 'module' as const, box }] : [];
      }
      const members = boxes(item.moduleIds);
      for (const box of members) drawn.add(box.moduleId);
      return [
        {
          kind: 'choice' as const,
          id: item.id,
          title: item.title,
          rule: choiceRule(item.choose, item.moduleIds.length),
          boxes: members,
        },
      ];
    }),
  }));
  return {
    stages: stages.map((stage) => ({ ...stage, items: stage.items.flat() })),
    edges: pathway.prerequisites
      .filter((p) => drawn.has(p.before) && drawn.has(p.after))
      .map(({ before, after }) => ({ before, after })),
  };
}
