import { profileErrorText } from '@locales/findings';
import { deleteQaProfile, saveQaProfile } from '@shared/commands/qa-profiles';
import { exportProfile, importProfile, loadProfile } from '@shared/qa/profile';
import { builtInProfiles, exampleProfiles } from '@shared/qa/profiles';
import type { QaProfile } from '@shared/schemas/review';
import { type ChangeEvent, type FormEvent, useMemo, useState } from 'react';
import { describeDomainError, refusalMessage } from '../../app/error-messages';
import { useT } from '../../app/i18n';
import { draftIdOf, draftKey } from '../../editor/draft-keys';
import { type DraftProblem, type StepLabel, step, unsettledDrafts } from '../../editor/store';
import { useEditor, useEditorStore } from '../../editor/use-editor';
import { type DraftCheck, useEntityDraft } from '../../editor/use-entity-draft';
import { Dialog } from '../../ui/Dialog';
import { downloadText } from '../../ui/download';
import { EntityList } from '../../ui/EntityList';
import { TextField } from '../../ui/fields';
import { fieldsFor, fromRuleDraft, type RuleDraft, ruleKinds, toRuleDraft } from './rule-draft';

const severities = ['error', 'warning', 'info'] as const;

function blankRule(): RuleDraft {
  return {
    ruleId: 'institution.field-required',
    severity: 'error',
    field: 'summary',
    min: '',
    max: '',
    values: '',
    pattern: '',
    describe: '',
    reason: '',
  };
}

/** The profile form as typed: its rules with every parameter as text. */
interface ProfileForm {
  id: string;
  title: string;
  version: string;
  source: string;
  rules: RuleDraft[];
}

const toForm = (profile: QaProfile): ProfileForm => ({
  id: profile.id,
  title: profile.title,
  version: profile.version,
  source: profile.source,
  rules: profile.rules.map(toRuleDraft),
});

const fromForm = (form: ProfileForm): QaProfile => ({
  id: form.id,
  title: form.title,
  version: form.version,
  source: form.source,
  rules: form.rules.map(fromRuleDraft),
});

/** The draft key of an institutional profile's form in the editing session. */

/** What the user would lose: the profile's title as typed. */
const draftName = (form: ProfileForm) => `QA profile “${form.title.trim() || 'without a title'}”`;

/**
 * A valid form becomes the step that saves the profile in the workspace (it adds the profile again when
 * undo took it away); the profile loader's problems, rule by rule, are the draft's otherwise.
 */
function checkProfile(form: ProfileForm): DraftCheck {
  const loaded = loadProfile(fromForm(form));
  if (!loaded.ok) {
    // Each field's first problem, as the form shows it.
    const byField = new Map<string, DraftProblem>();
    for (const p of loaded.error.problems) if (!byField.has(p.field)) byField.set(p.field, p);
    return { ok: false, problems: [...byField.values()] };
  }
  const profile = loaded.value.profile;
  return {
    ok: true,
    apply: {
      label: step('history.profile.edit', { title: profile.title }),
      command: (ws) => saveQaProfile(ws, profile),
    },
  };
}

/**
 * An institutional profile and its rules. Every change goes to the editing session: a valid profile is
 * saved in the workspace with one undoable step per field edit; one that does not validate yet (min above
 * max) stays there as a draft with its errors, through closing the dialog and undo of other things.
 */
