import { updatePathway } from '@shared/commands/pathways';
import {
  choiceGroupStatus,
  removeChoiceGroup,
  renameChoiceGroup,
  setChoiceCount,
} from '@shared/domain/pathway-ops';
import type { Pathway, StageItem } from '@shared/schemas/pathway';
import { useMemo, useState } from 'react';
import { describeDomainError, refusalMessage } from '../../app/error-messages';
import { useT } from '../../app/i18n';
import { draftKey } from '../../editor/draft-keys';
import { changePathway } from '../../editor/pathway-actions';
import { step } from '../../editor/store';
import { useEditor, useEditorStore } from '../../editor/use-editor';
import { type DraftCheck, useEntityDraft } from '../../editor/use-entity-draft';
import { TextField } from '../../ui/fields';

type ChoiceGroup = Extract<StageItem, { kind: 'choice' }>;

interface GroupInspectorProps {
  pathway: Pathway;
  group: ChoiceGroup;
  onClose: () => void;
}

/** A choice group's form as typed. */
interface GroupForm {
  title: string;
  choose: string;
}

/**
 * A choice group's title and "choose N of M", bounded by what it holds. Edits go to the editing session
 * like every form's: applied when the pathway accepts them, kept as a draft with the reason when not.
 */
export function GroupInspector({ pathway, group, onClose }: GroupInspectorProps) {
  const tr = useT();
  const store = useEditorStore();
  const modules = useEditor((s) => s.workspace.modules);
  const [dissolveError, setDissolveError] = useState<string | null>(null);
  const status = choiceGroupStatus(group);
  const base = useMemo(() => ({ title: group.title, choose: String(group.choose) }), [group]);
  const check = (form: GroupForm): DraftCheck => {
    const n = Number(form.choose);
    if (form.choose.trim() === '' || !Number.isInteger(n))
      return {
        ok: false,
        problems: [{ field: 'choose', message: 'Number to choose must be a whole number' }],
      };
    return {
      ok: true,
      apply: {
        label:
          form.title === group.title
            ? step('history.group.choose', { count: n })
            : step('history.group.rename'),
        command: (ws) =>
          updatePathway(
            ws,
            pathway.id,
            (p) => setChoiceCount(renameChoiceGroup(p, group.id, form.title), group.id, n),
            new Date().toISOString(),
          ),
      },
    };
  };
  const session = useEntityDraft({
    key: draftKey.group(pathway.id, group.id),
    base,
    name: (form: GroupForm) => `Choice group “${form.title || group.title}”`,
    check,
  });
  const form = session.form;
  const refused = session.refusal ? describeDomainError(session.refusal, tr) : undefined;
  const error = (field: keyof GroupForm) =>
    session.problems.get(field) ?? (session.refusal?.field === field ? refused : undefined);

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
        {session.refusal && session.refusal.field !== 'title' && session.refusal.field !== 'choose' && (
          <p className="field__error" role="alert">
            {refused}
          </p>
        )}
        <TextField
          label="Group title"
          value={form.title}
          onChange={(title) => session.change({ title }, 'title')}
          onBlur={session.leave}
          error={error('title')}
          field="title"
        />
        <TextField
          label="Number to choose"
          type="number"
          value={form.choose}
          onChange={(choose) => session.change({ choose }, 'choose')}
          onBlur={session.leave}
          error={error('choose')}
          field="choose"
          hint={`A learner completes ${status.choose} of the ${status.holds} modules in this group.`}
        />
        {session.invalid && (
          <button type="button" className="button" onClick={session.discard}>
            Discard changes
          </button>
        )}
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
              changePathway(store, pathway.id, step('history.group.dissolve'), (p) =>
                removeChoiceGroup(p, group.id),
              ),
              tr,
            );
            setDissolveError(refusal);
            if (refusal) return;
            session.discard();
            onClose();
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
