import { createIssuer, deleteIssuer, updateIssuer } from '@shared/commands/issuers';
import type { AppError } from '@shared/contract/errors';
import { Issuer } from '@shared/schemas/issuer';
import type { Workspace } from '@shared/schemas/workspace';
import { type ChangeEvent, type FormEvent, Fragment, useMemo, useState } from 'react';
import { describeDomainError, refusalMessage } from '../../app/error-messages';
import { useT } from '../../app/i18n';
import { draftIdOf, draftKey } from '../../editor/draft-keys';
import { step, unsettledDrafts } from '../../editor/store';
import { useEditor, useEditorStore } from '../../editor/use-editor';
import { type DraftCheck, problemsOf, useEntityDraft } from '../../editor/use-entity-draft';
import { Dialog } from '../../ui/Dialog';
import { EntityList } from '../../ui/EntityList';
import { TextField } from '../../ui/fields';
import { IssuerKeys } from './IssuerKeys';

/** The issuer form as typed: every field as text, '' for "none". */
type IssuerDraft = {
  id: string;
  name: string;
  url: string;
  email: string;
  description: string;
  country: string;
  awardingBody: string;
  image: string;
};

const toDraft = (issuer: Issuer): IssuerDraft => ({
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
const fromDraft = (d: IssuerDraft) => ({
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

/** The draft key of an issuer's profile form in the editing session. */

/** What the user would lose: the issuer's name as typed. */
const draftName = (d: IssuerDraft) => `Issuer “${d.name.trim() || 'without a name'}”`;

/** A valid form becomes the step that updates the issuer, or creates it again when undo took it away. */
function checkIssuer(form: IssuerDraft): DraftCheck {
  const parsed = Issuer.safeParse(fromDraft(form));
  if (!parsed.success) return { ok: false, problems: problemsOf(parsed.error) };
  const issuer = parsed.data;
  return {
    ok: true,
    apply: {
      label: step('history.issuer.edit', { name: issuer.name }),
      command: (ws: Workspace) =>
        ws.issuers.some((i) => i.id === issuer.id) ? updateIssuer(ws, issuer) : createIssuer(ws, issuer),
    },
  };
}

const formFields = ['name', 'url', 'email', 'country', 'awardingBody', 'description', 'image'];

/**
 * An issuer's profile. Every change goes to the editing session: a valid value becomes one undoable step
 * per field (and is saved with every other change); one that does not validate yet (a half-typed web
 * address) stays there as a draft with its error, through closing the dialog and undo of other things.
 */
function IssuerForm({
  base,
  inWorkspace,
  onDeleted,
}: {
  /** The issuer as the workspace holds it, or as last typed when undo took it out of the workspace. */
  base: IssuerDraft;
  inWorkspace: boolean;
  onDeleted: () => void;
}) {
  const tr = useT();
  const store = useEditorStore();
  const session = useEntityDraft({
    key: draftKey.issuer(base.id),
    base,
    name: draftName,
    check: checkIssuer,
  });
  const draft = session.form;
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [deleteRefusal, setDeleteRefusal] = useState<string | null>(null);
  const error = (field: string) =>
    session.refusal?.field === field ? describeDomainError(session.refusal, tr) : session.problems.get(field);
  const set = (patch: Partial<IssuerDraft>) => session.change(patch, Object.keys(patch)[0] ?? 'issuer');
  const count = session.problems.size + (session.refusal ? 1 : 0);
  return (
    <form
      className="issuer-form"
      onSubmit={(event: FormEvent) => {
        event.preventDefault();
        session.leave();
      }}
      onBlur={session.leave}
      noValidate
      aria-label={`Issuer ${draft.name || 'new'}`}
    >
      {session.refusal && !formFields.includes(session.refusal.field ?? '') && (
        <p className="callout callout--error" role="alert">
          {describeDomainError(session.refusal, tr)}
        </p>
      )}
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
      {inWorkspace && (
        <div className="dialog__actions">
          {deleteRefusal && (
            <p className="field__error" role="alert">
              {deleteRefusal}
            </p>
          )}
          {confirmDelete ? (
            <>
              <span className="field__error">
                Delete this issuer? Its modules fall back to the first issuer.
              </span>
              <button
                type="button"
                className="button button--danger"
                onClick={() => {
                  const refused = refusalMessage(
                    store.dispatch(step('history.issuer.delete', { name: base.name }), (ws) =>
                      deleteIssuer(ws, base.id),
                    ),
                    tr,
                  );
                  setDeleteRefusal(refused);
                  if (refused) return;
                  session.discard();
                  onDeleted();
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
          )}
        </div>
      )}
      {(session.invalid || !inWorkspace) && (
        <div className="dialog__actions dialog__actions--start">
          <p className="form-summary" role="status" data-testid="issuer-draft-status">
            {`Not saved: ${count === 1 ? '1 field needs' : `${count} fields need`} attention${inWorkspace ? '' : ' (undo removed this issuer; a valid value adds it again)'}`}
          </p>
          <button type="button" className="button" onClick={session.discard}>
            {inWorkspace ? 'Discard changes' : 'Discard this issuer'}
          </button>
        </div>
      )}
    </form>
  );
}

/**
 * Issuer profiles: who awards the credentials, and the keys that sign their badge definitions. The
 * profiles are edited through the editing session; only the choice of which one to show is the dialog's.
 */
export function IssuersDialog({ onClose }: { onClose: () => void }) {
  const tr = useT();
  const store = useEditorStore();
  const issuers = useEditor((s) => s.workspace.issuers);
  const draftMap = useEditor((s) => s.drafts);
  const drafts = useMemo(
    () => unsettledDrafts(draftMap).filter((d) => draftIdOf(d.key, 'issuer') !== undefined),
    [draftMap],
  );
  /** Drafts of issuers undo took out of the workspace: kept, so the typing is not lost. */
  const orphans = drafts.filter((d) => !issuers.some((i) => draftKey.issuer(i.id) === d.key));
  // Opens on the issuer with a value that does not validate yet, the one the save status points to.
  const [selected, setSelected] = useState<string | null>(
    () => draftIdOf(drafts[0]?.key ?? '', 'issuer') ?? issuers[0]?.id ?? null,
  );
  const [keyError, setKeyError] = useState<AppError | null>(null);
  const [addRefusal, setAddRefusal] = useState<string | null>(null);

  const current = issuers.find((i) => i.id === selected);
  const orphan = current ? undefined : orphans.find((d) => d.key === draftKey.issuer(selected ?? ''));
  const shown = current ?? (orphan ? undefined : issuers[0]);
  const base = useMemo(
    () => (shown ? toDraft(shown) : (orphan?.snapshot as IssuerDraft | undefined)),
    [shown, orphan],
  );
  const shownId = base?.id ?? null;
  const unsavedIds = new Set(drafts.map((d) => d.key));

  const addIssuer = () => {
    const issuer: Issuer = { id: crypto.randomUUID(), name: 'New issuer', description: '', awardingBody: '' };
    const refused = refusalMessage(
      store.dispatch(step('history.issuer.add'), (ws) => createIssuer(ws, issuer)),
      tr,
    );
    setAddRefusal(refused);
    if (!refused) setSelected(issuer.id);
  };

  return (
    <Dialog title="Issuers" onClose={onClose} wide>
      <div className="issuers">
        <nav aria-label="Issuer profiles" className="issuers__list">
          <EntityList
            currentId={shownId}
            onSelect={setSelected}
            items={[
              ...issuers.map((issuer) => ({
                id: issuer.id,
                label: issuer.name,
                unsaved: unsavedIds.has(draftKey.issuer(issuer.id)),
              })),
              ...orphans.map((d) => ({
                id: draftIdOf(d.key, 'issuer') ?? d.key,
                label: (d.snapshot as IssuerDraft | undefined)?.name || 'Issuer without a name',
                unsaved: true,
              })),
            ]}
          />
          <button type="button" className="button" onClick={addIssuer}>
            + New issuer
          </button>
          {addRefusal && (
            <p className="field__error" role="alert">
              {addRefusal}
            </p>
          )}
        </nav>
        <div className="issuers__detail">
          {base ? (
            // One key for the issuer shown: its form and its keys start afresh when another is chosen.
            <Fragment key={base.id}>
              <IssuerForm
                base={base}
                inWorkspace={shown !== undefined}
                onDeleted={() => setSelected(issuers.find((i) => i.id !== base.id)?.id ?? null)}
              />
              {shown && <IssuerKeys issuer={shown} onError={setKeyError} error={keyError} />}
            </Fragment>
          ) : (
            <p className="empty">No issuer yet: add the institution that awards these credentials.</p>
          )}
        </div>
      </div>
    </Dialog>
  );
}
