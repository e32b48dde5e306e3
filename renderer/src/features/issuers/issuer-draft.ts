import type { Translator } from '@locales/translate';
import { createIssuer, updateIssuer } from '@shared/commands/issuers';
import { type IssuerField, issuerFieldTable } from '@shared/fields';
import { entityFromForm, formValuesOf } from '@shared/fields/form-values';
import { Issuer } from '@shared/schemas/issuer';
import type { Workspace } from '@shared/schemas/workspace';
import { step } from '../../editor/store';
import type { DraftCheck } from '../../editor/use-entity-draft';
import { fieldProblems } from '../inspector/field-words';

/** The issuer form as typed: every field of the field table as text, '' for "none". */
export type IssuerDraft = { id: string } & Record<IssuerField, string>;

export const toDraft = (issuer: Issuer): IssuerDraft =>
  ({ ...formValuesOf(issuerFieldTable, issuer), id: issuer.id }) as IssuerDraft;

const fromDraft = (draft: IssuerDraft) => entityFromForm(issuerFieldTable, { id: draft.id }, draft);

/** What the user would lose: the issuer's name as typed. */
export const draftName = (tr: Translator) => (draft: IssuerDraft) => {
  const name = draft.name.trim();
  return name === '' ? tr.t('issuers.unnamed') : tr.t('issuers.draftName', { name });
};

/** A valid form becomes the step that updates the issuer, or creates it again when undo took it away. */
export const checkIssuer =
  (tr: Translator) =>
  (form: IssuerDraft): DraftCheck => {
    const parsed = Issuer.safeParse(fromDraft(form));
    if (!parsed.success) return { ok: false, problems: fieldProblems(parsed.error, 'issuer', tr) };
    const issuer = parsed.data;
    return {
      ok: true,
      apply: {
        label: step('history.issuer.edit', { name: issuer.name }),
        command: (ws: Workspace) =>
          ws.issuers.some((i) => i.id === issuer.id) ? updateIssuer(ws, issuer) : createIssuer(ws, issuer),
      },
    };
  };
