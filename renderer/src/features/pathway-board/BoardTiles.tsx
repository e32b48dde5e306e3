import { useDroppable } from '@dnd-kit/core';
import { SortableContext, useSortable, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { choiceGroupStatus } from '@shared/domain/pathway-ops';
import type { Module } from '@shared/schemas/module';
import type { StageItem } from '@shared/schemas/pathway';
import type { CSSProperties, ReactNode } from 'react';
import { useT } from '../../app/i18n';
import { QaBadge } from '../qa-panel/QaBadge';
import type { FindingCounts } from '../qa-panel/use-qa-report';
import { dndId } from './dnd-ids';
import { creditText, levelText } from './module-meta';

type ChoiceGroup = Extract<StageItem, { kind: 'choice' }>;

export interface TileContext {
  modulesById: ReadonlyMap<string, Module>;
  /** Codes of the modules that must come before each module. */
  prerequisitesOf: (moduleId: string) => string[];
  selectedId: string | null;
  findingsOf: (moduleId: string) => FindingCounts | undefined;
  onSelectModule: (moduleId: string) => void;
  onSelectGroup: (groupId: string) => void;
  onRemoveModule: (moduleId: string) => void;
}

function sortableStyle(
  transform: ReturnType<typeof useSortable>['transform'],
  transition?: string,
): CSSProperties {
  return { transform: CSS.Translate.toString(transform), ...(transition !== undefined && { transition }) };
}

/** A module placed on the board: select it, drag it by its handle, or remove it with a labelled button. */
export function ModuleTile({ moduleId, context }: { moduleId: string; context: TileContext }) {
  const tr = useT();
  const module = context.modulesById.get(moduleId);
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } =
    useSortable({
      id: dndId({ kind: 'module', moduleId }),
      attributes: { roleDescription: tr.t('board.dnd.roleDescription') },
    });
  const title = module?.title ?? tr.t('board.tile.missingModule');
  const after = context.prerequisitesOf(moduleId);
  return (
    <li
      ref={setNodeRef}
      style={sortableStyle(transform, transition)}
      className={`tile${isDragging ? ' tile--dragging' : ''}${context.selectedId === moduleId ? ' tile--selected' : ''}`}
      data-testid={`tile-${module?.code ?? moduleId}`}
    >
      <button
        type="button"
        ref={setActivatorNodeRef}
        className="drag-handle"
        aria-label={tr.t('board.tile.move', { title })}
        {...attributes}
        {...listeners}
      >
        <span aria-hidden="true">⠿</span>
      </button>
      <button type="button" className="tile__body" onClick={() => context.onSelectModule(moduleId)}>
        <span className="tile__code">
          {module?.code}
          <QaBadge counts={context.findingsOf(moduleId)} />
        </span>
        <span className="tile__title">{title}</span>
        <span className="tile__meta">
          {tr.t('board.tile.meta', {
            credit: creditText(tr, module?.credit),
            level: levelText(tr, module?.level),
          })}
        </span>
        {after.length > 0 && (
          <span className="tile__prereqs">
            {after.map((code) => (
              <span key={code} className="chip chip--prereq">
                {tr.t('board.tile.after', { code })}
              </span>
            ))}
          </span>
        )}
      </button>
      <button
        type="button"
        className="icon-button"
        aria-label={tr.t('board.tile.remove', { title })}
        title={tr.t('board.tile.removeHint')}
        onClick={() => context.onRemoveModule(moduleId)}
      >
        <span aria-hidden="true">×</span>
      </button>
    </li>
  );
}

/** "Choose N of these M": a sortable block in its stage that modules are dragged into and out of. */
export function ChoiceGroupBlock({ group, context }: { group: ChoiceGroup; context: TileContext }) {
  const tr = useT();
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } =
    useSortable({
      id: dndId({ kind: 'group', groupId: group.id }),
      attributes: { roleDescription: tr.t('board.dnd.roleDescription') },
    });
  const inside = useDroppable({ id: dndId({ kind: 'group-inside', groupId: group.id }) });
  const status = choiceGroupStatus(group);
  const name = group.title || tr.t('board.group.untitled');
  return (
    <li
      ref={setNodeRef}
      style={sortableStyle(transform, transition)}
      className={`group${isDragging ? ' tile--dragging' : ''}${status.satisfiable ? '' : ' group--unsatisfiable'}`}
      data-testid={`group-${group.id}`}
    >
      <div className="group__header">
        <button
          type="button"
          ref={setActivatorNodeRef}
          className="drag-handle"
          aria-label={tr.t('board.group.move', { name })}
          {...attributes}
          {...listeners}
        >
          <span aria-hidden="true">⠿</span>
        </button>
        <button type="button" className="group__title" onClick={() => context.onSelectGroup(group.id)}>
          <span>{name}</span>
          <span className={`chip ${status.satisfiable ? 'chip--ok' : 'chip--error'}`}>
            {tr.t('board.group.choose', { choose: status.choose, holds: status.holds })}
          </span>
        </button>
      </div>
      {!status.satisfiable && (
        <p className="group__warning">
          {tr.t('board.group.unsatisfiable', { choose: status.choose, holds: status.holds })}
        </p>
      )}
      <SortableContext
        items={group.moduleIds.map((moduleId) => dndId({ kind: 'module', moduleId }))}
        strategy={verticalListSortingStrategy}
      >
        <ul
          ref={inside.setNodeRef}
          className={`group__list${inside.isOver ? ' drop--over' : ''}`}
          aria-label={tr.t('board.group.modules', { name })}
        >
          {group.moduleIds.map((moduleId) => (
            <ModuleTile key={moduleId} moduleId={moduleId} context={context} />
          ))}
          {group.moduleIds.length === 0 && <li className="drop-hint">{tr.t('board.group.dropHint')}</li>}
        </ul>
      </SortableContext>
    </li>
  );
}

export function StageItems({
  items,
  context,
  children,
}: {
  items: readonly StageItem[];
  context: TileContext;
  children?: ReactNode;
}) {
  return (
    <>
      {items.map((item) =>
        item.kind === 'module' ? (
          <ModuleTile key={item.moduleId} moduleId={item.moduleId} context={context} />
        ) : (
          <ChoiceGroupBlock key={item.id} group={item} context={context} />
        ),
      )}
      {children}
    </>
  );
}
