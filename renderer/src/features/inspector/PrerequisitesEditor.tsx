import { modulesInPathway } from '@shared/domain/pathway-ops';
import { addPrerequisite } from '@shared/domain/prerequisites';
import type { Pathway } from '@shared/schemas/pathway';
import { useState } from 'react';
import { refusalMessage } from '../../app/error-messages';
import { useT } from '../../app/i18n';
import { changePathway, removePrerequisiteStep } from '../../editor/pathway-actions';
import { step } from '../../editor/store';
import { useEditor, useEditorStore } from '../../editor/use-editor';

/** "A before B" for the selected module in the active pathway; a cycle is refused with its path named. */
export function PrerequisitesEditor({ pathway, moduleId }: { pathway: Pathway; moduleId: string }) {
  const tr = useT();
  const store = useEditorStore();
  const modules = useEditor((s) => s.workspace.modules);
  const [choice, setChoice] = useState('');
  const [error, setError] = useState<string | null>(null);
  const codeOf = (id: string) => modules.find((m) => m.id === id)?.code ?? id;
  const labelOf = (id: string) => {
    const m = modules.find((x) => x.id === id);
    return m ? tr.t('inspector.moduleName', { code: m.code, title: m.title }) : id;
  };
  const before = pathway.prerequisites.filter((e) => e.after === moduleId);
  const candidates = modulesInPathway(pathway).filter(
    (id) => id !== moduleId && !before.some((e) => e.before === id),
  );

  const add = () => {
    if (choice === '') return;
    const refusal = refusalMessage(
      changePathway(
        store,
        pathway.id,
        step('history.prerequisite.add', { before: codeOf(choice), after: codeOf(moduleId) }),
        (p) => addPrerequisite(p, { before: choice, after: moduleId }, codeOf),
      ),
      tr,
    );
    setError(refusal);
    if (!refusal) setChoice('');
  };

  return (
    <fieldset className="form-section prerequisites">
      <legend>{tr.t('inspector.module.prerequisites', { pathway: pathway.title })}</legend>
      {before.length === 0 ? (
        <p className="empty">{tr.t('inspector.module.noPrerequisites')}</p>
      ) : (
        <ul className="plain-list">
          {before.map((edge) => (
            <li key={edge.before} className="prereq-row">
              <span>{tr.t('inspector.module.after', { module: labelOf(edge.before) })}</span>
              <button
                type="button"
                className="button button--quiet button--small"
                aria-label={tr.t('inspector.module.removePrerequisite', { code: codeOf(edge.before) })}
                onClick={() =>
                  setError(
                    refusalMessage(removePrerequisiteStep(store, pathway.id, edge, codeOf(edge.before)), tr),
                  )
                }
              >
                {tr.t('inspector.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="prereq-add">
        <label htmlFor="prereq-select">{tr.t('inspector.module.firstRequired')}</label>
        <select
          id="prereq-select"
          value={choice}
          onChange={(e) => setChoice(e.target.value)}
          aria-describedby={error ? 'prereq-error' : undefined}
        >
          <option value="">{tr.t('inspector.module.chooseModule')}</option>
          {candidates.map((id) => (
            <option key={id} value={id}>
              {labelOf(id)}
            </option>
          ))}
        </select>
        <button type="button" className="button" disabled={choice === ''} onClick={add}>
          {tr.t('inspector.module.addPrerequisite')}
        </button>
      </div>
      {error && (
        <p id="prereq-error" className="field__error" role="alert">
          {error}
        </p>
      )}
    </fieldset>
  );
}
