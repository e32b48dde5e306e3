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

/** A draggable or drop target as a sentence names it: its kind (a select in the message) and its name. */
interface Place {
  kind: 'module' | 'group' | 'untitledGroup' | 'stage' | 'library' | 'unknown';
  name: string;
}

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

  const placeOf = useMemo(() => {
    const names = new Map(
      modules.map((m) => [m.id, tr.t('board.dnd.moduleName', { code: m.code, title: m.title })]),
    );
    return (id: string | number): Place => {
      const ref = parseDndId(id);
      if (!ref) return { kind: 'unknown', name: '' };
      switch (ref.kind) {
        case 'library-module':
        case 'module':
          return { kind: 'module', name: names.get(ref.moduleId) ?? ref.moduleId };
        case 'group':
        case 'group-inside': {
          const group = pathway?.stages
            .flatMap((s) => s.items)
            .find((i) => i.kind === 'choice' && i.id === ref.groupId);
          const title = group?.kind === 'choice' ? group.title : '';
          return title ? { kind: 'group', name: title } : { kind: 'untitledGroup', name: '' };
        }
        case 'stage':
          return { kind: 'stage', name: pathway?.stages.find((s) => s.id === ref.stageId)?.title ?? '' };
        case 'library':
          return { kind: 'library', name: '' };
      }
    };
  }, [modules, pathway, tr]);

  // Each sentence names what moves and where as a select on their kinds, so a language can decline them.
  const moving = (id: string | number) => {
    const place = placeOf(id);
    return { activeKind: place.kind, active: place.name };
  };
  const target = (id: string | number) => {
    const place = placeOf(id);
    return { overKind: place.kind, over: place.name };
  };
  const announcements: Announcements = {
    onDragStart: ({ active }) => tr.t('board.dnd.pickedUp', moving(active.id)),
    onDragOver: ({ active, over }) =>
      over && over.id !== active.id
        ? tr.t('board.dnd.over', { ...moving(active.id), ...target(over.id) })
        : undefined,
    onDragEnd: ({ active, over }) =>
      over
        ? tr.t('board.dnd.dropped', { ...moving(active.id), ...target(over.id) })
        : tr.t('board.dnd.droppedNowhere', moving(active.id)),
    onDragCancel: ({ active }) => tr.t('board.dnd.cancelled', moving(active.id)),
  };

  /** What an undo step or the drag overlay calls the dragged module or group. */
  const nameOf = (id: string | number): string => {
    const place = placeOf(id);
    return place.kind === 'untitledGroup' ? tr.t('board.group.untitled') : place.name;
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
        screenReaderInstructions: { draggable: tr.t('board.dnd.instructions') },
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
