import { useDroppable } from '@dnd-kit/core';
import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable';
import type { Stage } from '@shared/schemas/pathway';
import { type FormEvent, useState } from 'react';
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
              Stage name
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
              Rename
            </button>
          </form>
        ) : (
          <h3 id={`stage-title-${stage.id}`}>
            <span className="stage__number">{position + 1}</span> {stage.title} <QaBadge counts={findings} />
          </h3>
        )}
        <div className="stage__tools">
          <button
            type="button"
            className="icon-button"
            aria-label={`Move stage ${stage.title} left`}
            disabled={position === 0}
            onClick={() => onMove(position - 1)}
          >
            <span aria-hidden="true">←</span>
          </button>
          <button
            type="button"
            className="icon-button"
            aria-label={`Move stage ${stage.title} right`}
            disabled={position === count - 1}
            onClick={() => onMove(position + 1)}
          >
            <span aria-hidden="true">→</span>
          </button>
          <button
            type="button"
            className="icon-button"
            aria-label={`Rename stage ${stage.title}`}
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
            aria-label={`Delete stage ${stage.title}`}
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
          aria-label={`Delete stage ${stage.title}?`}
        >
          <p>Delete {stage.title}? Its modules leave the pathway (they stay in the library).</p>
          <button type="button" className="button button--danger button--small" onClick={onDelete}>
            Delete stage
          </button>
          <button type="button" className="button button--small" onClick={() => setConfirmDelete(false)}>
            Keep
          </button>
        </div>
      )}
      <SortableContext items={itemIds} strategy={verticalListSortingStrategy}>
        <ul
          ref={setNodeRef}
          className={`stage__list${isOver ? ' drop--over' : ''}`}
          aria-label={`Modules in ${stage.title}`}
        >
          <StageItems items={stage.items} context={context}>
            {stage.items.length === 0 && <li className="drop-hint">Drag modules from the library here</li>}
          </StageItems>
        </ul>
      </SortableContext>
      <button type="button" className="button button--quiet button--small stage__add" onClick={onAddGroup}>
        + Choice group
      </button>
    </section>
  );
}
