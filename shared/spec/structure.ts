import type { Module } from '../schemas/module';
import type { Pathway } from '../schemas/pathway';
import { creditInSystem } from './credit-words';
import { pathwayDiagram } from './diagram';
import type { SpecSection } from './model';
import type { Placement } from './placements';
import { say } from './words';

export function structureSection(
  pathway: Pathway,
  placements: Placement[],
  modulesById: ReadonlyMap<string, Module>,
): SpecSection {
  const system = pathway.award.credit?.system ?? 'ECTS';
  const named = (id: string) => {
    const module = modulesById.get(id);
    return module ? `${module.code} ${module.title}` : id;
  };
  return {
    id: 'structure',
    title: say('spec.section.structure'),
    blocks: [
      { kind: 'diagram', diagram: pathwayDiagram(pathway, modulesById) },
      { kind: 'heading', text: say('spec.structure.modulesByStage') },
      {
        kind: 'table',
        table: {
          columns: [
            { title: say('spec.column.stage'), weight: 2 },
            { title: say('spec.column.code'), weight: 1.6 },
            { title: say('spec.column.module'), weight: 4 },
            { title: say('spec.column.credits'), weight: 1.4 },
            { title: say('spec.column.statusInPathway'), weight: 2.6 },
          ],
          rows: placements.map((p) => ({
            cells: [
              p.stage,
              p.module.code,
              p.module.title,
              p.module.credit ? creditInSystem(p.module.credit, system) : say('spec.notStated'),
              p.role,
            ],
          })),
          emptyText: say('spec.structure.noModules'),
        },
      },
      { kind: 'heading', text: say('spec.structure.prerequisites') },
      {
        kind: 'table',
        table: {
          columns: [
            { title: say('spec.column.completeFirst'), weight: 1 },
            { title: say('spec.column.beforeStarting'), weight: 1 },
          ],
          rows: pathway.prerequisites.map((p) => ({ cells: [named(p.before), named(p.after)] })),
          emptyText: say('spec.structure.noPrerequisites'),
        },
      },
    ],
    subsections: [],
  };
}
