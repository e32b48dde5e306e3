import type { Module } from '../schemas/module';
import type { Pathway } from '../schemas/pathway';
import { choiceRule } from './diagram';
import type { Words } from './model';
import { commaList, say } from './words';

/** Where a module sits in the pathway: its stage and whether it is required or one of a choice. */
export interface Placement {
  module: Module;
  stageId: string;
  stage: string;
  required: boolean;
  role: Words;
}

export function placementsOf(pathway: Pathway, modulesById: ReadonlyMap<string, Module>): Placement[] {
  const seen = new Set<string>();
  const placements: Placement[] = [];
  for (const stage of pathway.stages) {
    for (const item of stage.items) {
      const ids = item.kind === 'module' ? [item.moduleId] : item.moduleIds;
      const role =
        item.kind === 'module'
          ? say('spec.placement.required')
          : item.title
            ? say('spec.placement.elective.titled', {
                rule: choiceRule(item.choose, item.moduleIds.length),
                title: item.title,
              })
            : say('spec.placement.elective', { rule: choiceRule(item.choose, item.moduleIds.length) });
      for (const id of ids) {
        const module = modulesById.get(id);
        if (!module || seen.has(id)) continue;
        seen.add(id);
        placements.push({
          module,
          stageId: stage.id,
          stage: stage.title,
          required: item.kind === 'module',
          role,
        });
      }
    }
  }
  return placements;
}

/** Distinct texts with the codes of the modules that state them: "A-1, A-2: Qualified teacher status". */
export function distinctStatements(modules: Module[], textOf: (m: Module) => string): Words | null {
  const byText = new Map<string, string[]>();
  for (const module of modules) {
    const text = textOf(module).trim();
    if (text) byText.set(text, [...(byText.get(text) ?? []), module.code]);
  }
  if (byText.size === 0) return null;
  if (byText.size === 1 && [...byText.values()][0]?.length === modules.length)
    return [...byText.keys()][0] ?? null;
  return {
    list: [...byText].map(([text, codes]) =>
      say('spec.statement.ofModules', { codes: commaList(codes), text }),
    ),
    style: 'lines',
  };
}
