import type { FileVerdict } from '@shared/contract/commands';
import type { AppError } from '@shared/contract/errors';
import { type FormEvent, useState } from 'react';
import { call } from '../../app/api';
import { useT } from '../../app/i18n';
import { Dialog } from '../../ui/Dialog';
import { ErrorCallout } from '../../ui/ErrorCallout';
import { FileChoice, type FileSource, hasFile, sourceRequest } from '../../ui/FileChoice';
import { VerdictList } from './VerdictList';

/** Verifies signed badge files anyone sent: schema, proof, key, dates and the digest of each definition. */
export function VerifyDialog({ onClose }: { onClose: () => void }) {
  const tr = useT();
  const [source, setSource] = useState<FileSource | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const [verdicts, setVerdicts] = useState<FileVerdict[] | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    if (!source) return;
    const request = await sourceRequest(source, tr);
    if (request instanceof Error) {
      setBusy(false);
      return setError({ code: 'request.invalid', message: request.message });
    }
    const result = await call('badges.verify', request);
    setBusy(false);
    if (result.ok) setVerdicts(result.value.verdicts);
    else setError(result.error);
  };
  return (
    <Dialog title={tr.t('export.verifyDialog.title')} onClose={onClose} wide>
      <form onSubmit={(e) => void submit(e)} className="dialog__body" aria-busy={busy}>
        <FileChoice
          id="verify"
          label={tr.t('export.verifyDialog.files')}
          accept=".json,.jsonld,.jwt"
          multiple
          pickers={[
            { purpose: 'verify-file', label: tr.t('export.verifyDialog.chooseFile') },
            { purpose: 'verify-folder', label: tr.t('export.verifyDialog.chooseFolder') },
          ]}
          uploadHint={tr.t('export.verifyDialog.uploadHint')}
          pathLabel={tr.t('export.verifyDialog.path')}
          pathPlaceholder={tr.t('export.verifyDialog.pathPlaceholder')}
          source={source}
          onChange={setSource}
        />
        {error && <ErrorCallout error={error} />}
        {verdicts && <VerdictList verdicts={verdicts} />}
        <div className="dialog__actions">
          <button type="submit" className="button button--primary" disabled={busy || !hasFile(source)}>
            {tr.t('export.verifyDialog.submit')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
