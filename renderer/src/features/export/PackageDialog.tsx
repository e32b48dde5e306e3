import type { CommandOutput } from '@shared/contract/commands';
import type { AppError } from '@shared/contract/errors';
import type { Pathway } from '@shared/schemas/pathway';
import { type FormEvent, useState } from 'react';
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
    <Dialog title={`Programme package of “${pathway.title}”`} onClose={onClose} wide>
      <form onSubmit={(e) => void submit(e)} className="dialog__body" aria-busy={busy}>
        <p>
          One zip with the pathway and its modules, the signed badge definitions, the issuer’s public key, the
          PDF specification, the QA report and a signed manifest listing every file with its digest, so the
          committee can see that nothing changed on the way.
        </p>
        <div className="field">
          <label htmlFor="package-out">Package file</label>
          <input
            id="package-out"
            value={outFile}
            onChange={(e) => setOutFile(e.target.value)}
            placeholder="Leave empty for the exports folder in your data folder"
          />
        </div>
        <PassphraseField id="package-passphrase" value={passphrase} onChange={setPassphrase} />
        <ExportBlockers blockers={blockers} />
        {error && <ErrorCallout error={error} />}
        {busy && <Progress>Building, signing and packaging…</Progress>}
        {result && (
          <div className="callout" role="status">
            <p>
              Wrote <code>{result.outFile}</code> ({result.files.length + 1} files, manifest included) and
              started its download.
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
            Export package
          </button>
        </div>
      </form>
    </Dialog>
  );
}
