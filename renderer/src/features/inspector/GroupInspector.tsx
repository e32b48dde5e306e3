import { updatePathway } from '@shared/commands/pathways';
import {
  choiceGroupStatus,
  removeChoiceGroup,
  renameChoiceGroup,
  setChoiceCount,
} from '@shared/domain/pathway-ops';
import { groupFieldTable } from '@shared/fields';
import type { Pathway, StageItem } from '@shared/schemas/pathway';
import { useMemo, useState } from 'react';
import { describeDomainError, refusalMessage } from '../../app/error-messages';
import { useT } from '../../app/i18n';
import { draftKey } from '../../editor/draft-keys';
import { changePathway } from '../../editor/pathway-actions';
import { step } from '../../editor/store';
import { useEditor, useEditorStore } from '../../editor/use-editor';
import { type DraftCheck, useEntityDraft } from '../../editor/use-entity-draft';
import { TableField } from './TableField';

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
    if (form.choose.trim() === '' || !Number.isInteger(n)) {
      const params = { issue: 'invalid_type', expected: 'int', label: 'group.choose' };
      const message = describeDomainError({ code: 'field.invalid', field: 'choose', params }, tr);
      return { ok: false, problems: [{ field: 'choose', message }] };
    }
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
    name: (form: GroupForm) => tr.t('inspector.group.draftName', { title: form.title || group.title }),
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
          <p className="eyebrow">{tr.t('inspector.group.eyebrow')}</p>
          <h2 id="group-inspector-title">{group.title || tr.t('inspector.group.eyebrow')}</h2>
        </div>
        <button type="button" className="button" onClick={onClose}>
          {tr.t('inspector.group.done')}
        </button>
      </header>
      <div className="form-body">
        {session.refusal && session.refusal.field !== 'title' && session.refusal.field !== 'choose' && (
          <p className="field__error" role="alert">
            {refused}
          </p>
        )}
        {groupFieldTable.map((spec) => (
          <TableField
            key={spec.path}
            entity="group"
            spec={spec}
            path={spec.path}
            value={form[spec.path]}
            onChange={(value) => session.change({ [spec.path]: String(value) }, spec.path)}
            onBlur={session.leave}
            error={error(spec.path)}
            helpValues={{ choose: status.choose, holds: status.holds }}
          />
        ))}
        {session.invalid && (
          <button type="button" className="button" onClick={session.discard}>
            {tr.t('inspector.discardChanges')}
          </button>
        )}
        <p
          className={status.satisfiable ? 'status-line status-line--ok' : 'status-line status-line--error'}
          role="status"
        >
          {tr.t(status.satisfiable ? 'inspector.group.satisfiable' : 'inspector.group.unsatisfiable', {
            choose: status.choose,
            holds: status.holds,
          })}
        </p>
        <ul className="plain-list" aria-label={tr.t('inspector.group.modules')}>
          {group.moduleIds.map((id) => {
            const module = modules.find((m) => m.id === id);
            return (
              <li key={id}>
                {module ? tr.t('inspector.moduleName', { code: module.code, title: module.title }) : id}
              </li>
            );
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
          {tr.t('inspector.group.dissolve')}
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