function ProfileEditor({
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
    name: draftName,
    check: checkProfile,
  });
  const form = session.form;
  const [confirmDelete, setConfirmDelete] = useState(false);
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
  const removeRule = (index: number) =>
    changeRules(
      form.rules.filter((_, i) => i !== index),
      'rules-remove',
    );
  const count = session.problems.size + (session.refusal ? 1 : 0);

  return (
    <form
      className="profile-editor"
      onSubmit={(event: FormEvent) => {
        event.preventDefault();
        session.leave();
      }}
      onBlur={session.leave}
      noValidate
      aria-label={`QA profile ${form.title || 'new'}`}
    >
      {session.refusal && (
        <p className="callout callout--error" role="alert">
          {describeDomainError(session.refusal, tr)}
        </p>
      )}
      <div className="grid grid--2">
        <TextField
          label="Profile title"
          value={form.title}
          onChange={(title) => set({ title })}
          error={session.problems.get('title')}
        />
        <TextField
          label="Profile version"
          value={form.version}
          onChange={(version) => set({ version })}
          error={session.problems.get('version')}
        />
      </div>
      <TextField
        label="Policy it comes from"
        value={form.source}
        onChange={(source) => set({ source })}
        error={session.problems.get('source')}
        hint="The clause or document a reviewer can look up"
      />
      <h3>Rules</h3>
      {form.rules.length === 0 && <p className="empty">No rules yet: add the first one.</p>}
      <ol className="profile-rules">
        {form.rules.map((row, index) => {
          const rowProblems = problemsUnder(`rules[${index}]`);
          const n = index + 1;
          return (
            <li
              // biome-ignore lint/suspicious/noArrayIndexKey: a rule has no identity but its place in the profile
              key={index}
              className={`profile-rule${rowProblems.length > 0 ? ' profile-rule--invalid' : ''}`}
            >
              <div className="profile-rule__grid">
                <label>
                  Rule {n}
                  <select
                    value={row.ruleId}
                    onChange={(e) => {
                      const ruleId = e.target.value as RuleDraft['ruleId'];
                      const fields = fieldsFor(ruleId);
                      update(index, {
                        ruleId,
                        field: fields.some((f) => f.path === row.field) ? row.field : (fields[0]?.path ?? ''),
                      });
                    }}
                  >
                    {ruleKinds.map((k) => (
                      <option key={k.id} value={k.id}>
                        {k.label}
                      </option>
                    ))}
                  </select>
                </label>
                <label>
                  Field of rule {n}
                  <select value={row.field} onChange={(e) => update(index, { field: e.target.value })}>
                    {fieldsFor(row.ruleId).map((f) => (
                      <option key={f.path} value={f.path}>
                        {f.label}
                      </option>
                    ))}
                  </select>
                </label>
                <label>
                  Severity of rule {n}
                  <select
                    value={row.severity}
                    onChange={(e) => update(index, { severity: e.target.value as RuleDraft['severity'] })}
                  >
                    {severities.map((s) => (
                      <option key={s} value={s}>
                        {s}
                      </option>
                    ))}
                  </select>
                </label>
                {(row.ruleId === 'institution.number-range' || row.ruleId === 'institution.text-length') && (
                  <>
                    <label>
                      Minimum of rule {n}
                      <input
                        type="number"
                        value={row.min}
                        onChange={(e) => update(index, { min: e.target.value })}
                      />
                    </label>
                    <label>
                      Maximum of rule {n}
                      <input
                        type="number"
                        value={row.max}
                        onChange={(e) => update(index, { max: e.target.value })}
                      />
                    </label>
                  </>
                )}
                {row.ruleId === 'institution.allowed-values' && (
                  <label className="profile-rule__wide">
                    Allowed values of rule {n} (comma-separated)
                    <input value={row.values} onChange={(e) => update(index, { values: e.target.value })} />
                  </label>
                )}
                {row.ruleId === 'institution.pattern' && (
                  <>
                    <label>
                      Pattern of rule {n} (regular expression)
                      <input
                        value={row.pattern}
                        onChange={(e) => update(index, { pattern: e.target.value })}
                      />
                    </label>
                    <label>
                      Pattern described for designers
                      <input
                        value={row.describe}
                        onChange={(e) => update(index, { describe: e.target.value })}
                      />
                    </label>
                  </>
                )}
                <label className="profile-rule__wide">
                  Reason for rule {n}
                  <input
                    value={row.reason}
                    onChange={(e) => update(index, { reason: e.target.value })}
                    placeholder="e.g. policy 3.1: a micro-credential is 1–15 ECTS"
                  />
                </label>
              </div>
              {rowProblems.length > 0 && (
                <ul className="problems" role="alert">
                  {rowProblems.map(([field, message]) => (
                    <li key={field}>{message}</li>
                  ))}
                </ul>
              )}
              <button
                type="button"
                className="button button--quiet button--small"
                onClick={() => removeRule(index)}
              >
                Remove rule {n}
              </button>
            </li>
          );
        })}
      </ol>
      <div className="dialog__actions dialog__actions--start">
        <button
          type="button"
          className="button"
          onClick={() => changeRules([...form.rules, blankRule()], 'rules-add')}
        >
          Add rule
        </button>
      </div>
      <div className="dialog__actions">
        {deleteRefusal && (
          <p className="field__error" role="alert">
            {deleteRefusal}
          </p>
        )}
        {inWorkspace &&
          (confirmDelete ? (
            <>
              <span className="field__error">Delete this profile from the workspace?</span>
              <button
                type="button"
                className="button button--danger"
                onClick={() => {
                  const refused = refusalMessage(
                    store.dispatch(step('history.profile.delete', { title: base.title }), (ws) =>
                      deleteQaProfile(ws, base.id),
                    ),
                    tr,
                  );
                  setDeleteRefusal(refused);
                  if (refused) return;
                  session.discard();
                  onDeleted();
                }}
              >
                Delete profile
              </button>
              <button type="button" className="button" onClick={() => setConfirmDelete(false)}>
                Keep
              </button>
            </>
          ) : (
            <button
              type="button"
              className="button button--danger-quiet"
              onClick={() => setConfirmDelete(true)}
            >
              Delete…
            </button>
          ))}
        <button
          type="button"
          className="button"
          disabled={!exportable.ok}
          onClick={() =>
            exportable.ok &&
            downloadText(`${form.id}.stackwise-profile.json`, exportProfile(exportable.value.profile))
          }
        >
          Export file
        </button>
      </div>
      {(session.invalid || !inWorkspace) && (
        <div className="dialog__actions dialog__actions--start">
          <p className="form-summary" role="status" data-testid="profile-draft-status">
            {`Not saved: ${count === 1 ? '1 field needs' : `${count} fields need`} attention${inWorkspace ? '' : ' (undo removed this profile; a valid one adds it again)'}`}
          </p>
          <button type="button" className="button" onClick={session.discard}>
            {inWorkspace ? 'Discard changes' : 'Discard this profile'}
          </button>
        </div>
      )}
    </form>
  );
}

