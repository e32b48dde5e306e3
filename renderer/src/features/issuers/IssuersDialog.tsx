import { createIssuer, deleteIssuer, updateIssuer } from '@shared/commands/issuers';
import type { AppError } from '@shared/contract/errors';
import { Issuer } from '@shared/schemas/issuer';
import { formatPath } from '@shared/schemas/problems';
import { type ChangeEvent, type FormEvent, useMemo, useState } from 'react';
import { describeDomainError } from '../../app/error-messages';
import type { DispatchResult } from '../../editor/store';
import { useEditor, useEditorStore } from '../../editor/use-editor';
import { Dialog } from '../../ui/Dialog';
import { TextField } from '../../ui/fields';
import { IssuerKeys } from './IssuerKeys';

type Draft = {
  id: string;
  name: string;
  url: string;
  email: string;
  description: string;
  country: string;
  awardingBody: string;
  image: string;
};

const toDraft = (issuer: Issuer): Draft => ({
  id: issuer.id,
  name: issuer.name,
  url: issuer.url ?? '',
  email: issuer.email ?? '',
  description: issuer.description,
  country: issuer.country ?? '',
  awardingBody: issuer.awardingBody,
  image: issuer.image ?? '',
});
const blank = (s: string) => (s.trim() === '' ? undefined : s.trim());
const fromDraft = (d: Draft) => ({
  id: d.id,
  name: d.name,
  url: blank(d.url),
  email: blank(d.email),
  description: d.description,
  country: blank(d.country),
  awardingBody: d.awardingBody,
  image: blank(d.image),
});

/** The issuer's logo: a web address, or an image file embedded in the workspace (shown as a preview). */
function IssuerImage({
  value,
  error,
  onChange,
}: {
  value: string;
  error: string | undefined;
  onChange: (v: string) => void;
}) {
  const embedded = value.startsWith('data:');
  const choose = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    const reader = new FileReader();
    reader.onload = () => onChange(String(reader.result));
    reader.readAsDataURL(file);
  };
  return (
    <div className="issuer-image">
      {embedded ? (
        <div className="field">
          <span className="field-label">Logo</span>
          <img src={value} alt="The issuer's logo" className="issuer-image__preview" />
          {error && (
            <p className="field__error" role="alert">
              {error}
            </p>
          )}
        </div>
      ) : (
        <TextField
          label="Logo web address"
          value={value}
          onChange={onChange}
          error={error}
          hint="Or embed an image file"
        />
      )}
      <div className="dialog__actions dialog__actions--start">
        <label className="button button--small file-button">
          {embedded ? 'Replace the logo…' : 'Embed a logo file…'}
          <input type="file" accept="image/png,image/svg+xml,image/jpeg" onChange={choose} />
        </label>
        {value !== '' && (
          <button type="button" className="button button--quiet button--small" onClick={() => onChange('')}>
            Remove logo
          </button>
        )}
      </div>
    </div>
  );
}

