import type { CommandOutput, FileVerdict } from '@shared/contract/commands';
import type { AppError } from '@shared/contract/errors';
import type { Pathway } from '@shared/schemas/pathway';
import { type FormEvent, useState } from 'react';
import { call } from '../../app/api';
import { useT } from '../../app/i18n';
import { useEditorStore } from '../../editor/use-editor';
import { Dialog } from '../../ui/Dialog';
import { downloadBase64 } from '../../ui/download';
import { ErrorCallout } from '../../ui/ErrorCallout';
import { useNativePicker } from '../../ui/FileChoice';
import { Progress } from '../../ui/Progress';
import { ExportBlockers, type ExportFixes, useExportBlockers } from './ExportReadiness';
import { saveForExport } from './export-readiness';
import { PassphraseField } from './PassphraseField';
import { VerdictList } from './VerdictList';

/** Signs the pathway's badge definitions into a folder, then verifies what was written. */
export function BadgesDialog({
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
  const [outDir, setOutDir] = useState('');
  const native = useNativePicker();
  const [passphrase, setPassphrase] = useState('');
  const [vcJwt, setVcJwt] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const [result, setResult] = useState<CommandOutput<'badges.export'> | null>(null);
  const [verdicts, setVerdicts] = useState<FileVerdict[] | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    setVerdicts(null);
    // Sign what the window shows: save it first, and name the revision so main refuses any other.
    const saved = await saveForExport(store, tr);
    if (!saved.ok) {
      setBusy(false);
      setError(saved.error);
      return;
    }
    const exported = await call('badges.export', {
      pathwayId: pathway.id,
      revision: saved.revision,
      workspacePath: saved.workspacePath,
      ...(outDir.trim() !== '' && { outDir: outDir.trim() }),
      ...(passphrase !== '' && { passphrase }),
      vcJwt,
      // The browser cannot open the folder it was written to: hand the files back for a download.
      ...(native === false && { zip: true }),
    });
    if (!exported.ok) {
      setBusy(false);
      setError(exported.error);
      return;
    }
    setResult(exported.value);
    const verified = await call('badges.verify', { path: exported.value.outDir });
    setBusy(false);
    if (verified.ok) setVerdicts(verified.value.verdicts);
    else setError(verified.error);
  };

  const chooseFolder = async () => {
    const picked = await call('dialog.pick', { purpose: 'badge-folder' });
    if (picked.ok && picked.value.path !== null) setOutDir(picked.value.path);
  };

  return (
    <Dialog title={`Badge definitions of “${pathway.title}”`} onClose={onClose} wide>
      <form onSubmit={(e) => void submit(e)} className="dialog__body" aria-busy={busy}>
        <p>
          Every module and the award become Open Badges 3.0 achievements, each with an endorsement credential
          signed by its issuer (Data Integrity, eddsa-rdfc-2022) that covers every byte of the definition.
        </p>
        {native === true && (
          <div className="field">
            <span className="field-label">Folder (new or empty)</span>
            <div className="file-choice__buttons">
              <button type="button" className="button" onClick={() => void chooseFolder()}>
                Choose a folder…
              </button>
            </div>
            <p className="field__hint">
              {outDir.trim() === '' ? (
                'None chosen: a new folder in the exports folder of your data folder.'
              ) : (
                <>
                  Chosen: <code>{outDir}</code>
                </>
              )}
            </p>
          </div>
        )}
        {native === false && (
          <p className="field__hint">
            The signed files go into a new folder in the exports folder of your data folder, and you can
            download them as one zip.
          </p>
        )}
        <details className="file-choice__path">
          <summary className="file-choice__toggle">Enter a folder path instead</summary>
          <div className="field">
            <label htmlFor="badges-out">Folder to create</label>
            <input
              id="badges-out"
              value={outDir}
              onChange={(e) => setOutDir(e.target.value)}
              placeholder="Leave empty for the exports folder in your data folder"
            />
          </div>
        </details>
        <PassphraseField id="badges-passphrase" value={passphrase} onChange={setPassphrase} />
        <label className="check">
          <input type="checkbox" checked={vcJwt} onChange={(e) => setVcJwt(e.target.checked)} />
          Also write each credential as a VC-JWT (ES256), for platforms that import JWTs
        </label>
        <ExportBlockers blockers={blockers} />
        {error && <ErrorCallout error={error} />}
        {busy && <Progress>Signing and verifying…</Progress>}
        {result && (
          <div className="callout">
            <p>
              Wrote {result.files.length} files to <code>{result.outDir}</code>
            </p>
            {result.notes.length > 0 && (
              <ul className="problems">
                {result.notes.map((note) => (
                  <li key={note}>{note}</li>
                ))}
              </ul>
            )}
            {result.zip && (
              <button
                type="button"
                className="button"
                onClick={() =>
                  result.zip && downloadBase64(result.zip.fileName, result.zip.base64, 'application/zip')
                }
              >
                Download the signed files (.zip)
              </button>
            )}
          </div>
        )}
        {verdicts && <VerdictList verdicts={verdicts} />}
        <div className="dialog__actions">
          <button type="submit" className="button button--primary" disabled={busy || blockers.length > 0}>
            Sign and export
          </button>
        </div>
      </form>
    </Dialog>
  );
}
