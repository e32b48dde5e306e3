import type { MessageKey } from '@locales/messages';
import type { CommandOutput, FileVerdict } from '@shared/contract/commands';
import type { AppError } from '@shared/contract/errors';
import type { Pathway } from '@shared/schemas/pathway';
import { type FormEvent, type ReactNode, useState } from 'react';
import { FormattedMessage } from 'react-intl';
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

const chosenFolder: MessageKey = 'export.badges.chosenFolder';
const wrote: MessageKey = 'export.badges.wrote';
const code = (chunks: ReactNode[]) => <code>{chunks}</code>;

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
    <Dialog title={tr.t('export.badges.title', { title: pathway.title })} onClose={onClose} wide>
      <form onSubmit={(e) => void submit(e)} className="dialog__body" aria-busy={busy}>
        <p>{tr.t('export.badges.intro')}</p>
        {native === true && (
          <div className="field">
            <span className="field-label">{tr.t('export.badges.folder')}</span>
            <div className="file-choice__buttons">
              <button type="button" className="button" onClick={() => void chooseFolder()}>
                {tr.t('export.badges.chooseFolder')}
              </button>
            </div>
            <p className="field__hint">
              {outDir.trim() === '' ? (
                tr.t('export.badges.noFolder')
              ) : (
                <FormattedMessage id={chosenFolder} values={{ folder: outDir, code }} />
              )}
            </p>
          </div>
        )}
        {native === false && <p className="field__hint">{tr.t('export.badges.browserFolder')}</p>}
        <details className="file-choice__path">
          <summary className="file-choice__toggle">{tr.t('export.badges.enterPath')}</summary>
          <div className="field">
            <label htmlFor="badges-out">{tr.t('export.badges.folderToCreate')}</label>
            <input
              id="badges-out"
              value={outDir}
              onChange={(e) => setOutDir(e.target.value)}
              placeholder={tr.t('export.outPlaceholder')}
            />
          </div>
        </details>
        <PassphraseField id="badges-passphrase" value={passphrase} onChange={setPassphrase} />
        <label className="check">
          <input type="checkbox" checked={vcJwt} onChange={(e) => setVcJwt(e.target.checked)} />
          {tr.t('export.badges.vcJwt')}
        </label>
        <ExportBlockers blockers={blockers} />
        {error && <ErrorCallout error={error} />}
        {busy && <Progress>{tr.t('export.badges.busy')}</Progress>}
        {result && (
          <div className="callout">
            <p>
              <FormattedMessage
                id={wrote}
                values={{ count: result.files.length, folder: result.outDir, code }}
              />
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
                {tr.t('export.badges.download')}
              </button>
            )}
          </div>
        )}
        {verdicts && <VerdictList verdicts={verdicts} />}
        <div className="dialog__actions">
          <button type="submit" className="button button--primary" disabled={busy || blockers.length > 0}>
            {tr.t('export.badges.submit')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
