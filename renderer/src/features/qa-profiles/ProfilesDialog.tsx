import { deleteQaProfile, saveQaProfile } from '@shared/commands/qa-profiles';
import { exportProfile, importProfile, loadProfile } from '@shared/qa/profile';
import { builtInProfiles, exampleProfiles } from '@shared/qa/profiles';
import type { QaProfile } from '@shared/schemas/review';
import { type ChangeEvent, type FormEvent, useState } from 'react';
import { refusalMessage } from '../../app/error-messages';
import { useEditor, useEditorStore } from '../../editor/use-editor';
import { Dialog } from '../../ui/Dialog';
import { downloadText } from '../../ui/download';
import { TextField } from '../../ui/fields';
import { fieldsFor, fromRuleDraft, type RuleDraft, ruleKinds, toRuleDraft } from './rule-draft';

const newKey = () => crypto.randomUUID();
const severities = ['error', 'warning', 'info'] as const;

function blankRule(): RuleDraft {
  return {
    key: newKey(),
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

function ProfileEditor({
  profile,
  onSaved,
  onDeleted,
}: {
  profile: QaProfile;
  onSaved: () => void;
  onDeleted: () => void;
}) {
  const store = useEditorStore();
  const [title, setTitle] = useState(profile.title);
  const [version, setVersion] = useState(profile.version);
  const [source, setSource] = useState(profile.source);
  const [rows, setRows] = useState<RuleDraft[]>(() => profile.rules.map((r) => toRuleDraft(r, newKey())));
  const [submitted, setSubmitted] = useState(false);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [saved, setSaved] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);

  const candidate: QaProfile = { id: profile.id, title, version, source, rules: rows.map(fromRuleDraft) };
  const loaded = loadProfile(candidate);
  const problems = loaded.ok ? [] : loaded.error.problems;
  const problemsOf = (prefix: string) =>
    problems.filter(
      (p) => p.field === prefix || p.field.startsWith(`${prefix}.`) || p.field.startsWith(`${prefix}[`),
    );
  const update = (index: number, patch: Partial<RuleDraft>) => {
    setSaved(false);
    setRows((all) => all.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (!loaded.ok) return;
    const refused = refusalMessage(
      store.dispatch(`Save QA profile ${title}`, (ws) => saveQaProfile(ws, loaded.value.profile)),
    );
    setRefusal(refused);
    if (refused) return;
    setSaved(true);
    onSaved();
  };

  return (
    <form className="profile-editor" onSubmit={submit} noValidate aria-label={`QA profile ${title || 'new'}`}>
      <div className="grid grid--2">
        <TextField
          label="Profile title"
          value={title}
          onChange={setTitle}
          error={submitted ? problemsOf('title')[0]?.message : undefined}
        />
        <TextField
          label="Profile version"
          value={version}
          onChange={setVersion}
          error={submitted ? problemsOf('version')[0]?.message : undefined}
        />
      </div>
      <TextField
        label="Policy it comes from"
        value={source}
        onChange={setSource}
        hint="The clause or document a reviewer can look up"
      />
      <h3>Rules</h3>
      {rows.length === 0 && <p className="empty">No rules yet: add the first one.</p>}
      <ol className="profile-rules">
        {rows.map((row, index) => {
          const rowProblems = submitted ? problemsOf(`rules[${index}]`) : [];
          const n = index + 1;
          return (
            <li
              key={row.key}
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
                  {rowProblems.map((p) => (
                    <li key={`${p.field}:${p.message}`}>{p.message}</li>
                  ))}
                </ul>
              )}
              <button
                type="button"
                className="button button--quiet button--small"
                onClick={() => setRows((all) => all.filter((_, i) => i !== index))}
              >
                Remove rule {n}
              </button>
            </li>
          );
        })}
      </ol>
      <div className="dialog__actions dialog__actions--start">
        <button type="button" className="button" onClick={() => setRows((all) => [...all, blankRule()])}>
          Add rule
        </button>
      </div>
      <div className="dialog__actions">
        {refusal && (
          <p className="field__error" role="alert">
            {refusal}
          </p>
        )}
        {saved && (
          <span className="save" role="status">
            Saved to the workspace
          </span>
        )}
        {confirmDelete ? (
          <>
            <span className="field__error">Delete this profile from the workspace?</span>
            <button
              type="button"
              className="button button--danger"
              onClick={() => {
                const refused = refusalMessage(
                  store.dispatch(`Delete QA profile ${profile.title}`, (ws) =>
                    deleteQaProfile(ws, profile.id),
                  ),
                );
                setRefusal(refused);
                if (!refused) onDeleted();
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
        )}
        <button
          type="button"
          className="button"
          disabled={!loaded.ok}
          onClick={() =>
            loaded.ok &&
            downloadText(`${profile.id}.stackwise-profile.json`, exportProfile(loaded.value.profile))
          }
        >
          Export file
        </button>
        <button type="submit" className="button button--primary">
          Save profile
        </button>
      </div>
    </form>
  );
}

/** Institutional QA profiles: rules a QA officer writes without code, saved in the workspace and shared as files. */
export function ProfilesDialog({ onClose }: { onClose: () => void }) {
  const store = useEditorStore();
  const profiles = useEditor((s) => s.workspace.qaProfiles);
  const [selected, setSelected] = useState<string | null>(profiles[0]?.id ?? null);
  const [draft, setDraft] = useState<QaProfile | null>(null);
  const [importError, setImportError] = useState<string | null>(null);
  const current = draft ?? profiles.find((p) => p.id === selected) ?? null;

  const startNew = (from?: QaProfile) => {
    const id = `inst-${crypto.randomUUID().slice(0, 8)}`;
    setDraft(
      from
        ? { ...from, id, title: `${from.title} (copy)` }
        : { id, title: 'Institutional rules', version: '1.0', source: '', rules: [] },
    );
    setSelected(id);
  };
  const importFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    const imported = importProfile(await file.text(), file.name);
    if (!imported.ok) {
      setImportError(imported.error.message);
      return;
    }
    setImportError(null);
    // A shared file may not take over a built-in profile's id: it is kept as an institutional copy.
    const taken = builtInProfiles.some((p) => p.id === imported.value.profile.id);
    const profile = taken
      ? { ...imported.value.profile, id: `inst-${crypto.randomUUID().slice(0, 8)}` }
      : imported.value.profile;
    const refusal = refusalMessage(
      store.dispatch(`Import QA profile ${profile.title}`, (ws) => saveQaProfile(ws, profile)),
    );
    if (refusal) return setImportError(refusal);
    setDraft(null);
    setSelected(profile.id);
  };

  return (
    <Dialog title="Institutional QA profiles" onClose={onClose} wide>
      <div className="issuers">
        <nav aria-label="Workspace QA profiles" className="issuers__list">
          <ul className="plain-list">
            {profiles.map((p) => (
              <li key={p.id}>
                <button
                  type="button"
                  className="recent__item"
                  aria-current={p.id === current?.id ? 'true' : undefined}
                  onClick={() => {
                    setDraft(null);
                    setSelected(p.id);
                  }}
                >
                  {p.title} <span className="field__hint">v{p.version}</span>
                </button>
              </li>
            ))}
          </ul>
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
          {current ? (
            <ProfileEditor
              key={current.id}
              profile={current}
              onSaved={() => setDraft(null)}
              onDeleted={() => {
                setDraft(null);
                setSelected(profiles.find((p) => p.id !== current.id)?.id ?? null);
              }}
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
