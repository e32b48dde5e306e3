import { useDraggable, useDroppable } from '@dnd-kit/core';
import { creditLabel, levelLabel } from '@shared/domain/labels';
import { designStatuses, type Module, moduleCategories } from '@shared/schemas/module';
import { useMemo, useState } from 'react';
import { useEditor } from '../../editor/use-editor';
import { humanize } from '../../ui/fields';
import { dndId } from '../pathway-board/dnd-ids';
import { type LibraryFilter, matchesFilter } from './filter';

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
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, isDragging } = useDraggable({
    id: dndId({ kind: 'library-module', moduleId: module.id }),
    disabled: !draggable,
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
          aria-label={`Drag ${module.title} into the pathway`}
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
          {placed && <span className="chip chip--placed">in pathway</span>}
        </span>
        <span className="module-card__title">{module.title}</span>
        <span className="module-card__meta">
          {creditLabel(module.credit)} · {levelLabel(module.level)}
          <span className={`status status--${module.status}`}>{humanize(module.status)}</span>
        </span>
      </button>
    </li>
  );
}

/** Every module of the workspace: search, filter, create, open in the inspector, drag into a stage. */
export function ModuleLibrary({ selectedId, onBoard, onSelect, onNew }: ModuleLibraryProps) {
  const modules = useEditor((s) => s.workspace.modules);
  const [filter, setFilter] = useState<LibraryFilter>({
    query: '',
    category: '',
    status: '',
    level: '',
    minCredit: '',
    maxCredit: '',
  });
  const matching = useMemo(() => modules.filter((m) => matchesFilter(m, filter)), [modules, filter]);
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
        <h2 id="library-title">Modules</h2>
        <button type="button" className="button button--primary" onClick={onNew}>
          New module
        </button>
      </header>
      <div className="library__search">
        <label htmlFor="library-search" className="visually-hidden">
          Search modules
        </label>
        <input
          id="library-search"
          type="search"
          placeholder="Search code, title or outcome"
          value={filter.query}
          onChange={(e) => set({ query: e.target.value })}
        />
        <details className="filters">
          <summary>Filters</summary>
          <div className="filters__grid">
            <label>
              Category
              <select
                value={filter.category}
                onChange={(e) => set({ category: e.target.value as LibraryFilter['category'] })}
              >
                <option value="">Any</option>
                {moduleCategories.map((c) => (
                  <option key={c} value={c}>
                    {humanize(c)}
                  </option>
                ))}
              </select>
            </label>
            <label>
              Status
              <select
                value={filter.status}
                onChange={(e) => set({ status: e.target.value as LibraryFilter['status'] })}
              >
                <option value="">Any</option>
                {designStatuses.map((s) => (
                  <option key={s} value={s}>
                    {humanize(s)}
                  </option>
                ))}
              </select>
            </label>
            <label>
              Level
              <select value={filter.level} onChange={(e) => set({ level: e.target.value })}>
                <option value="">Any</option>
                {[1, 2, 3, 4, 5, 6, 7, 8].map((l) => (
                  <option key={l} value={String(l)}>
                    {l}
                  </option>
                ))}
              </select>
            </label>
            <label>
              Credits from
              <input
                type="number"
                min="0"
                value={filter.minCredit}
                onChange={(e) => set({ minCredit: e.target.value })}
              />
            </label>
            <label>
              Credits to
              <input
                type="number"
                min="0"
                value={filter.maxCredit}
                onChange={(e) => set({ maxCredit: e.target.value })}
              />
            </label>
          </div>
        </details>
      </div>
      {onBoard && (
        <p className="library__hint">
          Drag a module into a stage; drop one here to take it out of the pathway.
        </p>
      )}
      {modules.length === 0 ? (
        <p className="empty">
          No modules yet. Create the first micro-credential of this workspace with “New module”.
        </p>
      ) : shown.length === 0 ? (
        <p className="empty">No module matches the search and filters.</p>
      ) : (
        <ul className="library__list" aria-label="Modules in this workspace">
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
            Showing {shown.length} of {matching.length} modules: search or filter to narrow them.
          </p>
          <button type="button" className="button button--small" onClick={() => setLimit((n) => n + PAGE)}>
            Show {Math.min(PAGE, matching.length - shown.length)} more
          </button>
        </div>
      )}
    </section>
  );
}
