import { prerequisiteCycles } from '../../domain/prerequisites';
import type { Level } from '../../schemas/module';
import type { Workspace } from '../../schemas/workspace';
import { excerpt, moduleParams, moduleTarget, noParams, placedModules, uncoveredOutcomes } from '../design';
import { type FindingParams, pathwayRule } from '../rule';
import type { Citation } from '../sources';

/** Where any stackable pathway's structure is asked for; the pathway-structure profile cites them too. */
export const structure: readonly Citation[] = [
  { document: 'qaa-2022', clause: 'Stackability' },
  { document: 'eu-2022', clause: 'Annex II, principle 5 (learning pathways)' },
];

/** Module codes by id, falling back to the id for a module the workspace no longer has. */
function codes(workspace: Workspace): (id: string) => string {
  const byId = new Map(workspace.modules.map((m) => [m.id, m.code]));
  return (id) => byId.get(id) ?? id;
}

export const prerequisiteCycle = pathwayRule({
  id: 'structure.prerequisite-cycle',
  characteristic: 'pathway-structure',
  source: structure,
  defaultSeverity: 'error',
  params: noParams,
  codes: ['structure.prerequisite-cycle.cycle'],
  *check({ workspace, pathway }) {
    const codeOf = codes(workspace);
    for (const cycle of prerequisiteCycles(pathway.prerequisites, codeOf)) {
      yield {
        target: { kind: 'pathway', pathwayId: pathway.id, field: 'prerequisites' },
        code: 'structure.prerequisite-cycle.cycle',
        params: { pathway: pathway.title, cycle: cycle.map(codeOf) },
      };
    }
  },
});

export const prerequisiteOrder = pathwayRule({
  id: 'structure.prerequisite-order',
  characteristic: 'pathway-structure',
  source: structure,
  defaultSeverity: 'error',
  params: noParams,
  codes: [
    'structure.prerequisite-order.outside-pathway',
    'structure.prerequisite-order.same-stage',
    'structure.prerequisite-order.later-stage',
  ],
  *check({ workspace, pathway }) {
    const codeOf = codes(workspace);
    const placed = new Map(placedModules(workspace, pathway).map((p) => [p.module.id, p]));
    for (const { before, after } of pathway.prerequisites) {
      const first = placed.get(before);
      const then = placed.get(after);
      if (!first || !then) {
        const missing = first ? after : before;
        const params: FindingParams = {
          pathway: pathway.title,
          prerequisite: codeOf(before),
          dependant: codeOf(after),
          missing: codeOf(missing),
        };
        yield {
          target: { kind: 'pathway', pathwayId: pathway.id, field: 'prerequisites' },
          code: 'structure.prerequisite-order.outside-pathway',
          params,
        };
        continue;
      }
      if (first.stageIndex < then.stageIndex) continue;
      yield {
        target: { ...moduleTarget(then.module, undefined, pathway), stageId: then.stage.id },
        code:
          first.stageIndex === then.stageIndex
            ? 'structure.prerequisite-order.same-stage'
            : 'structure.prerequisite-order.later-stage',
        params: {
          ...moduleParams(then.module),
          prerequisiteCode: first.module.code,
          prerequisiteTitle: first.module.title,
          stage: then.stage.title,
          prerequisiteStage: first.stage.title,
        },
      };
    }
  },
});

export const choiceGroupSize = pathwayRule({
  id: 'structure.choice-group-size',
  characteristic: 'pathway-structure',
  source: structure,
  defaultSeverity: 'error',
  params: noParams,
  codes: ['structure.choice-group-size.too-few', 'structure.choice-group-size.too-few-untitled'],
  *check({ pathway }) {
    for (const stage of pathway.stages) {
      for (const item of stage.items) {
        if (item.kind !== 'choice' || item.choose <= item.moduleIds.length) continue;
        yield {
          target: {
            kind: 'group',
            pathwayId: pathway.id,
            stageId: stage.id,
            groupId: item.id,
            field: 'choose',
          },
          code: item.title
            ? 'structure.choice-group-size.too-few'
            : 'structure.choice-group-size.too-few-untitled',
          params: {
            group: item.title,
            stage: stage.title,
            choose: item.choose,
            holds: item.moduleIds.length,
          },
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
  source: structure,
  defaultSeverity: 'warning',
  params: noParams,
  codes: ['structure.level-progression.falls'],
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
            code: 'structure.level-progression.falls',
            params: {
              stage: stage.title,
              pathway: pathway.title,
              level,
              earlierLevel: before.level,
              earlierStage: before.stageTitle,
            },
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
  source: structure,
  defaultSeverity: 'warning',
  params: noParams,
  codes: ['structure.empty-stage.empty'],
  *check({ pathway }) {
    for (const stage of pathway.stages) {
      const holds = stage.items.some((item) => item.kind === 'module' || item.moduleIds.length > 0);
      if (holds) continue;
      yield {
        target: { kind: 'stage', pathwayId: pathway.id, stageId: stage.id },
        code: 'structure.empty-stage.empty',
        params: { stage: stage.title, pathway: pathway.title },
      };
    }
  },
});

export const outcomesAssessed = pathwayRule({
  id: 'structure.outcomes-assessed',
  characteristic: 'pathway-structure',
  source: [{ document: 'qaa-2022', clause: 'Course design: learning, teaching and assessment' }],
  defaultSeverity: 'error',
  params: noParams,
  codes: ['structure.outcomes-assessed.unassessed'],
  *check({ workspace, pathway }) {
    for (const { module, stage } of placedModules(workspace, pathway)) {
      for (const { index, statement } of uncoveredOutcomes(module)) {
        yield {
          target: {
            ...moduleTarget(module, `learningOutcomes[${index}].statement`, pathway),
            stageId: stage.id,
          },
          code: 'structure.outcomes-assessed.unassessed',
          params: {
            ...moduleParams(module),
            outcome: index + 1,
            statement: excerpt(statement),
            pathway: pathway.title,
          },
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
