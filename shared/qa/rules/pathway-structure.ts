import { levelLabel } from '../../domain/labels';
import type { Level } from '../../schemas/module';
import type { Pathway } from '../../schemas/pathway';
import type { Workspace } from '../../schemas/workspace';
import {
  capitalise,
  moduleName,
  moduleTarget,
  noParams,
  pathwayName,
  placedModules,
  quote,
  stageName,
  uncoveredOutcomes,
} from '../design';
import { pathwayRule } from '../rule';
import { EU_2022, QAA_2022 } from '../sources';

const structure = `${QAA_2022}, Stackability; ${EU_2022}, Annex II, principle 5 (learning pathways)`;

/** Module codes by id, falling back to the id for a module the workspace no longer has. */
function codes(workspace: Workspace): (id: string) => string {
  const byId = new Map(workspace.modules.map((m) => [m.id, m.code]));
  return (id) => byId.get(id) ?? id;
}

/**
 * Every prerequisite cycle once: one per strongly connected group of modules, walked from its
 * alphabetically first code with neighbours in code order, so the message does not depend on edge order.
 */
export function prerequisiteCycles(pathway: Pathway, codeOf: (id: string) => string): string[][] {
  const next = new Map<string, string[]>();
  for (const { before, after } of pathway.prerequisites) {
    next.set(before, [...(next.get(before) ?? []), after]);
  }
  for (const list of next.values()) list.sort((a, b) => codeOf(a).localeCompare(codeOf(b)));
  const reaches = (from: string, to: string): boolean => {
    const seen = new Set<string>();
    const stack = [from];
    while (stack.length > 0) {
      const node = stack.pop() as string;
      for (const n of next.get(node) ?? []) {
        if (n === to) return true;
        if (!seen.has(n)) {
          seen.add(n);
          stack.push(n);
        }
      }
    }
    return false;
  };
  const nodes = [...next.keys()].sort((a, b) => codeOf(a).localeCompare(codeOf(b)));
  const placed = new Set<string>();
  const cycles: string[][] = [];
  for (const start of nodes) {
    if (placed.has(start) || !reaches(start, start)) continue;
    const group = new Set(nodes.filter((n) => n === start || (reaches(start, n) && reaches(n, start))));
    for (const n of group) placed.add(n);
    // Walk inside the group back to the start; every node of a strongly connected group can.
    const path = [start];
    const visited = new Set([start]);
    const walk = (node: string): boolean => {
      for (const n of next.get(node) ?? []) {
        if (n === start) return true;
        if (group.has(n) && !visited.has(n)) {
          visited.add(n);
          path.push(n);
          if (walk(n)) return true;
          path.pop();
        }
      }
      return false;
    };
    walk(start);
    cycles.push([...path, start]);
  }
  return cycles;
}

export const prerequisiteCycle = pathwayRule({
  id: 'structure.prerequisite-cycle',
  characteristic: 'pathway-structure',
  title: 'Prerequisites form no cycle',
  source: structure,
  defaultSeverity: 'error',
  params: noParams,
  *check({ workspace, pathway }) {
    const codeOf = codes(workspace);
    for (const cycle of prerequisiteCycles(pathway, codeOf)) {
      yield {
        target: { kind: 'pathway', pathwayId: pathway.id, field: 'prerequisites' },
        message: `${capitalise(pathwayName(pathway))}: prerequisites go round in a cycle ${cycle.map(codeOf).join(' → ')}, so no learner can start any of them. Remove one of these prerequisites.`,
      };
    }
  },
});

export const prerequisiteOrder = pathwayRule({
  id: 'structure.prerequisite-order',
  characteristic: 'pathway-structure',
  title: 'A prerequisite sits in an earlier stage than the module that needs it',
  source: structure,
  defaultSeverity: 'error',
  params: noParams,
  *check({ workspace, pathway }) {
    const codeOf = codes(workspace);
    const placed = new Map(placedModules(workspace, pathway).map((p) => [p.module.id, p]));
    for (const { before, after } of pathway.prerequisites) {
      const first = placed.get(before);
      const then = placed.get(after);
      if (!first || !then) {
        const missing = first ? after : before;
        yield {
          target: { kind: 'pathway', pathwayId: pathway.id, field: 'prerequisites' },
          message: `${capitalise(pathwayName(pathway))}: ${codeOf(before)} is a prerequisite of ${codeOf(after)}, but ${codeOf(missing)} is not in this pathway. Place ${codeOf(missing)} in a stage or remove the prerequisite.`,
        };
        continue;
      }
      if (first.stageIndex < then.stageIndex) continue;
      const where =
        first.stageIndex === then.stageIndex
          ? `in the same ${stageName(then.stage)}`
          : `in ${stageName(first.stage)}, after ${stageName(then.stage)}`;
      yield {
        target: { ...moduleTarget(then.module, undefined, pathway), stageId: then.stage.id },
        message: `${moduleName(then.module)} needs ${moduleName(first.module)} first, but that prerequisite sits ${where}. Move ${first.module.code} to an earlier stage or ${then.module.code} to a later one, or remove the prerequisite.`,
      };
    }
  },
});

