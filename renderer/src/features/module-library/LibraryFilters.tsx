import { valueLabel } from '@locales/values';
import { designStatuses, moduleCategories } from '@shared/schemas/module';
import { useT } from '../../app/i18n';
import { fieldLabel } from '../inspector/field-words';
import type { LibraryFilter } from './filter';

/** The EQF's levels, the ones a module's level is filtered by. */
const levels = [1, 2, 3, 4, 5, 6, 7, 8];

/** Search by code, title or outcome; filter by the module fields a designer looks a module up by. */
export function LibraryFilters({
  filter,
  onChange,
}: {
  filter: LibraryFilter;
  onChange: (patch: Partial<LibraryFilter>) => void;
}) {
  const tr = useT();
  const categories = moduleCategories
    .map((c) => ({ value: c, label: valueLabel(tr, 'category', c) }))
    .sort((a, b) => tr.compare(a.label, b.label));
  return (
    <div className="library__search">
      <label htmlFor="library-search" className="visually-hidden">
        {tr.t('library.search')}
      </label>
      <input
        id="library-search"
        type="search"
        placeholder={tr.t('library.searchPlaceholder')}
        value={filter.query}
        onChange={(e) => onChange({ query: e.target.value })}
      />
      <details className="filters">
        <summary>{tr.t('library.filters')}</summary>
        <div className="filters__grid">
          <label>
            {fieldLabel(tr, 'module', 'category')}
            <select
              value={filter.category}
              onChange={(e) => onChange({ category: e.target.value as LibraryFilter['category'] })}
            >
              <option value="">{tr.t('library.any')}</option>
              {categories.map((c) => (
                <option key={c.value} value={c.value}>
                  {c.label}
                </option>
              ))}
            </select>
          </label>
          <label>
            {fieldLabel(tr, 'module', 'status')}
            <select
              value={filter.status}
              onChange={(e) => onChange({ status: e.target.value as LibraryFilter['status'] })}
            >
              <option value="">{tr.t('library.any')}</option>
              {designStatuses.map((s) => (
                <option key={s} value={s}>
                  {valueLabel(tr, 'designStatus', s)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {fieldLabel(tr, 'module', 'level.value')}
            <select value={filter.level} onChange={(e) => onChange({ level: e.target.value })}>
              <option value="">{tr.t('library.any')}</option>
              {levels.map((l) => (
                <option key={l} value={String(l)}>
                  {tr.number(l)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {tr.t('library.creditsFrom')}
            <input
              type="number"
              min="0"
              value={filter.minCredit}
              onChange={(e) => onChange({ minCredit: e.target.value })}
            />
          </label>
          <label>
            {tr.t('library.creditsTo')}
            <input
              type="number"
              min="0"
              value={filter.maxCredit}
              onChange={(e) => onChange({ maxCredit: e.target.value })}
            />
          </label>
        </div>
      </details>
    </div>
  );
}
