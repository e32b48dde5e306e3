import { Id, IsoDateTime } from '../schemas/fields';
import type { Pathway, Stage, StageItem } from '../schemas/pathway';
import {
  Award,
  ChoiceGroup as ChoiceGroupSchema,
  Pathway as PathwaySchema,
  Stage as StageSchema,
} from '../schemas/pathway';
import { DomainError, parseField } from './errors';

export type ChoiceGroup = Extract<StageItem, { kind: 'choice' }>;
export type PrerequisiteEdge = { before: string; after: string };
export type ModuleLocation = { stageId: string; groupId?: string; index: number };

const validId = (id: string, field: string) => parseField(Id, id, { field, label: 'id' });

/** Sortable semantics: a position in the list as it is, 0 to its length. */
function clamp(index: number, length: number): number {
  if (Number.isNaN(index)) return length;
  return Math.min(Math.max(0, Math.floor(index)), length);
}

function insertAt<T>(list: readonly T[], index: number, item: T): T[] {
  return [...list.slice(0, index), item, ...list.slice(index)];
}

function replaceAt<T>(list: readonly T[], index: number, item: T): T[] {
  const copy = list.slice();
  copy[index] = item;
  return copy;
}

function findStage(p: Pathway, stageId: string): { index: number; stage: Stage } {
  const index = p.stages.findIndex((s) => s.id === stageId);
  const stage = p.stages[index];
  if (!stage) {
    throw new DomainError('pathway.stage-not-found', { field: 'stageId', params: { id: stageId } });
  }
  return { index, stage };
}

function groupIndexIn(stage: Stage, groupId: string): number {
  return stage.items.findIndex((item) => item.kind === 'choice' && item.id === groupId);
}

type GroupPlace = { stageIndex: number; stage: Stage; itemIndex: number; group: ChoiceGroup };

function findGroup(p: Pathway, groupId: string): GroupPlace {
  for (const [stageIndex, stage] of p.stages.entries()) {
    const itemIndex = groupIndexIn(stage, groupId);
    const group = stage.items[itemIndex];
    if (group?.kind === 'choice') return { stageIndex, stage, itemIndex, group };
  }
  throw new DomainError('pathway.group-not-found', { field: 'groupId', params: { id: groupId } });
}

function assertIdFree(p: Pathway, id: string): void {
  const taken = p.stages.some((s) => s.id === id || groupIndexIn(s, id) >= 0);
  if (taken)
    throw new DomainError('pathway.duplicate-id', { field: 'id', params: { id, of: 'stage-or-group' } });
}

function withoutPrerequisitesOf(p: Pathway, moduleIds: ReadonlySet<string>): Pathway['prerequisites'] {
  const mentions = (e: PrerequisiteEdge) => moduleIds.has(e.before) || moduleIds.has(e.after);
  return p.prerequisites.some(mentions) ? p.prerequisites.filter((e) => !mentions(e)) : p.prerequisites;
}

/** The module ids a stage holds, required ones and those in its choice groups, in board order. */
function modulesOfStage(stage: Stage): string[] {
  return stage.items.flatMap((item) => (item.kind === 'module' ? [item.moduleId] : item.moduleIds));
}

/** A new draft pathway with two empty stages, ready for modules. */
export function newPathway(init: {
  id: string;
  title: string;
  awardTitle: string;
  now: string;
  stageIds: [string, string];
  /** The two stages' titles, in the designer's language ("Stage 1", "Етап 1"). */
  stageTitles: [string, string];
}): Pathway {
  const [first, second] = init.stageIds;
  if (validId(first, 'stageIds') === validId(second, 'stageIds')) {
    throw new DomainError('pathway.duplicate-id', { field: 'stageIds', params: { id: first } });
  }
  return {
    id: validId(init.id, 'id'),
    title: parseField(PathwaySchema.shape.title, init.title, { field: 'title', label: 'pathway.title' }),
    description: '',
    award: {
      title: parseField(Award.shape.title, init.awardTitle, { field: 'awardTitle', label: 'award.title' }),
      type: 'certificate',
    },
    stages: [
      { id: first, title: init.stageTitles[0], items: [] },
      { id: second, title: init.stageTitles[1], items: [] },
    ],
    prerequisites: [],
    version: '1.0.0',
    status: 'draft',
    ...stamped(init.now),
  };
}

/** createdAt and updatedAt of a new pathway: `now`, refused unless it is a date and time. */
function stamped(now: string): { createdAt: string; updatedAt: string } {
  const at = parseField(IsoDateTime, now, { field: 'now' });
  return { createdAt: at, updatedAt: at };
}

/** Adds an empty stage at `index` (the end when absent). */
export function addStage(p: Pathway, stage: { id: string; title: string }, index?: number): Pathway {
  const id = validId(stage.id, 'id');
  assertIdFree(p, id);
  const title = parseField(StageSchema.shape.title, stage.title, { field: 'title', label: 'stage.title' });
  const at = clamp(index ?? p.stages.length, p.stages.length);
  return { ...p, stages: insertAt(p.stages, at, { id, title, items: [] }) };
}

