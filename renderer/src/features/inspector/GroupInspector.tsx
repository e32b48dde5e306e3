import {
  choiceGroupStatus,
  removeChoiceGroup,
  renameChoiceGroup,
  setChoiceCount,
} from '@shared/domain/pathway-ops';
import type { Pathway, StageItem } from '@shared/schemas/pathway';
import { useState } from 'react';
import { refusalMessage } from '../../app/error-messages';
import { changePathway } from '../../editor/pathway-actions';
import { useEditor, useEditorStore } from '../../editor/use-editor';
import { TextField } from '../../ui/fields';

type ChoiceGroup = Extract<StageItem, { kind: 'choice' }>;

interface GroupInspectorProps {
  pathway: Pathway;
  group: ChoiceGroup;
  onClose: () => void;
}

/** A choice group's title and "choose N of M", bounded by what it holds. */
export function GroupInspector({ pathway, group, onClose }: GroupInspectorProps) {
  const store = useEditorStore();
  const modules = useEditor((s) => s.workspace.modules);
  const [title, setTitle] = useState(group.title);
  const [choose, setChoose] = useState(String(group.choose));
  const [error, setError] = useState<string | null>(null);
  const [titleError, setTitleError] = useState<string | null>(null);
  const [dissolveError, setDissolveError] = useState<string | null>(null);
  const status = choiceGroupStatus(group);

  const applyCount = (text: string) => {
    setChoose(text);
    const n = Number(text);
    if (text.trim() === '' || !Number.isInteger(n)) {
      setError('Number to choose must be a whole number');
      return;
    }
    setError(
      refusalMessage(changePathway(store, pathway.id, `Choose ${n}`, (p) => setChoiceCount(p, group.id, n))),
    );
  };

  return (
    <section className="inspector-card" aria-labelledby="group-inspector-title">
      <header className="editor-header">
        <div>
          <p className="eyebrow">Choice group</p>
          <h2 id="group-inspector-title">{group.title || 'Choice group'}</h2>
        </div>
        <button type="button" className="button" onClick={onClose}>
          Done
        </button>
      </header>
      <div className="form-body">
        <TextField
          label="Group title"
          value={title}
          onChange={setTitle}
          onBlur={() => {
            if (title === group.title) return;
            const result = changePathway(store, pathway.id, 'Rename choice group', (p) =>
              renameChoiceGroup(p, group.id, title),
            );
            setTitleError(refusalMessage(result));
          }}
          error={titleError ?? undefined}
        />
        <TextField
          label="Number to choose"
          type="number"
          value={choose}
          onChange={applyCount}
          error={error ?? undefined}
          hint={`A learner completes ${status.choose} of the ${status.holds} modules in this group.`}
        />
        <p
          className={status.satisfiable ? 'status-line status-line--ok' : 'status-line status-line--error'}
          role="status"
        >
          {status.satisfiable
            ? `Satisfiable: ${status.holds} modules to choose ${status.choose} from.`
            : `Not satisfiable: it asks for ${status.choose} but holds ${status.holds}.`}
        </p>
        <ul className="plain-list" aria-label="Modules in this group">
          {group.moduleIds.map((id) => {
            const module = modules.find((m) => m.id === id);
            return <li key={id}>{module ? `${module.code} ${module.title}` : id}</li>;
          })}
        </ul>
        <button
          type="button"
          className="button button--danger-quiet"
          onClick={() => {
            const refusal = refusalMessage(
              changePathway(store, pathway.id, 'Dissolve choice group', (p) =>
                removeChoiceGroup(p, group.id),
              ),
            );
            setDissolveError(refusal);
            if (!refusal) onClose();
          }}
        >
          Dissolve group (its modules become required)
        </button>
        {dissolveError && (
          <p className="field__error" role="alert">
            {dissolveError}
          </p>
        )}
      </div>
    </section>
  );
}