/**
 * Institutional QA profiles: rules a QA officer writes without code, saved in the workspace and shared as
 * files. The profiles are edited through the editing session; only which one is shown is the dialog's.
 */
export function ProfilesDialog({ onClose }: { onClose: () => void }) {
  const tr = useT();
  const store = useEditorStore();
  const profiles = useEditor((s) => s.workspace.qaProfiles);
  const draftMap = useEditor((s) => s.drafts);
  const drafts = useMemo(
    () => unsettledDrafts(draftMap).filter((d) => draftIdOf(d.key, 'profile') !== undefined),
    [draftMap],
  );
  /** Drafts of profiles undo took out of the workspace: kept, so the typing is not lost. */
  const orphans = drafts.filter((d) => !profiles.some((p) => draftKey.profile(p.id) === d.key));
  // Opens on the profile with a value that does not validate yet, the one the save status points to.
  const [selected, setSelected] = useState<string | null>(
    () => draftIdOf(drafts[0]?.key ?? '', 'profile') ?? profiles[0]?.id ?? null,
  );
  const [importError, setImportError] = useState<string | null>(null);

  const current = profiles.find((p) => p.id === selected);
  const orphan = current ? undefined : orphans.find((d) => d.key === draftKey.profile(selected ?? ''));
  const shown = current ?? (orphan ? undefined : profiles[0]);
  const base = useMemo(
    () => (shown ? toForm(shown) : (orphan?.snapshot as ProfileForm | undefined)),
    [shown, orphan],
  );
  const shownId = base?.id ?? null;
  const unsavedKeys = new Set(drafts.map((d) => d.key));

  /** Adds a profile to the workspace at once (it validates); its draft starts when the user edits it. */
  const add = (profile: QaProfile, label: StepLabel) => {
    const refusal = refusalMessage(
      store.dispatch(label, (ws) => saveQaProfile(ws, profile)),
      tr,
    );
    setImportError(refusal);
    if (!refusal) setSelected(profile.id);
  };
  const startNew = (from?: QaProfile) => {
    const id = `inst-${crypto.randomUUID().slice(0, 8)}`;
    add(
      from
        ? { ...from, id, title: `${from.title} (copy)` }
        : { id, title: 'Institutional rules', version: '1.0', source: '', rules: [] },
      from ? step('history.profile.copy', { title: from.title }) : step('history.profile.add'),
    );
  };
  const importFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    const imported = importProfile(await file.text(), file.name);
    if (!imported.ok) {
      setImportError(profileErrorText(imported.error, tr));
      return;
    }
    // A shared file may not take over a built-in profile's id: it is kept as an institutional copy.
    const taken = builtInProfiles.some((p) => p.id === imported.value.profile.id);
    const profile = taken
      ? { ...imported.value.profile, id: `inst-${crypto.randomUUID().slice(0, 8)}` }
      : imported.value.profile;
    // The file replaces the profile of the same id: what was typed in it before gives way.
    store.discardDraft(draftKey.profile(profile.id));
    add(profile, step('history.profile.import', { title: profile.title }));
  };

  return (
    <Dialog title="Institutional QA profiles" onClose={onClose} wide>
      <div className="issuers">
        <nav aria-label="Workspace QA profiles" className="issuers__list">
          <EntityList
            currentId={shownId}
            onSelect={setSelected}
            items={[
              ...profiles.map((p) => ({
                id: p.id,
                label: (
                  <>
                    {p.title} <span className="field__hint">v{p.version}</span>
                  </>
                ),
                unsaved: unsavedKeys.has(draftKey.profile(p.id)),
              })),
              ...orphans.map((d) => ({
                id: draftIdOf(d.key, 'profile') ?? d.key,
                label: (d.snapshot as ProfileForm | undefined)?.title || 'Profile without a title',
                unsaved: true,
              })),
            ]}
          />
          <button type="button" className="button" onClick={() => startNew()}>
            + New profile
          </button>
          {exampleProfiles.map((example) => (
            <button
              key={example.id}
              type="button"
              className="button button--quiet"
              onClick={() => startNew(example)}
            >
              Start from the example
            </button>
          ))}
          <label className="button button--quiet file-button">
            Import a profile file…
            <input type="file" accept=".json,application/json" onChange={(e) => void importFile(e)} />
          </label>
          {importError && (
            <p className="field__error" role="alert">
              {importError}
            </p>
          )}
        </nav>
        <div className="issuers__detail">
          {base ? (
            <ProfileEditor
              key={base.id}
              base={base}
              inWorkspace={shown !== undefined}
              onDeleted={() => setSelected(profiles.find((p) => p.id !== base.id)?.id ?? null)}
            />
          ) : (
            <p className="empty">
              No institutional profile yet. Create one, start from the example, or import a file a colleague
              exported.
            </p>
          )}
        </div>
      </div>
    </Dialog>
  );
}
