import type { ReactNode } from 'react';
import { useT } from '../app/i18n';

export interface EntityListItem {
  id: string;
  label: ReactNode;
  /** Typed values that are not in the workspace yet: shown as "(not saved)". */
  unsaved: boolean;
}

/**
 * The list side of a list-and-detail dialog (issuers, QA profiles): one button per entity, the one shown
 * marked as current, and those with unsaved drafts marked as such.
 */
export function EntityList({
  items,
  currentId,
  onSelect,
}: {
  items: readonly EntityListItem[];
  currentId: string | null;
  onSelect: (id: string) => void;
}) {
  const tr = useT();
  return (
    <ul className="plain-list">
      {items.map((item) => (
        <li key={item.id}>
          <button
            type="button"
            className="recent__item"
            aria-current={item.id === currentId ? 'true' : undefined}
            onClick={() => onSelect(item.id)}
          >
            {item.label}
            {item.unsaved && <span className="field__hint"> {tr.t('common.notSaved')}</span>}
          </button>
        </li>
      ))}
    </ul>
  );
}
