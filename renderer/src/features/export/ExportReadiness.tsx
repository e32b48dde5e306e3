import type { IssuerKeyInfo } from '@shared/contract/commands';
import { signingIssuerIds } from '@shared/credentials/signers';
import { checkDesignForExport } from '@shared/qa/design-check';
import type { Pathway } from '@shared/schemas/pathway';
import { useEffect, useMemo, useState } from 'react';
import { call } from '../../app/api';
import { draftLine, errorDetail, headlineFor } from '../../app/error-messages';
import { useT } from '../../app/i18n';
import { type EntityDraft, unsettledDrafts } from '../../editor/store';
import { useEditor, useEditorStore } from '../../editor/use-editor';

/** Where each blocker is fixed: the shell opens the place. */
export interface ExportFixes {
  goToDraft: (draft: EntityDraft) => void;
  showQuality: () => void;
  openIssuers: () => void;
}

interface Blocker {
  id: string;
  text: string;
  action: { label: string; run: () => void };
}

/**
 * What stops an export, known before the click: drafts that do not validate, a failed save and, for the
 * exports that sign, QA errors and issuers without a signing key. Each comes with the way to fix it.
 */
export function useExportBlockers(pathway: Pathway, signing: boolean, fixes: ExportFixes): Blocker[] {
  const tr = useT();
  const store = useEditorStore();
  const workspace = useEditor((s) => s.workspace);
  const draftsById = useEditor((s) => s.drafts);
  const save = useEditor((s) => s.save);
  const drafts = useMemo(() => unsettledDrafts(draftsById), [draftsById]);
  const qaErrors = useMemo(
    () => (signing ? checkDesignForExport(workspace, pathway.id).errors : 0),
    [signing, workspace, pathway.id],
  );
  const signers = useMemo(
    () => (signing ? signingIssuerIds(workspace, pathway.id) : []),
    [signing, workspace, pathway.id],
  );
  const signerKey = signers.join(' ');
  const [keys, setKeys] = useState<ReadonlyMap<string, IssuerKeyInfo | null>>(new Map());
  useEffect(() => {
    let live = true;
    const ids = signerKey === '' ? [] : signerKey.split(' ');
    void Promise.all(
      ids.map(async (id) => {
        const info = await call('issuer.keyInfo', { issuerId: id });
        return [id, info.ok ? info.value : null] as const;
      }),
    ).then((entries) => {
      if (live) setKeys(new Map(entries));
    });
    return () => {
      live = false;
    };
  }, [signerKey]);

  const blockers: Blocker[] = drafts.map((draft) => ({
    id: `draft:${draft.key}`,
    text: tr.t('export.blockers.draft', { draft: draftLine(draft, tr) }),
    action: { label: tr.t('export.blockers.goToField'), run: () => fixes.goToDraft(draft) },
  }));
  if (save.status === 'error')
    blockers.push({
      id: 'save',
      text: tr.t('export.blockers.saveFailed', {
        headline: headlineFor(save.error, tr),
        detail: errorDetail(save.error, tr),
      }),
      action: { label: tr.t('export.blockers.retrySave'), run: () => void store.flush() },
    });
  if (qaErrors > 0)
    blockers.push({
      id: 'qa',
      text: tr.t('export.blockers.qaErrors', { count: qaErrors }),
      action: { label: tr.t('export.blockers.showQuality'), run: fixes.showQuality },
    });
  for (const id of signers) {
    const info = keys.get(id);
    if (info && info.ed25519Multibase === null) {
      const name = workspace.issuers.find((i) => i.id === id)?.name ?? id;
      blockers.push({
        id: `key:${id}`,
        text: tr.t('export.blockers.noKey', { issuer: name }),
        action: { label: tr.t('export.blockers.openIssuers'), run: fixes.openIssuers },
      });
    }
  }
  return blockers;
}

/** The blockers, listed at the top of an export dialog. */
export function ExportBlockers({ blockers }: { blockers: Blocker[] }) {
  const tr = useT();
  if (blockers.length === 0) return null;
  return (
    <div className="callout callout--error" role="alert" data-testid="export-blockers">
      <strong>{tr.t('export.blockers.heading', { count: blockers.length })}</strong>
      <ul className="blockers">
        {blockers.map((b) => (
          <li key={b.id}>
            {b.text}{' '}
            <button type="button" className="button button--quiet button--small" onClick={b.action.run}>
              {b.action.label}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
