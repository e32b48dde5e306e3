import {
  type Announcements,
  type CollisionDetection,
  closestCenter,
  DndContext,
  type DragEndEvent,
  DragOverlay,
  type DragStartEvent,
  KeyboardSensor,
  PointerSensor,
  pointerWithin,
  useSensor,
  useSensors,
} from '@dnd-kit/core';
import { sortableKeyboardCoordinates } from '@dnd-kit/sortable';
import { placeChoiceGroup, placeModule, removeModule } from '@shared/domain/pathway-ops';
import type { Pathway } from '@shared/schemas/pathway';
import { type ReactNode, useMemo, useState } from 'react';
import { refusalMessage } from '../../app/error-messages';
import { useT } from '../../app/i18n';
import { changePathway } from '../../editor/pathway-actions';
import { type DispatchResult, step } from '../../editor/store';
import { useEditor, useEditorStore } from '../../editor/use-editor';
import { dropIntent, parseDndId } from './dnd-ids';

const depth: Record<string, number> = { module: 0, 'group-inside': 1, group: 2, stage: 3, library: 4 };

/**
 * Under the pointer, the most specific target wins (a module tile over the group around it, a group
 * over its stage). The keyboard has no pointer: it moves between the closest targets.
 */
const boardCollisions: CollisionDetection = (args) => {
  const within = pointerWithin(args);
  if (within.length === 0) return closestCenter(args);
  const rank = (id: string | number) => depth[parseDndId(id)?.kind ?? ''] ?? 9;
  return [...within].sort((a, b) => rank(a.id) - rank(b.id));
};

interface BoardDndProps {
  pathway: Pathway | undefined;
  onRefused: (message: string) => void;
  children: ReactNode;
}

/**
 * The drag-and-drop context around the library and the board. A drag changes nothing until it is
 * dropped; the drop becomes one editor command (one undo step); a cancelled drag leaves the board as it was.
 */
export function BoardDnd({ pathway, onRefused, children }: BoardDndProps) {
  const tr = useT();
  const store = useEditorStore();
  const modules = useEditor((s) => s.workspace.modules);
  const [activeLabel, setActiveLabel] = useState<string | null>(null);
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 5 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );

  const nameOf = useMemo(() => {
    const titles = new Map(modules.map((m) => [m.id, `${m.code} ${m.title}`]));
    return (id: string | number | undefined | null): string => {
      if (id === undefined || id === null) return 'nowhere';
      const ref = parseDndId(id);
      if (!ref) return 'an unknown place';
      switch (ref.kind) {
        case 'library-module':
        case 'module':
          return titles.get(ref.moduleId) ?? 'a module';
        case 'group':
        case 'group-inside': {
          const group = pathway?.stages
            .flatMap((s) => s.items)
            .find((i) => i.kind === 'choice' && i.id === ref.groupId);
          return group?.kind === 'choice'
            ? `choice group ${group.title || 'without a title'}`
            : 'a choice group';
        }
        case 'stage':
          return `stage ${pathway?.stages.find((s) => s.id === ref.stageId)?.title ?? ''}`;
        case 'library':
          return 'the library (removes it from the pathway)';
      }
    };
  }, [modules, pathway]);

  const announcements: Announcements = {
    onDragStart: ({ active }) =>
      `Picked up ${nameOf(active.id)}. Use the arrow keys to move, Space to drop, Escape to cancel.`,
    onDragOver: ({ active, over }) =>
      over && over.id !== active.id ? `${nameOf(active.id)} is over ${nameOf(over.id)}.` : undefined,
    onDragEnd: ({ active, over }) => `${nameOf(active.id)} was dropped on ${nameOf(over?.id)}.`,
    onDragCancel: ({ active }) => `Moving ${nameOf(active.id)} was cancelled. Nothing changed.`,
  };

  const onDragStart = (event: DragStartEvent) => setActiveLabel(nameOf(event.active.id));

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    setActiveLabel(null);
    if (!pathway) return;
    const intent = dropIntent(pathway, active.id, over?.id ?? null);
    let result: DispatchResult = { ok: true, changed: false };
    switch (intent.kind) {
      case 'place-module':
        result = changePathway(
          store,
          pathway.id,
          step('history.item.move', { name: nameOf(active.id) }),
          (p) =>
            placeModule(p, intent.moduleId, {
              stageId: intent.stageId,
              index: intent.index,
              ...(intent.groupId !== undefined && { groupId: intent.groupId }),
            }),
        );
        break;
      case 'remove-module':
        result = changePathway(
          store,
          pathway.id,
          step('history.item.remove', { name: nameOf(active.id) }),
          (p) => removeModule(p, intent.moduleId),
        );
        break;
      case 'place-group':
        result = changePathway(store, pathway.id, step('history.group.move'), (p) =>
          placeChoiceGroup(p, intent.groupId, { stageId: intent.stageId, index: intent.index }),
        );
        break;
      case 'none':
        break;
    }
    const refusal = refusalMessage(result, tr);
    if (refusal) onRefused(refusal);
  };

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={boardCollisions}
      accessibility={{
        announcements,
        screenReaderInstructions: {
          draggable:
            'To pick up a module, press Space or Enter. Use the arrow keys to move it between stages and groups. Press Space or Enter again to drop it, or Escape to cancel.',
        },
      }}
      onDragStart={onDragStart}
      onDragEnd={onDragEnd}
      onDragCancel={() => setActiveLabel(null)}
    >
      {children}
      <DragOverlay dropAnimation={null}>
        {activeLabel ? <div className="drag-overlay">{activeLabel}</div> : null}
      </DragOverlay>
    </DndContext>
  );
}