function IssuerForm({
  issuer,
  isNew,
  onSaved,
  onDeleted,
}: {
  issuer: Issuer;
  isNew: boolean;
  onSaved: (id: string) => void;
  onDeleted: () => void;
}) {
  const store = useEditorStore();
  const [draft, setDraft] = useState(() => toDraft(issuer));
  const [submitted, setSubmitted] = useState(false);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [refusal, setRefusal] = useState<{ field?: string | undefined; message: string } | null>(null);
  const formFields = ['name', 'url', 'email', 'country', 'awardingBody', 'description', 'image'];
  /** Keeps a refusal to show it on its field, or above the buttons; true when the command ran. */
  const settle = (result: DispatchResult) => {
    setRefusal(result.ok ? null : { field: result.error.field, message: describeDomainError(result.error) });
    return result.ok;
  };
  const parsed = useMemo(() => Issuer.safeParse(fromDraft(draft)), [draft]);
  const problems = new Map(
    parsed.success ? [] : parsed.error.issues.map((i) => [formatPath(i.path), i.message]),
  );
  const error = (field: string) =>
    submitted ? (problems.get(field) ?? (refusal?.field === field ? refusal.message : undefined)) : undefined;
  const set = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (!parsed.success) return;
    const value = parsed.data;
    const result = store.dispatch(isNew ? `Add issuer ${value.name}` : `Edit issuer ${value.name}`, (ws) =>
      isNew ? createIssuer(ws, value) : updateIssuer(ws, value),
    );
    if (settle(result)) onSaved(value.id);
  };
  return (
    <form className="issuer-form" onSubmit={submit} noValidate aria-label={`Issuer ${draft.name || 'new'}`}>
      <TextField
        label="Issuer name"
        value={draft.name}
        onChange={(name) => set({ name })}
        error={error('name')}
        required
      />
      <div className="grid grid--2">
        <TextField
          label="Web address"
          value={draft.url}
          onChange={(url) => set({ url })}
          error={error('url')}
          hint="Where the issuer publishes its public key document"
        />
        <TextField
          label="Email"
          value={draft.email}
          onChange={(email) => set({ email })}
          error={error('email')}
        />
      </div>
      <div className="grid grid--2">
        <TextField
          label="Country or region"
          value={draft.country}
          onChange={(country) => set({ country: country.toUpperCase() })}
          error={error('country')}
          hint="ISO 3166 code: GB, UA, KZ-ALA"
        />
        <TextField
          label="Awarding body"
          value={draft.awardingBody}
          onChange={(awardingBody) => set({ awardingBody })}
          error={error('awardingBody')}
          hint="When it differs from the issuer’s name"
        />
      </div>
      <TextField
        label="Issuer description"
        multiline
        value={draft.description}
        onChange={(description) => set({ description })}
        error={error('description')}
      />
      <IssuerImage value={draft.image} error={error('image')} onChange={(image) => set({ image })} />
      <div className="dialog__actions">
        {refusal && !formFields.includes(refusal.field ?? '') && (
          <p className="field__error" role="alert">
            {refusal.message}
          </p>
        )}
        {!isNew &&
          (confirmDelete ? (
            <>
              <span className="field__error">
                Delete this issuer? Its modules fall back to the first issuer.
              </span>
              <button
                type="button"
                className="button button--danger"
                onClick={() => {
                  const result = store.dispatch(`Delete issuer ${issuer.name}`, (ws) =>
                    deleteIssuer(ws, issuer.id),
                  );
                  if (settle(result)) onDeleted();
                }}
              >
                Delete issuer
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
        <button type="submit" className="button button--primary">
          {isNew ? 'Add issuer' : 'Save issuer'}
        </button>
      </div>
    </form>
  );
}

/** Issuer profiles: who awards the credentials, and the keys that sign their badge definitions. */
export function IssuersDialog({ onClose }: { onClose: () => void }) {
  const issuers = useEditor((s) => s.workspace.issuers);
  const [selected, setSelected] = useState<string | 'new' | null>(issuers[0]?.id ?? 'new');
  const [fresh, setFresh] = useState<Issuer>(() => ({
    id: crypto.randomUUID(),
    name: '',
    description: '',
    awardingBody: '',
  }));
  const [keyError, setKeyError] = useState<AppError | null>(null);
  const current = selected === 'new' ? fresh : issuers.find((i) => i.id === selected);
  return (
    <Dialog title="Issuers" onClose={onClose} wide>
      <div className="issuers">
        <nav aria-label="Issuer profiles" className="issuers__list">
          <ul className="plain-list">
            {issuers.map((issuer) => (
              <li key={issuer.id}>
                <button
                  type="button"
                  className="recent__item"
                  aria-current={issuer.id === selected ? 'true' : undefined}
                  onClick={() => setSelected(issuer.id)}
                >
                  {issuer.name}
                </button>
              </li>
            ))}
          </ul>
          <button
            type="button"
            className="button"
            onClick={() => {
              setFresh({ id: crypto.randomUUID(), name: '', description: '', awardingBody: '' });
              setSelected('new');
            }}
          >
            + New issuer
          </button>
        </nav>
        <div className="issuers__detail">
          {current ? (
            <>
              <IssuerForm
                key={current.id}
                issuer={current}
                isNew={selected === 'new'}
                onSaved={(id) => setSelected(id)}
                onDeleted={() => setSelected(issuers.find((i) => i.id !== current.id)?.id ?? 'new')}
              />
              {selected !== 'new' && (
                <IssuerKeys key={current.id} issuer={current} onError={setKeyError} error={keyError} />
              )}
            </>
          ) : (
            <p className="empty">Choose an issuer.</p>
          )}
        </div>
      </div>
    </Dialog>
  );
}
