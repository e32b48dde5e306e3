import { creditLabel, levelLabel } from '@shared/domain/labels';
import type { Module } from '@shared/schemas/module';
import { useMemo, useState } from 'react';
import { useEditor } from '../../editor/use-editor';
import { humanize } from '../../ui/fields';

interface ModuleLibraryProps {
  selectedId: string | null;
  onSelect: (id: string) => void;
  onNew: () => void;
}

function matches(module: Module, query: string): boolean {
  const q = query.trim().toLowerCase();
  if (q === '') return true;
  return [module.code, module.title, ...module.learningOutcomes.map((o) => o.statement)].some((text) =>
    text.toLowerCase().includes(q),
  );
}

/** Every module of the workspace, searchable by code, title and outcome text. */
export function ModuleLibrary({ selectedId, onSelect, onNew }: ModuleLibraryProps) {
  const modules = useEditor((s) => s.workspace.modules);
  const [query, setQuery] = useState('');
  const shown = useMemo(() => modules.filter((m) => matches(m, query)), [modules, query]);
  return (
    <section className="panel library" aria-labelledby="library-title">
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
          placeholder="Search by code, title or outcome"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
      </div>
      {modules.length === 0 ? (
        <p className="empty">
          No modules yet. Create the first micro-credential of this workspace with “New module”.
        </p>
      ) : shown.length === 0 ? (
        <p className="empty">No module matches “{query}”.</p>
      ) : (
        <ul className="library__list" aria-label="Modules in this workspace">
          {shown.map((module) => (
            <li key={module.id}>
              <button
                type="button"
                className="module-card"
                aria-current={module.id === selectedId ? 'true' : undefined}
                onClick={() => onSelect(module.id)}
              >
                <span className="module-card__code">{module.code}</span>
                <span className="module-card__title">{module.title}</span>
                <span className="module-card__meta">
                  {creditLabel(module.credit)} · {levelLabel(module.level)}
                  <span className={`status status--${module.status}`}>{humanize(module.status)}</span>
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
