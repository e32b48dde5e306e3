import { createIssuer } from '@shared/commands/issuers';
import type { AppError } from '@shared/contract/errors';
import type { Issuer } from '@shared/schemas/issuer';
import { Fragment, useMemo, useState } from 'react';
import { refusalMessage } from '../../app/error-messages';
import { useT } from '../../app/i18n';
import { draftIdOf, draftKey } from '../../editor/draft-keys';
import { step, unsettledDrafts } from '../../editor/store';
import { useEditor, useEditorStore } from '../../editor/use-editor';
import { Dialog } from '../../ui/Dialog';
import { EntityList } from '../../ui/EntityList';
import { IssuerForm } from './IssuerForm';
import { IssuerKeys } from './IssuerKeys';
import { type IssuerDraft, toDraft } from './issuer-draft';

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
    // Named in the language shown: the name is the user's to change, like any other value they type.
    const issuer: Issuer = {
      id: crypto.randomUUID(),
      name: tr.t('issuers.newName'),
      description: '',
      awardingBody: '',
    };
    const refused = refusalMessage(
      store.dispatch(step('history.issuer.add'), (ws) => createIssuer(ws, issuer)),
      tr,
    );
    setAddRefusal(refused);
    if (!refused) setSelected(issuer.id);
  };

  return (
    <Dialog title={tr.t('issuers.title')} onClose={onClose} wide>
      <div className="issuers">
        <nav aria-label={tr.t('issuers.list')} className="issuers__list">
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
                label: (d.snapshot as IssuerDraft | undefined)?.name || tr.t('issuers.unnamed'),
                unsaved: true,
              })),
            ]}
          />
          <button type="button" className="button" onClick={addIssuer}>
            {tr.t('issuers.add')}
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
            <p className="empty">{tr.t('issuers.empty')}</p>
          )}
        </div>
      </div>
    </Dialog>
  );
}
