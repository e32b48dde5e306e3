import { useDraggable, useDroppable } from '@dnd-kit/core';
import { valueLabel } from '@locales/values';
import type { Module } from '@shared/schemas/module';
import { useMemo, useState } from 'react';
import { useT } from '../../app/i18n';
import { useEditor } from '../../editor/use-editor';
import { dndId } from '../pathway-board/dnd-ids';
import { creditText, levelText } from '../pathway-board/module-meta';
import { type LibraryFilter, matchesFilter } from './filter';
import { LibraryFilters } from './LibraryFilters';

interface ModuleLibraryProps {
  selectedId: string | null;
  /** Modules placed in the active pathway; null when no pathway is open (nothing to drag into). */
  onBoard: ReadonlySet<string> | null;
  onSelect: (id: string) => void;
  onNew: () => void;
}

const PAGE = 100;

interface LibraryCardProps {
  module: Module;
  selected: boolean;
  placed: boolean;
  draggable: boolean;
  onSelect: (id: string) => void;
}

function LibraryCard({ module, selected, placed, draggable, onSelect }: LibraryCardProps) {
  const tr = useT();
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, isDragging } = useDraggable({
    id: dndId({ kind: 'library-module', moduleId: module.id }),
    disabled: !draggable,
    attributes: { roleDescription: tr.t('library.dnd.roleDescription') },
  });
  return (
    <li
      ref={setNodeRef}
      className={`library-card${isDragging ? ' tile--dragging' : ''}`}
      data-testid={`library-${module.code}`}
    >
      {draggable && (
        <button
          type="button"
          ref={setActivatorNodeRef}
          className="drag-handle"
          aria-label={tr.t('library.drag', { title: module.title })}
          {...attributes}
          {...listeners}
        >
          <span aria-hidden="true">⠿</span>
        </button>
      )}
      <button
        type="button"
        className="module-card"
        aria-current={selected ? 'true' : undefined}
        onClick={() => onSelect(module.id)}
      >
        <span className="module-card__code">
          {module.code}
          {placed && <span className="chip chip--placed">{tr.t('library.inPathway')}</span>}
        </span>
        <span className="module-card__title">{module.title}</span>
        <span className="module-card__meta">
          {tr.t('board.tile.meta', {
            credit: creditText(tr, module.credit),
            level: levelText(tr, module.level),
          })}
          <span className={`status status--${module.status}`}>
            {valueLabel(tr, 'designStatus', module.status)}
          </span>
        </span>
      </button>
    </li>
  );
}

/** Every module of the workspace: search, filter, create, open in the inspector, drag into a stage. */
export function ModuleLibrary({ selectedId, onBoard, onSelect, onNew }: ModuleLibraryProps) {
  const tr = useT();
  const modules = useEditor((s) => s.workspace.modules);
  const [filter, setFilter] = useState<LibraryFilter>({
    query: '',
    category: '',
    status: '',
    level: '',
    minCredit: '',
    maxCredit: '',
  });
  // In the reader's order: codes with numbers as numbers (MC-2 before MC-10), letters as the language sorts them.
  const matching = useMemo(
    () =>
      modules
        .filter((m) => matchesFilter(m, filter))
        .sort((a, b) => tr.compare(a.code, b.code) || tr.compare(a.title, b.title)),
    [modules, filter, tr],
  );
  // Every card is a draggable that re-renders while a drag moves; a long list is shown a page at a time.
  const [limit, setLimit] = useState(PAGE);
  const shown = matching.slice(0, limit);
  const dropZone = useDroppable({ id: dndId({ kind: 'library' }), disabled: onBoard === null });
  const set = (patch: Partial<LibraryFilter>) => {
    setFilter((f) => ({ ...f, ...patch }));
    setLimit(PAGE);
  };
  return (
    <section
      ref={dropZone.setNodeRef}
      className={`panel library${dropZone.isOver ? ' library--remove' : ''}`}
      aria-labelledby="library-title"
    >
      <header className="panel__header">
        <h2 id="library-title">{tr.t('library.title')}</h2>
        <button type="button" className="button button--primary" onClick={onNew}>
          {tr.t('library.newModule')}
        </button>
      </header>
      <LibraryFilters filter={filter} onChange={set} />
      {onBoard && <p className="library__hint">{tr.t('library.dragHint')}</p>}
      {modules.length === 0 ? (
        <p className="empty">{tr.t('library.empty')}</p>
      ) : shown.length === 0 ? (
        <p className="empty">{tr.t('library.noMatch')}</p>
      ) : (
        <ul className="library__list" aria-label={tr.t('library.list')}>
          {shown.map((module) => (
            <LibraryCard
              key={module.id}
              module={module}
              selected={module.id === selectedId}
              placed={onBoard?.has(module.id) ?? false}
              draggable={onBoard !== null}
              onSelect={onSelect}
            />
          ))}
        </ul>
      )}
      {matching.length > shown.length && (
        <div className="library__more">
          <p className="field__hint">
            {tr.t('library.showing', { shown: shown.length, count: matching.length })}
          </p>
          <button type="button" className="button button--small" onClick={() => setLimit((n) => n + PAGE)}>
            {tr.t('library.showMore', { count: Math.min(PAGE, matching.length - shown.length) })}
          </button>
        </div>
      )}
    </section>
  );
}
