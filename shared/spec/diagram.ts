import { creditLabel } from '../domain/labels';
import type { Module } from '../schemas/module';
import type { Pathway } from '../schemas/pathway';
import { creditRangeLabel, pathwayTotals } from './credit-totals';
import type { DiagramBox, PathwayDiagram } from './model';

function boxOf(module: Module): DiagramBox {
  return {
    moduleId: module.id,
    code: module.code,
    title: module.title,
    creditLabel: module.credit ? creditLabel(module.credit) : 'No credit stated',
  };
}

/** "2 of 4", or "3 of 2 (cannot be met)" so an impossible group is visible rather than silently clamped. */
export function choiceRuleLabel(choose: number, listed: number): string {
  return choose > listed ? `${choose} of ${listed} (cannot be met)` : `${choose} of ${listed}`;
}

export function pathwayDiagram(pathway: Pathway, modulesById: ReadonlyMap<string, Module>): PathwayDiagram {
  const boxes = (ids: string[]) => ids.flatMap((id) => modulesById.get(id) ?? []).map(boxOf);
  const drawn = new Set<string>();
  const stages = pathway.stages.map((stage) => ({
    id: stage.id,
    title: stage.title,
    creditLabel: creditRangeLabel(pathwayTotals(pathway, modulesById, stage.id)),
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
          ruleLabel: choiceRuleLabel(item.choose, item.moduleIds.length),
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
