import { choiceGroupStatus, modulesInPathway } from '@shared/domain/pathway-ops';
import { prerequisiteCycles } from '@shared/domain/prerequisites';
import { type Pathway, Pathway as PathwaySchema } from '@shared/schemas/pathway';

/** Freezes a value and everything in it, so a mutation throws in strict mode. */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/** What is wrong with a pathway, as readable sentences; empty when it keeps every invariant. */
export function pathwayViolations(p: Pathway): string[] {
  const problems: string[] = [];
  const modules = modulesInPathway(p);
  const seen = new Set<string>();
  for (const id of modules) {
    if (seen.has(id)) problems.push(`module ${id} appears twice`);
    seen.add(id);
  }
  for (const edge of p.prerequisites) {
    for (const end of [edge.before, edge.after]) {
      if (!seen.has(end))
        problems.push(`prerequisite ${edge.before} → ${edge.after} names ${end}, not in the pathway`);
    }
  }
  const [cycle] = prerequisiteCycles(p.prerequisites);
  if (cycle) problems.push(`prerequisites cycle: ${cycle.join(' → ')}`);
  for (const stage of p.stages) {
    for (const item of stage.items) {
      if (item.kind !== 'choice') continue;
      const status = choiceGroupStatus(item);
      if (item.choose < 1) problems.push(`group ${item.id} chooses ${item.choose}`);
      if (status.holds >= 1 && item.choose > status.holds && status.satisfiable) {
        problems.push(`group ${item.id} asks ${item.choose} of ${status.holds} but is not flagged`);
      }
    }
  }
  const parsed = PathwaySchema.safeParse(p);
  if (!parsed.success) problems.push(...parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  return problems;
}
