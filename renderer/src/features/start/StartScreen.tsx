import type { WorkspaceSession } from '@shared/contract/commands';
import type { AppError } from '@shared/contract/errors';
import type { SampleId } from '@shared/contract/samples';
import { useEffect, useState } from 'react';
import { call, onAppEvent } from '../../app/api';
import { errorDetail, headlineFor, problemText } from '../../app/error-messages';
import { useT } from '../../app/i18n';
import { LanguageChooser } from '../../app/LanguageChooser';
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

  // No workspace is open, so of the native menu's actions only "Open workspace…" has something to act on.
  useEffect(
    () =>
      onAppEvent((event, action) => {
        if (event === 'menu.action' && action === 'openWorkspace') setOpening(true);
      }),
    [],
  );

  const startAfresh = async () => {
    if (!error.file) return;
    const result = await call('workspace.setAside', { path: error.file });
    if (!result.ok) return setSetAsideError(result.error);
    onOpened(result.value.session, tr.t('start.setAside.done', { path: result.value.keptAs }));
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
        <div className="start__header">
          <div className="topbar__brand">
            <span className="logo" aria-hidden="true" />
            {tr.t('app.title')}
          </div>
          <LanguageChooser />
        </div>
        <h1>{headlineFor(error, tr)}</h1>
        <div className="callout callout--error" role="alert">
          <p>{errorDetail(error, tr)}</p>
          {error.problems && error.problems.length > 0 && (
            <ul className="problems">
              {error.problems.slice(0, 20).map((p) => (
                <li key={`${p.field}:${p.message}`}>
                  <code>{p.field}</code> {problemText(p, tr)}
                </li>
              ))}
            </ul>
          )}
        </div>
        {sampleError && (
          <p className="field__error" role="alert">
            {errorDetail(sampleError, tr)}
          </p>
        )}
        {setAsideError && (
          <p className="field__error" role="alert">
            {errorDetail(setAsideError, tr)}
          </p>
        )}
        <div className="start__actions">
          <button type="button" className="button button--primary" onClick={() => setOpening(true)}>
            {tr.t('start.openAnother')}
          </button>
          <SampleButtons onOpen={(sample) => void openSample(sample)} />
          {error.file && damaged.has(error.code) && (
            <button type="button" className="button" onClick={() => void startAfresh()}>
              {tr.t('start.setAside')}
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