export function renameStage(p: Pathway, stageId: string, title: string): Pathway {
  const { index, stage } = findStage(p, stageId);
  const trimmed = parseField(StageSchema.shape.title, title, { field: 'title', label: 'stage.title' });
  if (trimmed === stage.title) return p;
  return { ...p, stages: replaceAt(p.stages, index, { ...stage, title: trimmed }) };
}

/** Moves a stage to `toIndex` among the stages (clamped to the first and last position). */
export function moveStage(p: Pathway, stageId: string, toIndex: number): Pathway {
  const { index: from, stage } = findStage(p, stageId);
  const rest = p.stages.filter((s) => s.id !== stageId);
  const to = clamp(toIndex, rest.length);
  if (to === from) return p;
  return { ...p, stages: insertAt(rest, to, stage) };
}

/** Removes a stage; its modules leave the pathway, and so do the prerequisites that mention them. */
export function removeStage(p: Pathway, stageId: string): Pathway {
  const { stage } = findStage(p, stageId);
  return {
    ...p,
    stages: p.stages.filter((s) => s.id !== stageId),
    prerequisites: withoutPrerequisitesOf(p, new Set(modulesOfStage(stage))),
  };
}

/** Where a module sits: its stage, its choice group if any, and its index in that stage's or group's list. */
export function locateModule(p: Pathway, moduleId: string): ModuleLocation | null {
  for (const stage of p.stages) {
    for (const [itemIndex, item] of stage.items.entries()) {
      if (item.kind === 'module') {
        if (item.moduleId === moduleId) return { stageId: stage.id, index: itemIndex };
      } else {
        const index = item.moduleIds.indexOf(moduleId);
        if (index >= 0) return { stageId: stage.id, groupId: item.id, index };
      }
    }
  }
  return null;
}

/** Every module of the pathway, stage by stage, in board order. */
export function modulesInPathway(p: Pathway): string[] {
  return p.stages.flatMap(modulesOfStage);
}

function detachModule(stages: readonly Stage[], at: ModuleLocation): Stage[] {
  return stages.map((stage) => {
    if (stage.id !== at.stageId) return stage;
    if (at.groupId === undefined) return { ...stage, items: stage.items.filter((_, i) => i !== at.index) };
    return {
      ...stage,
      items: stage.items.map((item) =>
        item.kind === 'choice' && item.id === at.groupId
          ? { ...item, moduleIds: item.moduleIds.filter((_, i) => i !== at.index) }
          : item,
      ),
    };
  });
}

/**
 * Puts a module into a stage, or into one of its choice groups, at `index` of that list as it is once the
 * module has left its old place; a module already in the pathway moves, since it may appear only once.
 */
export function placeModule(
  p: Pathway,
  moduleId: string,
  target: { stageId: string; groupId?: string; index: number },
): Pathway {
  validId(moduleId, 'moduleId');
  const { index: stageIndex, stage: destination } = findStage(p, target.stageId);
  if (target.groupId !== undefined && groupIndexIn(destination, target.groupId) < 0) {
    throw new DomainError('pathway.group-not-found', {
      field: 'groupId',
      params: { id: target.groupId, stage: destination.title },
    });
  }
  const from = locateModule(p, moduleId);
  const stages = from ? detachModule(p.stages, from) : p.stages;
  const stage = stages[stageIndex] as Stage;
  let placed: Stage;
  let index: number;
  if (target.groupId === undefined) {
    index = clamp(target.index, stage.items.length);
    placed = { ...stage, items: insertAt(stage.items, index, { kind: 'module', moduleId }) };
  } else {
    const itemIndex = groupIndexIn(stage, target.groupId);
    const group = stage.items[itemIndex] as ChoiceGroup;
    index = clamp(target.index, group.moduleIds.length);
    const moduleIds = insertAt(group.moduleIds, index, moduleId);
    placed = { ...stage, items: replaceAt(stage.items, itemIndex, { ...group, moduleIds }) };
  }
  if (from && from.stageId === target.stageId && from.groupId === target.groupId && from.index === index) {
    return p;
  }
  return { ...p, stages: replaceAt(stages, stageIndex, placed) };
}

/** Takes a module out of the pathway, with every prerequisite that mentions it. */
export function removeModule(p: Pathway, moduleId: string): Pathway {
  const at = locateModule(p, moduleId);
  if (!at)
    throw new DomainError('pathway.not-in-pathway', { field: 'moduleId', params: { module: moduleId } });
  return {
    ...p,
    stages: detachModule(p.stages, at),
    prerequisites: withoutPrerequisitesOf(p, new Set([moduleId])),
  };
}

