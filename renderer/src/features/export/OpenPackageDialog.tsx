import { mergeDesign } from '@shared/commands/package-design';
import type { CommandOutput } from '@shared/contract/commands';
import type { AppError } from '@shared/contract/errors';
import { type FormEvent, useState } from 'react';
import { call } from '../../app/api';
import { describeDomainError } from '../../app/error-messages';
import { useT } from '../../app/i18n';
import { step } from '../../editor/store';
import { useEditorStore } from '../../editor/use-editor';
import { Dialog } from '../../ui/Dialog';
import { ErrorCallout } from '../../ui/ErrorCallout';
import { FileChoice, type FileSource, hasFile, sourceRequest } from '../../ui/FileChoice';
import { Progress } from '../../ui/Progress';
import { VerdictList } from './VerdictList';

const statusText = {
  intact: 'Intact',
  changed: 'Changed',
  missing: 'Missing',
  unexpected: 'Unexpected',
} as const;

/** Checks a programme package file by file, and imports its pathway when every check passes. */
export function OpenPackageDialog({
  onClose,
  onImported,
}: {
  onClose: () => void;
  onImported: (pathwayId: string) => void;
}) {
  const tr = useT();
  const store = useEditorStore();
  const [source, setSource] = useState<FileSource | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const [opened, setOpened] = useState<CommandOutput<'package.open'> | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    setOpened(null);
    if (!source) return;
    const request = await sourceRequest(source);
    if (request instanceof Error) {
      setBusy(false);
      return setError({ code: 'request.invalid', message: request.message });
    }
    const result = await call('package.open', 'files' in request ? { file: request.files[0] } : request);
    setBusy(false);
    if (result.ok) setOpened(result.value);
    else setError(result.error);
  };
  /** Merges the verified design into the workspace as the window shows it: one undoable step. */
  const importDesign = () => {
    const design = opened?.design;
    if (!design) return;
    let pathwayId = design.pathwayId;
    const result = store.dispatch(step('history.package.import'), (ws) => {
      const merged = mergeDesign(ws, design.workspace, design.pathwayId, { trusted: opened.keyKnown });
      pathwayId = merged.pathwayId;
      return merged.workspace;
    });
    if (!result.ok)
      return setError({ code: 'package.invalid-design', message: describeDomainError(result.error, tr) });
    onImported(pathwayId);
  };

  const report = opened?.report;
  return (
    <Dialog title="Open a programme package" onClose={onClose} wide>
      <form onSubmit={(e) => void submit(e)} className="dialog__body" aria-busy={busy}>
        <FileChoice
          id="package"
          label="Package file (.zip)"
          accept=".zip,application/zip"
          pickers={[{ purpose: 'open-package', label: 'Choose a package…' }]}
          pathLabel="Package file path"
          pathPlaceholder="/home/me/Downloads/STEM-Foundations-package.zip"
          source={source}
          onChange={setSource}
        />
        {error && <ErrorCallout error={error} />}
        {busy && <Progress>Checking the signature and every file…</Progress>}
        {report && (
          <section aria-label="Package report" className="verdicts">
            <p
              role="status"
              className={report.ok ? 'status-line status-line--ok' : 'status-line status-line--error'}
            >
              {report.ok
                ? `Signed by ${report.manifest.issuerName ?? report.manifest.issuer}; every file is intact.`
                : report.manifest.valid
                  ? 'The manifest’s signature is valid, but the package was changed.'
                  : 'The manifest’s signature does not verify.'}
            </p>
            {report.manifest.publicKeyMultibase && (
              <p className={opened?.keyKnown ? 'field__hint' : 'callout'} data-testid="package-key">
                Signed with key <code>{report.manifest.publicKeyMultibase}</code>
                {opened?.keyKnown
                  ? ': a key this workspace holds for one of its issuers.'
                  : ': the package supplies this key itself. Compare it with the key the issuer publishes before you trust it; its review and approval are not imported and the design arrives as a draft.'}
              </p>
            )}
            {report.manifest.problems.length > 0 && (
              <ul className="problems">
                {report.manifest.problems.map((p) => (
                  <li key={p}>{p}</li>
                ))}
              </ul>
            )}
            <table className="package-files">
              <thead>
                <tr>
                  <th scope="col">File</th>
                  <th scope="col">State</th>
                </tr>
              </thead>
              <tbody>
                {report.files.map((f) => (
                  <tr key={f.path} className={`package-file package-file--${f.status}`}>
                    <td>
                      <code>{f.path}</code>
                    </td>
                    <td title={f.message}>{statusText[f.status]}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            {report.badges.some((b) => !b.ok && !b.skipped) && <VerdictList verdicts={report.badges} />}
          </section>
        )}
        <div className="dialog__actions">
          <button type="submit" className="button" disabled={busy || !hasFile(source)}>
            Check package
          </button>
          {opened?.design && (
            <button type="button" className="button button--primary" onClick={importDesign}>
              Import the pathway into this workspace
            </button>
          )}
        </div>
      </form>
    </Dialog>
  );
}
