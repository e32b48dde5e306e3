import type { Pathway } from '@shared/schemas/pathway';
import { useState } from 'react';
import { refusalMessage } from '../../app/error-messages';
import { useT } from '../../app/i18n';
import { removePrerequisiteStep } from '../../editor/pathway-actions';
import { useEditor, useEditorStore } from '../../editor/use-editor';

/**
 * Every "A before B" of the pathway, where a finding about its order (a cycle, a prerequisite in a later
 * stage) lands. Each is added from the module it comes before; here it can be taken away.
 */
export function PathwayPrerequisites({ pathway }: { pathway: Pathway }) {
  const tr = useT();
  const store = useEditorStore();
  const modules = useEditor((s) => s.workspace.modules);
  const [error, setError] = useState<string | null>(null);
  const codeOf = (id: string) => modules.find((m) => m.id === id)?.code ?? id;
  const edges = pathway.prerequisites;

  return (
    <div className="pathway-prerequisites" data-field="prerequisites" tabIndex={-1}>
      {edges.length === 0 ? (
        <p className="empty">{tr.t('inspector.prerequisites.none')}</p>
      ) : (
        <ul className="plain-list">
          {edges.map((edge) => {
            const names = { before: codeOf(edge.before), after: codeOf(edge.after) };
            return (
              <li key={`${edge.before}>${edge.after}`} className="prereq-row">
                <span>{tr.t('inspector.prerequisites.edge', names)}</span>
                <button
                  type="button"
                  className="button button--quiet button--small"
                  aria-label={tr.t('inspector.prerequisites.remove', names)}
                  onClick={() =>
                    setError(
                      refusalMessage(removePrerequisiteStep(store, pathway.id, edge, names.before), tr),
                    )
                  }
                >
                  {tr.t('inspector.remove')}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      {error && (
        <p className="field__error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