export const choiceGroupSize = pathwayRule({
  id: 'structure.choice-group-size',
  characteristic: 'pathway-structure',
  title: 'A choice group holds at least as many modules as it asks for',
  source: structure,
  defaultSeverity: 'error',
  params: noParams,
  *check({ pathway }) {
    for (const stage of pathway.stages) {
      for (const item of stage.items) {
        if (item.kind !== 'choice' || item.choose <= item.moduleIds.length) continue;
        const name = item.title ? `choice group “${item.title}”` : 'a choice group';
        const holds = item.moduleIds.length;
        yield {
          target: {
            kind: 'group',
            pathwayId: pathway.id,
            stageId: stage.id,
            groupId: item.id,
            field: 'choose',
          },
          message: `${capitalise(name)} in ${stageName(stage)} asks learners to choose ${item.choose} but holds ${holds} module${holds === 1 ? '' : 's'}. Add modules to the group or lower the number to choose to at most ${holds}.`,
        };
      }
    }
  },
});

/** Levels compare only within one framework (and one national scheme). */
const levelScale = (level: Level) =>
  level.framework === 'NQF' ? `NQF:${level.scheme.trim()}` : level.framework;

export const levelProgression = pathwayRule({
  id: 'structure.level-progression',
  characteristic: 'pathway-structure',
  title: 'Levels do not fall along the stages',
  source: structure,
  defaultSeverity: 'warning',
  params: noParams,
  *check({ workspace, pathway }) {
    const placed = placedModules(workspace, pathway);
    /** Per scale, the highest level an earlier stage reached and where. */
    const reached = new Map<string, { level: Level; stageTitle: string }>();
    for (const [stageIndex, stage] of pathway.stages.entries()) {
      const highest = new Map<string, Level>();
      for (const { module } of placed.filter((p) => p.stageIndex === stageIndex)) {
        if (!module.level) continue;
        const scale = levelScale(module.level);
        const top = highest.get(scale);
        if (!top || module.level.value > top.value) highest.set(scale, module.level);
      }
      for (const [scale, level] of [...highest].sort(([a], [b]) => a.localeCompare(b))) {
        const before = reached.get(scale);
        if (before && level.value < before.level.value) {
          yield {
            target: { kind: 'stage', pathwayId: pathway.id, stageId: stage.id },
            message: `${capitalise(stageName(stage))} of ${pathwayName(pathway)} reaches ${levelLabel(level)}, below ${levelLabel(before.level)} in the earlier stage “${before.stageTitle}”. Levels should not fall along a pathway: move the lower-level modules to an earlier stage or check their levels.`,
          };
        }
        if (!before || level.value > before.level.value)
          reached.set(scale, { level, stageTitle: stage.title });
      }
    }
  },
});

export const emptyStage = pathwayRule({
  id: 'structure.empty-stage',
  characteristic: 'pathway-structure',
  title: 'Every stage holds a module',
  source: structure,
  defaultSeverity: 'warning',
  params: noParams,
  *check({ pathway }) {
    for (const stage of pathway.stages) {
      const holds = stage.items.some((item) => item.kind === 'module' || item.moduleIds.length > 0);
      if (holds) continue;
      yield {
        target: { kind: 'stage', pathwayId: pathway.id, stageId: stage.id },
        message: `${capitalise(stageName(stage))} of ${pathwayName(pathway)} holds no modules. Drag modules into it or remove the stage.`,
      };
    }
  },
});

export const outcomesAssessed = pathwayRule({
  id: 'structure.outcomes-assessed',
  characteristic: 'pathway-structure',
  title: "Every outcome of the pathway's modules is assessed",
  source: `${QAA_2022}, Course design: learning, teaching and assessment`,
  defaultSeverity: 'error',
  params: noParams,
  *check({ workspace, pathway }) {
    for (const { module, stage } of placedModules(workspace, pathway)) {
      for (const { index, statement } of uncoveredOutcomes(module)) {
        yield {
          target: {
            ...moduleTarget(module, `learningOutcomes[${index}].statement`, pathway),
            stageId: stage.id,
          },
          message: `${moduleName(module)}: outcome ${index + 1} ${quote(statement)} is covered by no assessment or evidence requirement, so completing ${pathwayName(pathway)} does not show it. Tick it under the evidence that demonstrates it, or add an evidence requirement.`,
        };
      }
    }
  },
});

export const pathwayStructureRules = [
  prerequisiteCycle,
  prerequisiteOrder,
  choiceGroupSize,
  levelProgression,
  emptyStage,
  outcomesAssessed,
];