/** Adds an empty "choose N of these" group to a stage at `index` among its items (the end when absent). */
export function addChoiceGroup(
  p: Pathway,
  stageId: string,
  group: { id: string; title: string; choose: number },
  index?: number,
): Pathway {
  const { index: stageIndex, stage } = findStage(p, stageId);
  const id = validId(group.id, 'id');
  assertIdFree(p, id);
  const title = parseField(ChoiceGroupSchema.shape.title, group.title.trim(), {
    field: 'title',
    label: 'group.title',
  });
  const choose = parseField(ChoiceGroupSchema.shape.choose, group.choose, {
    field: 'choose',
    label: 'group.choose',
  });
  const at = clamp(index ?? stage.items.length, stage.items.length);
  const created: ChoiceGroup = { kind: 'choice', id, title, choose, moduleIds: [] };
  return {
    ...p,
    stages: replaceAt(p.stages, stageIndex, { ...stage, items: insertAt(stage.items, at, created) }),
  };
}

/** Moves a choice group, with its modules, to `index` among the items of a stage (its own or another). */
export function placeChoiceGroup(
  p: Pathway,
  groupId: string,
  target: { stageId: string; index: number },
): Pathway {
  const from = findGroup(p, groupId);
  const toStage = findStage(p, target.stageId).index;
  const stages = replaceAt(p.stages, from.stageIndex, {
    ...from.stage,
    items: from.stage.items.filter((_, i) => i !== from.itemIndex),
  });
  const stage = stages[toStage] as Stage;
  const index = clamp(target.index, stage.items.length);
  if (toStage === from.stageIndex && index === from.itemIndex) return p;
  return {
    ...p,
    stages: replaceAt(stages, toStage, { ...stage, items: insertAt(stage.items, index, from.group) }),
  };
}

function replaceGroup(p: Pathway, at: GroupPlace, group: ChoiceGroup): Pathway {
  return {
    ...p,
    stages: replaceAt(p.stages, at.stageIndex, {
      ...at.stage,
      items: replaceAt(at.stage.items, at.itemIndex, group),
    }),
  };
}

export function renameChoiceGroup(p: Pathway, groupId: string, title: string): Pathway {
  const at = findGroup(p, groupId);
  const trimmed = parseField(ChoiceGroupSchema.shape.title, title.trim(), {
    field: 'title',
    label: 'group.title',
  });
  if (trimmed === at.group.title) return p;
  return replaceGroup(p, at, { ...at.group, title: trimmed });
}

/** Sets N in "choose N of these M": a whole number from 1 to M (to 100 while the group is empty). */
export function setChoiceCount(p: Pathway, groupId: string, choose: number): Pathway {
  const at = findGroup(p, groupId);
  const holds = at.group.moduleIds.length;
  const max = holds >= 1 ? holds : 100;
  if (!Number.isInteger(choose) || choose < 1 || choose > max) {
    throw new DomainError('pathway.choose-out-of-range', {
      field: 'choose',
      params: { group: at.group.title, groupId: at.group.id, holds, max, value: choose },
    });
  }
  if (choose === at.group.choose) return p;
  return replaceGroup(p, at, { ...at.group, choose });
}

/** Dissolves a choice group: its modules stay in the stage as required modules, where the group was. */
export function removeChoiceGroup(p: Pathway, groupId: string): Pathway {
  const { stageIndex, stage, itemIndex, group } = findGroup(p, groupId);
  const freed: StageItem[] = group.moduleIds.map((moduleId) => ({ kind: 'module', moduleId }));
  const items = [...stage.items.slice(0, itemIndex), ...freed, ...stage.items.slice(itemIndex + 1)];
  return { ...p, stages: replaceAt(p.stages, stageIndex, { ...stage, items }) };
}

/** How many a learner must choose, how many the group holds, and whether the choice can be made. */
export function choiceGroupStatus(group: ChoiceGroup): {
  choose: number;
  holds: number;
  satisfiable: boolean;
} {
  const holds = group.moduleIds.length;
  return { choose: group.choose, holds, satisfiable: holds >= group.choose };
}

/** A draft copy of a pathway under a new id and title, with fresh stage and group ids; modules are shared. */
export function duplicatePathway(
  p: Pathway,
  init: { id: string; title: string; now: string; newId: () => string },
): Pathway {
  const used = new Set<string>();
  const freshId = () => {
    const id = validId(init.newId(), 'newId');
    if (used.has(id)) throw new DomainError('pathway.duplicate-id', { field: 'newId', params: { id } });
    used.add(id);
    return id;
  };
  return {
    ...p,
    id: validId(init.id, 'id'),
    title: parseField(PathwaySchema.shape.title, init.title, { field: 'title', label: 'pathway.title' }),
    award: {
      ...p.award,
      ...(p.award.credit ? { credit: { ...p.award.credit } } : {}),
      ...(p.award.level ? { level: { ...p.award.level } } : {}),
    },
    stages: p.stages.map((stage) => ({
      id: freshId(),
      title: stage.title,
      items: stage.items.map((item) =>
        item.kind === 'module' ? { ...item } : { ...item, id: freshId(), moduleIds: [...item.moduleIds] },
      ),
    })),
    prerequisites: p.prerequisites.map((e) => ({ ...e })),
    version: '1.0.0',
    status: 'draft',
    ...stamped(init.now),
  };
}
