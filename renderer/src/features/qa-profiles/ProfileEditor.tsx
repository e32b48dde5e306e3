import { deleteQaProfile } from '@shared/commands/qa-profiles';
import { exportProfile, loadProfile } from '@shared/qa/profile';
import { type FormEvent, useMemo, useState } from 'react';
import { describeDomainError, refusalMessage } from '../../app/error-messages';
import { useT } from '../../app/i18n';
import { draftKey } from '../../editor/draft-keys';
import { step } from '../../editor/store';
import { useEditorStore } from '../../editor/use-editor';
import { useEntityDraft } from '../../editor/use-entity-draft';
import { ConfirmDelete } from '../../ui/ConfirmDelete';
import { downloadText } from '../../ui/download';
import { TextField } from '../../ui/fields';
import { blankRule, checkProfile, draftName, fromForm, type ProfileForm } from './profile-form';
import { RuleRow } from './RuleRow';
import type { RuleDraft } from './rule-draft';

/**
 * An institutional profile and its rules. Every change goes to the editing session: a valid profile is
 * saved in the workspace with one undoable step per field edit; one that does not validate yet (min above
 * max) stays there as a draft with its errors, through closing the dialog and undo of other things.
 */
export function ProfileEditor({
  base,
  inWorkspace,
  onDeleted,
}: {
  /** The profile as the workspace holds it, or as last typed when undo took it out of the workspace. */
  base: ProfileForm;
  inWorkspace: boolean;
  onDeleted: () => void;
}) {
  const tr = useT();
  const store = useEditorStore();
  const session = useEntityDraft({
    key: draftKey.profile(base.id),
    base,
    name: draftName(tr),
    check: checkProfile(tr),
  });
  const form = session.form;
  const [deleteRefusal, setDeleteRefusal] = useState<string | null>(null);
  const exportable = useMemo(() => loadProfile(fromForm(form)), [form]);

  const problemsUnder = (prefix: string) =>
    [...session.problems].filter(
      ([field]) => field === prefix || field.startsWith(`${prefix}.`) || field.startsWith(`${prefix}[`),
    );
  const set = (patch: Partial<ProfileForm>) => session.change(patch, Object.keys(patch)[0] ?? 'profile');
  const update = (index: number, patch: Partial<RuleDraft>) =>
    session.change(
      { rules: form.rules.map((row, i) => (i === index ? { ...row, ...patch } : row)) },
      `rules[${index}].${Object.keys(patch)[0] ?? ''}`,
    );
  /** Adding or removing a rule is a step of its own, never merged with the typing before it. */
  const changeRules = (rules: RuleDraft[], field: string) => {
    session.leave();
    session.change({ rules }, field);
  };
  const count = session.problems.size + (session.refusal ? 1 : 0);
  const title = form.title.trim();

  return (
    <form
      className="profile-editor"
      onSubmit={(event: FormEvent) => {
        event.preventDefault();
        session.leave();
      }}
      onBlur={session.leave}
      noValidate
      aria-label={title === '' ? tr.t('profiles.form.new') : tr.t('profiles.form', { title })}
    >
      {session.refusal && (
        <p className="callout callout--error" role="alert">
          {describeDomainError(session.refusal, tr)}
        </p>
      )}
      <div className="grid grid--2">
        <TextField
          label={tr.t('profiles.field.title')}
          value={form.title}
          onChange={(value) => set({ title: value })}
          error={session.problems.get('title')}
        />
        <TextField
          label={tr.t('profiles.field.version')}
          value={form.version}
          onChange={(version) => set({ version })}
          error={session.problems.get('version')}
        />
      </div>
      <TextField
        label={tr.t('profiles.field.source')}
        value={form.source}
        onChange={(source) => set({ source })}
        error={session.problems.get('source')}
        hint={tr.t('profiles.field.source.help')}
      />
      <h3>{tr.t('profiles.rules')}</h3>
      {form.rules.length === 0 && <p className="empty">{tr.t('profiles.rules.empty')}</p>}
      <ol className="profile-rules">
        {form.rules.map((row, index) => (
          <RuleRow
            // biome-ignore lint/suspicious/noArrayIndexKey: a rule has no identity but its place in the profile
            key={index}
            index={index}
            row={row}
            problems={problemsUnder(`rules[${index}]`)}
            onChange={(patch) => update(index, patch)}
            onRemove={() =>
              changeRules(
                form.rules.filter((_, i) => i !== index),
                'rules-remove',
              )
            }
          />
        ))}
      </ol>
      <div className="dialog__actions dialog__actions--start">
        <button
          type="button"
          className="button"
          onClick={() => changeRules([...form.rules, blankRule()], 'rules-add')}
        >
          {tr.t('profiles.rule.add')}
        </button>
      </div>
      <div className="dialog__actions">
        {deleteRefusal && (
          <p className="field__error" role="alert">
            {deleteRefusal}
          </p>
        )}
        {inWorkspace && (
          <ConfirmDelete
            words={{
              delete: tr.t('profiles.delete'),
              confirm: tr.t('profiles.delete.confirm'),
              confirmed: tr.t('profiles.delete.confirmed'),
              keep: tr.t('profiles.delete.keep'),
            }}
            onRefusal={setDeleteRefusal}
            onConfirm={() => {
              const refused = refusalMessage(
                store.dispatch(step('history.profile.delete', { title: base.title }), (ws) =>
                  deleteQaProfile(ws, base.id),
                ),
                tr,
              );
              if (refused === null) {
                session.discard();
                onDeleted();
              }
              return refused;
            }}
          />
        )}
        <button
          type="button"
          className="button"
          disabled={!exportable.ok}
          onClick={() =>
            exportable.ok &&
            downloadText(`${form.id}.stackwise-profile.json`, exportProfile(exportable.value.profile))
          }
        >
          {tr.t('profiles.export')}
        </button>
      </div>
      {(session.invalid || !inWorkspace) && (
        <div className="dialog__actions dialog__actions--start">
          <p className="form-summary" role="status" data-testid="profile-draft-status">
            {inWorkspace
              ? tr.t('profiles.draft.status', { count })
              : tr.t('profiles.draft.statusUndone', { count })}
          </p>
          <button type="button" className="button" onClick={session.discard}>
            {inWorkspace ? tr.t('profiles.draft.discard') : tr.t('profiles.draft.discardUndone')}
          </button>
        </div>
      )}
    </form>
  );
}
