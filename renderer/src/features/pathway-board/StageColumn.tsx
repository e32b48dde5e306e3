import { useDroppable } from '@dnd-kit/core';
import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable';
import type { Stage } from '@shared/schemas/pathway';
import { type FormEvent, useState } from 'react';
import { useT } from '../../app/i18n';
import { QaBadge } from '../qa-panel/QaBadge';
import type { FindingCounts } from '../qa-panel/use-qa-report';
import { StageItems, type TileContext } from './BoardTiles';
import { dndId } from './dnd-ids';

interface StageColumnProps {
  stage: Stage;
  position: number;
  count: number;
  context: TileContext;
  findings: FindingCounts;
  onRename: (title: string) => void;
  onMove: (toIndex: number) => void;
  onDelete: () => void;
  onAddGroup: () => void;
}

/** One stage of the pathway: an ordered, droppable list of modules and choice groups. */
export function StageColumn({
  stage,
  position,
  count,
  context,
  findings,
  onRename,
  onMove,
  onDelete,
  onAddGroup,
}: StageColumnProps) {
  const tr = useT();
  const named = { title: stage.title };
  const { setNodeRef, isOver } = useDroppable({ id: dndId({ kind: 'stage', stageId: stage.id }) });
  const [renaming, setRenaming] = useState(false);
  const [title, setTitle] = useState(stage.title);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (title.trim() === '') return;
    onRename(title.trim());
    setRenaming(false);
  };
  const itemIds = stage.items.map((item) =>
    item.kind === 'module'
      ? dndId({ kind: 'module', moduleId: item.moduleId })
      : dndId({ kind: 'group', groupId: item.id }),
  );
  return (
    <section
      className="stage"
      aria-labelledby={`stage-title-${stage.id}`}
      data-testid={`stage-${stage.title}`}
    >
      <header className="stage__header">
        {renaming ? (
          <form onSubmit={submit} className="stage__rename">
            <label htmlFor={`stage-name-${stage.id}`} className="visually-hidden">
              {tr.t('board.stage.name')}
            </label>
            <input
              id={`stage-name-${stage.id}`}
              value={title}
              onChange={(e) => setTitle(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === 'Escape') setRenaming(false);
              }}
              // biome-ignore lint/a11y/noAutofocus: the user just asked to rename this stage
              autoFocus
            />
            <button type="submit" className="button button--small">
              {tr.t('board.stage.renameSubmit')}
            </button>
          </form>
        ) : (
          <h3 id={`stage-title-${stage.id}`}>
            <span className="stage__number">{tr.number(position + 1)}</span> {stage.title}{' '}
            <QaBadge counts={findings} />
          </h3>
        )}
        <div className="stage__tools">
          <button
            type="button"
            className="icon-button"
            aria-label={tr.t('board.stage.moveLeft', named)}
            disabled={position === 0}
            onClick={() => onMove(position - 1)}
          >
            <span aria-hidden="true">←</span>
          </button>
          <button
            type="button"
            className="icon-button"
            aria-label={tr.t('board.stage.moveRight', named)}
            disabled={position === count - 1}
            onClick={() => onMove(position + 1)}
          >
            <span aria-hidden="true">→</span>
          </button>
          <button
            type="button"
            className="icon-button"
            aria-label={tr.t('board.stage.rename', named)}
            onClick={() => {
              setTitle(stage.title);
              setRenaming(true);
            }}
          >
            <span aria-hidden="true">✎</span>
          </button>
          <button
            type="button"
            className="icon-button"
            aria-label={tr.t('board.stage.delete', named)}
            onClick={() => setConfirmDelete(true)}
          >
            <svg
              aria-hidden="true"
              width="14"
              height="14"
              viewBox="0 0 16 16"
              fill="none"
              stroke="currentColor"
              strokeWidth="1.5"
            >
              <path d="M2.5 4h11M6 4V2.5h4V4M4 4l.8 9.5h6.4L12 4M6.5 6.5v5M9.5 6.5v5" />
            </svg>
          </button>
        </div>
      </header>
      {confirmDelete && (
        <div
          className="confirm confirm--small"
          role="alertdialog"
          aria-label={tr.t('board.stage.deleteConfirm.label', named)}
        >
          <p>{tr.t('board.stage.deleteConfirm.text', named)}</p>
          <button type="button" className="button button--danger button--small" onClick={onDelete}>
            {tr.t('board.stage.deleteConfirm.delete')}
          </button>
          <button type="button" className="button button--small" onClick={() => setConfirmDelete(false)}>
            {tr.t('board.stage.deleteConfirm.keep')}
          </button>
        </div>
      )}
      <SortableContext items={itemIds} strategy={verticalListSortingStrategy}>
        <ul
          ref={setNodeRef}
          className={`stage__list${isOver ? ' drop--over' : ''}`}
          aria-label={tr.t('board.stage.modules', named)}
        >
          <StageItems items={stage.items} context={context}>
            {stage.items.length === 0 && <li className="drop-hint">{tr.t('board.stage.dropHint')}</li>}
          </StageItems>
        </ul>
      </SortableContext>
      <button type="button" className="button button--quiet button--small stage__add" onClick={onAddGroup}>
        {tr.t('board.stage.addGroup')}
      </button>
    </section>
  );
}
