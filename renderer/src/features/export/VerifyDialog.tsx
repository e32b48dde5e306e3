import type { FileVerdict } from '@shared/contract/commands';
import type { AppError } from '@shared/contract/errors';
import { type FormEvent, useState } from 'react';
import { call } from '../../app/api';
import { Dialog } from '../../ui/Dialog';
import { ErrorCallout } from '../../ui/ErrorCallout';
import { VerdictList } from './VerdictList';

/** Verifies signed badge files anyone sent: schema, proof, key, dates and the digest of each definition. */
export function VerifyDialog({ onClose }: { onClose: () => void }) {
  const [path, setPath] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const [verdicts, setVerdicts] = useState<FileVerdict[] | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    const result = await call('badges.verify', { path });
    setBusy(false);
    if (result.ok) setVerdicts(result.value.verdicts);
    else setError(result.error);
  };
  return (
    <Dialog title="Verify badge files" onClose={onClose} wide>
      <form onSubmit={(e) => void submit(e)} className="dialog__body" aria-busy={busy}>
        <div className="field">
          <label htmlFor="verify-path">File or folder</label>
          <input
            id="verify-path"
            value={path}
            onChange={(e) => setPath(e.target.value)}
            placeholder="/home/me/exports/stem-badges"
          />
        </div>
        {error && <ErrorCallout error={error} />}
        {verdicts && <VerdictList verdicts={verdicts} />}
        <div className="dialog__actions">
          <button type="submit" className="button button--primary" disabled={busy || path.trim() === ''}>
            Verify
          </button>
        </div>
      </form>
    </Dialog>
  );
}
