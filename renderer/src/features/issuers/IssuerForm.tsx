import { deleteIssuer } from '@shared/commands/issuers';
import { issuerFieldTable } from '@shared/fields';
import { type FormEvent, type ReactNode, useState } from 'react';
import { describeDomainError, refusalMessage } from '../../app/error-messages';
import { useT } from '../../app/i18n';
import { draftKey } from '../../editor/draft-keys';
import { step } from '../../editor/store';
import { useEditorStore } from '../../editor/use-editor';
import { useEntityDraft } from '../../editor/use-entity-draft';
import { ConfirmDelete } from '../../ui/ConfirmDelete';
import { TableField } from '../inspector/TableField';
import { IssuerImage } from './IssuerImage';
import { checkIssuer, draftName, type IssuerDraft } from './issuer-draft';

type IssuerSpec = (typeof issuerFieldTable)[number];

/** A short text field that may be left blank: two of them share a row. */
const sharesRow = (spec: IssuerSpec) =>
  !('required' in spec) && !('multiline' in spec) && spec.path !== 'image';

/** The table's fields in its order, runs of short optional ones two to a row. */
function rowsOf(fields: ReactNode[], specs: readonly IssuerSpec[]): ReactNode[] {
  const rows: ReactNode[] = [];
  let run: ReactNode[] = [];
  const endRun = () => {
    if (run.length > 0)
      rows.push(
        <div key={`row-${rows.length}`} className="grid grid--2">
          {run}
        </div>,
      );
    run = [];
  };
  specs.forEach((spec, index) => {
    if (sharesRow(spec)) {
      run.push(fields[index]);
    } else {
      endRun();
      rows.push(fields[index]);
    }
  });
  endRun();
  return rows;
}

/**
 * An issuer's profile, its fields from the field table. Every change goes to the editing session: a valid
 * value becomes one undoable step per field (and is saved with every other change); one that does not
 * validate yet (a half-typed web address) stays there as a draft with its error, through closing the dialog
 * and undo of other things.
 */
export function IssuerForm({
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
    name: draftName(tr),
    check: checkIssuer(tr),
  });
  const draft = session.form;
  const [deleteRefusal, setDeleteRefusal] = useState<string | null>(null);
  const error = (field: string) =>
    session.refusal?.field === field ? describeDomainError(session.refusal, tr) : session.problems.get(field);
  const set = (patch: Partial<IssuerDraft>) => session.change(patch, Object.keys(patch)[0] ?? 'issuer');
  const count = session.problems.size + (session.refusal ? 1 : 0);
  const onTable = issuerFieldTable.some((f) => f.path === session.refusal?.field);
  const fields = issuerFieldTable.map((spec) =>
    spec.path === 'image' ? (
      <IssuerImage
        key={spec.path}
        value={draft.image}
        error={error('image')}
        onChange={(image) => set({ image })}
      />
    ) : (
      <TableField
        key={spec.path}
        entity="issuer"
        spec={spec}
        path={spec.path}
        value={draft[spec.path]}
        // A country code is written in capitals (ISO 3166), whatever was typed.
        onChange={(v) => set({ [spec.path]: spec.path === 'country' ? String(v).toUpperCase() : String(v) })}
        error={error(spec.path)}
      />
    ),
  );
  const name = draft.name.trim();
  return (
    <form
      className="issuer-form"
      onSubmit={(event: FormEvent) => {
        event.preventDefault();
        session.leave();
      }}
      onBlur={session.leave}
      noValidate
      aria-label={name === '' ? tr.t('issuers.form.new') : tr.t('issuers.form', { name })}
    >
      {session.refusal && !onTable && (
        <p className="callout callout--error" role="alert">
          {describeDomainError(session.refusal, tr)}
        </p>
      )}
      {rowsOf(fields, issuerFieldTable)}
      {inWorkspace && (
        <div className="dialog__actions">
          {deleteRefusal && (
            <p className="field__error" role="alert">
              {deleteRefusal}
            </p>
          )}
          {
            <ConfirmDelete
              words={{
                delete: tr.t('issuers.delete'),
                confirm: tr.t('issuers.delete.confirm'),
                confirmed: tr.t('issuers.delete.confirmed'),
                keep: tr.t('issuers.delete.keep'),
              }}
              onRefusal={setDeleteRefusal}
              onConfirm={() => {
                const refused = refusalMessage(
                  store.dispatch(step('history.issuer.delete', { name: base.name }), (ws) =>
                    deleteIssuer(ws, base.id),
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
          }
        </div>
      )}
      {(session.invalid || !inWorkspace) && (
        <div className="dialog__actions dialog__actions--start">
          <p className="form-summary" role="status" data-testid="issuer-draft-status">
            {inWorkspace
              ? tr.t('issuers.draft.status', { count })
              : tr.t('issuers.draft.statusUndone', { count })}
          </p>
          <button type="button" className="button" onClick={session.discard}>
            {inWorkspace ? tr.t('issuers.draft.discard') : tr.t('issuers.draft.discardUndone')}
          </button>
        </div>
      )}
    </form>
  );
}
