import type { WorkspaceSession } from '@shared/contract/commands';
import type { AppError } from '@shared/contract/errors';
import { useState } from 'react';
import { call } from '../../app/api';
import { headlineFor } from '../../app/error-messages';
import { useT } from '../../app/i18n';
import { OpenWorkspaceDialog } from './OpenWorkspaceDialog';

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

  const startAfresh = async () => {
    if (!error.file) return;
    const result = await call('workspace.setAside', { path: error.file });
    if (!result.ok) return setSetAsideError(result.error);
    onOpened(
      result.value.session,
      `The damaged file was kept as ${result.value.keptAs}. This is a new, empty workspace.`,
    );
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
        {setAsideError && (
          <p className="field__error" role="alert">
            {setAsideError.message}
          </p>
        )}
        <div className="start__actions">
          <button type="button" className="button button--primary" onClick={() => setOpening(true)}>
            Open another workspace…
          </button>
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
