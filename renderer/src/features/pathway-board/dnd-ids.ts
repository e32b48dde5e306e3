import type { Pathway } from '@shared/schemas/pathway';

/**
 * Every draggable and droppable on the board has an id that says what it is: a library card, a module
 * on the board, a choice group, the inside of a group, a stage, or the library as the "remove" zone.
 */
export type DndRef =
  | { kind: 'library-module'; moduleId: string }
  | { kind: 'module'; moduleId: string }
  | { kind: 'group'; groupId: string }
  | { kind: 'group-inside'; groupId: string }
  | { kind: 'stage'; stageId: string }
  | { kind: 'library' };

export function dndId(ref: DndRef): string {
  switch (ref.kind) {
    case 'library-module':
      return `library-module:${ref.moduleId}`;
    case 'module':
      return `module:${ref.moduleId}`;
    case 'group':
      return `group:${ref.groupId}`;
    case 'group-inside':
      return `group-inside:${ref.groupId}`;
    case 'stage':
      return `stage:${ref.stageId}`;
    case 'library':
      return 'library';
  }
}

export function parseDndId(id: string | number): DndRef | null {
  const text = String(id);
  if (text === 'library') return { kind: 'library' };
  const colon = text.indexOf(':');
  const kind = text.slice(0, colon);
  const rest = text.slice(colon + 1);
  switch (kind) {
    case 'library-module':
      return { kind, moduleId: rest };
    case 'module':
      return { kind, moduleId: rest };
    case 'group':
      return { kind, groupId: rest };
    case 'group-inside':
      return { kind, groupId: rest };
    case 'stage':
      return { kind, stageId: rest };
    default:
      return null;
  }
}

/** What a drop means for the pathway: one editor command, or nothing. */
export type DropIntent =
  | { kind: 'place-module'; moduleId: string; stageId: string; groupId?: string; index: number }
  | { kind: 'remove-module'; moduleId: string }
  | { kind: 'place-group'; groupId: string; stageId: string; index: number }
  | { kind: 'none' };

interface Slot {
  stageId: string;
  groupId?: string;
  index: number;
}

/** Where a module or group sits on the board (its container and index there). */
function slotOf(pathway: Pathway, ref: DndRef): Slot | null {
  for (const stage of pathway.stages) {
    for (const [index, item] of stage.items.entries()) {
      if (ref.kind === 'module' && item.kind === 'module' && item.moduleId === ref.moduleId) {
        return { stageId: stage.id, index };
      }
      if (ref.kind === 'group' && item.kind === 'choice' && item.id === ref.groupId)
        return { stageId: stage.id, index };
      if (ref.kind === 'module' && item.kind === 'choice') {
        const inner = item.moduleIds.indexOf(ref.moduleId);
        if (inner >= 0) return { stageId: stage.id, groupId: item.id, index: inner };
      }
    }
  }
  return null;
}

function groupStage(pathway: Pathway, groupId: string): { stageId: string; size: number } | null {
  for (const stage of pathway.stages) {
    const group = stage.items.find((i) => i.kind === 'choice' && i.id === groupId);
    if (group?.kind === 'choice') return { stageId: stage.id, size: group.moduleIds.length };
  }
  return null;
}

/** Turns a finished drag (what was dragged, what it was dropped on) into one pathway change. */
export function dropIntent(
  pathway: Pathway,
  activeId: string | number,
  overId: string | number | null,
): DropIntent {
  const active = parseDndId(activeId);
  const over = overId === null ? null : parseDndId(overId);
  if (!active || !over) return { kind: 'none' };

  if (active.kind === 'group') {
    if (over.kind === 'stage') {
      const stage = pathway.stages.find((s) => s.id === over.stageId);
      return stage
        ? { kind: 'place-group', groupId: active.groupId, stageId: stage.id, index: stage.items.length }
        : { kind: 'none' };
    }
    if (over.kind === 'module' || over.kind === 'group') {
      const slot = slotOf(pathway, over);
      if (!slot || slot.groupId !== undefined) return { kind: 'none' };
      return { kind: 'place-group', groupId: active.groupId, stageId: slot.stageId, index: slot.index };
    }
    return { kind: 'none' };
  }

  if (active.kind !== 'module' && active.kind !== 'library-module') return { kind: 'none' };
  const moduleId = active.moduleId;
  const onBoard = slotOf(pathway, { kind: 'module', moduleId }) !== null;
  switch (over.kind) {
    case 'library':
      return onBoard ? { kind: 'remove-module', moduleId } : { kind: 'none' };
    case 'stage': {
      const stage = pathway.stages.find((s) => s.id === over.stageId);
      if (!stage) return { kind: 'none' };
      const from = slotOf(pathway, { kind: 'module', moduleId });
      const end =
        from && from.stageId === stage.id && from.groupId === undefined
          ? stage.items.length - 1
          : stage.items.length;
      return { kind: 'place-module', moduleId, stageId: stage.id, index: end };
    }
    case 'group':
    case 'group-inside': {
      const where = groupStage(pathway, over.groupId);
      if (!where) return { kind: 'none' };
      const from = slotOf(pathway, { kind: 'module', moduleId });
      const end = from?.groupId === over.groupId ? where.size - 1 : where.size;
      return { kind: 'place-module', moduleId, stageId: where.stageId, groupId: over.groupId, index: end };
    }
    case 'module': {
      if (over.moduleId === moduleId) return { kind: 'none' };
      const target = slotOf(pathway, over);
      if (!target) return { kind: 'none' };
      return {
        kind: 'place-module',
        moduleId,
        stageId: target.stageId,
        ...(target.groupId !== undefined && { groupId: target.groupId }),
        index: target.index,
      };
    }
    default:
      return { kind: 'none' };
  }
}
