import type { ReactNode } from 'react';
import { useT } from './i18n';

export interface AsideTab<T extends string> {
  id: T;
  label: string;
  /** A count or state shown after the label. */
  badge?: ReactNode;
}

/** The side panel's tabs; each controls the tab panel with id `panel-<id>`. */
export function AsideTabs<T extends string>({
  tabs,
  active,
  onChange,
}: {
  tabs: readonly AsideTab<T>[];
  active: T;
  onChange: (id: T) => void;
}) {
  const tr = useT();
  return (
    <div role="tablist" aria-label={tr.t('app.aside.tabs')} className="aside-tabs">
      {tabs.map((tab) => (
        <button
          key={tab.id}
          type="button"
          role="tab"
          id={`tab-${tab.id}`}
          aria-controls={`panel-${tab.id}`}
          aria-selected={active === tab.id}
          onClick={() => onChange(tab.id)}
        >
          {tab.label}
          {tab.badge}
        </button>
      ))}
    </div>
  );
}
