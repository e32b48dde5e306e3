import type { MessageKey } from '@locales/messages';
import { manifestProblemText, packageFileStatus, packageFileText } from '@locales/verify';
import { mergeDesign } from '@shared/commands/package-design';
import type { CommandOutput } from '@shared/contract/commands';
import type { AppError } from '@shared/contract/errors';
import { type FormEvent, useState } from 'react';
import { FormattedMessage } from 'react-intl';
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

const keyKnown: MessageKey = 'export.openPackage.keyKnown';
const keyUnknown: MessageKey = 'export.openPackage.keyUnknown';

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
    const request = await sourceRequest(source, tr);
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
    <Dialog title={tr.t('export.openPackage.title')} onClose={onClose} wide>
      <form onSubmit={(e) => void submit(e)} className="dialog__body" aria-busy={busy}>
        <FileChoice
          id="package"
          label={tr.t('export.openPackage.file')}
          accept=".zip,application/zip"
          pickers={[{ purpose: 'open-package', label: tr.t('export.openPackage.choose') }]}
          pathLabel={tr.t('export.openPackage.path')}
          pathPlaceholder={tr.t('export.openPackage.pathPlaceholder')}
          source={source}
          onChange={setSource}
        />
        {error && <ErrorCallout error={error} />}
        {busy && <Progress>{tr.t('export.openPackage.busy')}</Progress>}
        {report && (
          <section aria-label={tr.t('export.openPackage.report')} className="verdicts">
            <p
              role="status"
              className={report.ok ? 'status-line status-line--ok' : 'status-line status-line--error'}
            >
              {report.ok
                ? tr.t('export.openPackage.intact', {
                    signer:
                      report.manifest.issuerName ?? report.manifest.issuer ?? tr.t('export.verify.none'),
                  })
                : report.manifest.valid
                  ? tr.t('export.openPackage.changed')
                  : tr.t('export.openPackage.notSigned')}
            </p>
            {report.manifest.publicKeyMultibase && (
              <p className={opened?.keyKnown ? 'field__hint' : 'callout'} data-testid="package-key">
                <FormattedMessage
                  id={opened?.keyKnown ? keyKnown : keyUnknown}
                  values={{
                    key: report.manifest.publicKeyMultibase,
                    code: (chunks) => <code>{chunks}</code>,
                  }}
                />
              </p>
            )}
            {report.manifest.problems.length > 0 && (
              <ul className="problems">
                {report.manifest.problems.map((p) => {
                  const problem = manifestProblemText(p, tr);
                  return <li key={problem}>{problem}</li>;
                })}
              </ul>
            )}
            <table className="package-files">
              <thead>
                <tr>
                  <th scope="col">{tr.t('export.openPackage.fileColumn')}</th>
                  <th scope="col">{tr.t('export.openPackage.stateColumn')}</th>
                </tr>
              </thead>
              <tbody>
                {report.files.map((f) => (
                  <tr key={f.path} className={`package-file package-file--${f.status}`}>
                    <td>
                      <code>{f.path}</code>
                    </td>
                    <td title={packageFileText(f, tr) || undefined}>{packageFileStatus(f.status, tr)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            {report.badges.some((b) => !b.ok && !b.skipped) && <VerdictList verdicts={report.badges} />}
          </section>
        )}
        <div className="dialog__actions">
          <button type="submit" className="button" disabled={busy || !hasFile(source)}>
            {tr.t('export.openPackage.submit')}
          </button>
          {opened?.design && (
            <button type="button" className="button button--primary" onClick={importDesign}>
              {tr.t('export.openPackage.import')}
            </button>
          )}
        </div>
      </form>
    </Dialog>
  );
}
