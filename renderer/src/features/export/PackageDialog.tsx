import type { MessageKey } from '@locales/messages';
import type { CommandOutput } from '@shared/contract/commands';
import type { AppError } from '@shared/contract/errors';
import type { Pathway } from '@shared/schemas/pathway';
import { type FormEvent, useState } from 'react';
import { FormattedMessage } from 'react-intl';
import { call } from '../../app/api';
import { useT } from '../../app/i18n';
import { useEditorStore } from '../../editor/use-editor';
import { Dialog } from '../../ui/Dialog';
import { downloadBase64 } from '../../ui/download';
import { ErrorCallout } from '../../ui/ErrorCallout';
import { Progress } from '../../ui/Progress';
import { ExportBlockers, type ExportFixes, useExportBlockers } from './ExportReadiness';
import { saveForExport } from './export-readiness';
import { PassphraseField } from './PassphraseField';

const wrote: MessageKey = 'export.packageExport.wrote';

/** One signed zip for the approval committee: design, badges, issuer key, PDF, QA report and manifest. */
export function PackageDialog({
  pathway,
  onClose,
  fixes,
}: {
  pathway: Pathway;
  onClose: () => void;
  fixes: ExportFixes;
}) {
  const tr = useT();
  const store = useEditorStore();
  const blockers = useExportBlockers(pathway, true, fixes);
  const [outFile, setOutFile] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const [result, setResult] = useState<CommandOutput<'package.export'> | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    setResult(null);
    // Package what the window shows: save it first, and name the revision so main refuses any other.
    const saved = await saveForExport(store, tr);
    if (!saved.ok) {
      setBusy(false);
      return setError(saved.error);
    }
    const exported = await call('package.export', {
      pathwayId: pathway.id,
      revision: saved.revision,
      workspacePath: saved.workspacePath,
      ...(outFile.trim() !== '' && { outFile: outFile.trim() }),
      ...(passphrase !== '' && { passphrase }),
    });
    setBusy(false);
    if (!exported.ok) return setError(exported.error);
    setResult(exported.value);
    downloadBase64(exported.value.fileName, exported.value.base64, 'application/zip');
  };

  return (
    <Dialog title={tr.t('export.packageExport.title', { title: pathway.title })} onClose={onClose} wide>
      <form onSubmit={(e) => void submit(e)} className="dialog__body" aria-busy={busy}>
        <p>{tr.t('export.packageExport.intro')}</p>
        <div className="field">
          <label htmlFor="package-out">{tr.t('export.packageExport.file')}</label>
          <input
            id="package-out"
            value={outFile}
            onChange={(e) => setOutFile(e.target.value)}
            placeholder={tr.t('export.outPlaceholder')}
          />
        </div>
        <PassphraseField id="package-passphrase" value={passphrase} onChange={setPassphrase} />
        <ExportBlockers blockers={blockers} />
        {error && <ErrorCallout error={error} />}
        {busy && <Progress>{tr.t('export.packageExport.busy')}</Progress>}
        {result && (
          <div className="callout" role="status">
            <p>
              <FormattedMessage
                id={wrote}
                values={{
                  file: result.outFile,
                  count: result.files.length + 1,
                  code: (chunks) => <code>{chunks}</code>,
                }}
              />
            </p>
            {result.notes.length > 0 && (
              <ul className="problems">
                {result.notes.map((note) => (
                  <li key={note}>{note}</li>
                ))}
              </ul>
            )}
          </div>
        )}
        <div className="dialog__actions">
          <button type="submit" className="button button--primary" disabled={busy || blockers.length > 0}>
            {tr.t('export.packageExport.submit')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
