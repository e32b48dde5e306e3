import type { WorkspaceSession } from '@shared/contract/commands';
import type { AppError } from '@shared/contract/errors';
import type { SampleId } from '@shared/contract/samples';
import { useState } from 'react';
import { call } from '../../app/api';
import { headlineFor } from '../../app/error-messages';
import { useT } from '../../app/i18n';
import { OpenWorkspaceDialog } from './OpenWorkspaceDialog';
import { SampleButtons } from './SampleButtons';

interface StartScreenProps {
  error: AppError;
  onOpened: (session: WorkspaceSession, notice?: string) => void;
}

const damaged = new Set(['workspace.corrupt', 'workspace.foreign', 'workspace.invalid']);

/** Shown when no workspace could be opened: exactly what is wrong, and the ways forward. Nothing is lost. */
export function StartScreen({ error, onOpened }: StartScreenProps) {
  const tr = useT();
  const [opening, setOpening] = useState(false);
  const [setAsideError, setSetAsideError] = useState<AppError | null>(null);
  const [sampleError, setSampleError] = useState<AppError | null>(null);

  const startAfresh = async () => {
    if (!error.file) return;
    const result = await call('workspace.setAside', { path: error.file });
    if (!result.ok) return setSetAsideError(result.error);
    onOpened(
      result.value.session,
      `The damaged file was kept as ${result.value.keptAs}. This is a new, empty workspace.`,
    );
  };

  // Nothing is open here, so there is nothing to save before a sample replaces this screen.
  const openSample = async (sample: SampleId) => {
    const result = await call('workspace.openSample', { sample });
    if (result.ok) onOpened(result.value);
    else setSampleError(result.error);
  };

  return (
    <main className="start">
      <div className="start__card">
        <div className="topbar__brand">
          <span className="logo" aria-hidden="true" />
          Stackwise
        </div>
        <h1>{headlineFor(error, tr)}</h1>
        <div className="callout callout--error" role="alert">
          <p>{error.message}</p>
          {error.problems && error.problems.length > 0 && (
            <ul className="problems">
              {error.problems.slice(0, 20).map((p) => (
                <li key={`${p.field}:${p.message}`}>
                  <code>{p.field}</code> {p.message}
                </li>
              ))}
            </ul>
          )}
        </div>
        {sampleError && (
          <p className="field__error" role="alert">
            {sampleError.message}
          </p>
        )}
        {setAsideError && (
          <p className="field__error" role="alert">
            {setAsideError.message}
          </p>
        )}
        <div className="start__actions">
          <button type="button" className="button button--primary" onClick={() => setOpening(true)}>
            Open another workspace…
          </button>
          <SampleButtons onOpen={(sample) => void openSample(sample)} />
          {error.file && damaged.has(error.code) && (
            <button type="button" className="button" onClick={() => void startAfresh()}>
              Keep this file aside and start a new workspace
            </button>
          )}
        </div>
      </div>
      {opening && (
        <OpenWorkspaceDialog
          onClose={() => setOpening(false)}
          onOpened={(session, notice) => onOpened(session, notice)}
        />
      )}
    </main>
  );
}
