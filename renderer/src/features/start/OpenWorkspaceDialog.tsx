import type { RecentFile, WorkspaceSession } from '@shared/contract/commands';
import type { AppError, Result } from '@shared/contract/errors';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { call } from '../../app/api';
import { useT } from '../../app/i18n';
import { ErrorCallout } from '../../ui/ErrorCallout';
import { readUploads, useNativePicker } from '../../ui/FileChoice';

interface OpenWorkspaceDialogProps {
  onClose: () => void;
  /** `notice` says where a workspace that arrived without a path of its own was kept. */
  onOpened: (session: WorkspaceSession, notice?: string) => void;
  /** Runs before opening; a message means opening now would lose unsaved edits. */
  beforeOpen?: () => Promise<string | null>;
}

/**
 * Open a workspace: a native dialog in the desktop app, an uploaded file in the browser host (kept as a
 * new file in the data folder), the recent files, a new workspace, or a typed path for power users.
 */
export function OpenWorkspaceDialog({ onClose, onOpened, beforeOpen }: OpenWorkspaceDialogProps) {
  const tr = useT();
  const dialog = useRef<HTMLDialogElement>(null);
  const native = useNativePicker();
  const [path, setPath] = useState('');
  const [recent, setRecent] = useState<RecentFile[]>([]);
  const [error, setError] = useState<AppError | null>(null);

  useEffect(() => {
    dialog.current?.showModal();
    void call('workspace.recent', {}).then((r) => r.ok && setRecent(r.value.files));
  }, []);

  /** `keptInDataFolder`: the workspace has no path of its own (uploaded, or new without one). */
  const run = async (open: () => Promise<Result<WorkspaceSession>>, keptInDataFolder = false) => {
    setError(null);
    const unsaved = await beforeOpen?.();
    if (unsaved) return setError({ code: 'workspace.write-failed', message: unsaved });
    const result = await open();
    if (!result.ok) return setError(result.error);
    onOpened(
      result.value,
      keptInDataFolder ? tr.t('start.open.keptInDataFolder', { path: result.value.path }) : undefined,
    );
  };
  const choose = async () => {
    const picked = await call('dialog.pick', { purpose: 'open-workspace' });
    if (!picked.ok) return setError(picked.error);
    if (picked.value.path !== null)
      await run(() => call('workspace.open', { path: picked.value.path as string }));
  };
  const upload = async (files: FileList | null) => {
    const file = files?.[0];
    if (!file) return;
    try {
      const [uploaded] = await readUploads([file], tr);
      if (uploaded) await run(() => call('workspace.import', { file: uploaded }), true);
    } catch (e) {
      setError({ code: 'request.invalid', message: e instanceof Error ? e.message : String(e) });
    }
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(() => call('workspace.open', { path }));
  };

  return (
    <dialog ref={dialog} className="dialog" aria-labelledby="open-title" onClose={onClose}>
      <form onSubmit={submit}>
        <h2 id="open-title">{tr.t('start.open.title')}</h2>
        {native === true && (
          <div className="file-choice__buttons">
            <button type="button" className="button button--primary" onClick={() => void choose()}>
              {tr.t('start.open.choose')}
            </button>
          </div>
        )}
        {native === false && (
          <div className="field">
            <label htmlFor="open-file">{tr.t('start.open.upload')}</label>
            <input
              id="open-file"
              type="file"
              accept=".json,application/json"
              onChange={(e) => void upload(e.target.files)}
            />
            <p className="field__hint">{tr.t('start.open.uploadHint')}</p>
          </div>
        )}
        <div className="file-choice__buttons">
          <button
            type="button"
            className="button"
            onClick={() => void run(() => call('workspace.create', {}), true)}
          >
            {tr.t('start.open.createInDataFolder')}
          </button>
        </div>
        <details className="file-choice__path">
          <summary className="file-choice__toggle">{tr.t('common.file.enterPath')}</summary>
          <div className="field">
            <label htmlFor="open-path">{tr.t('start.open.pathLabel')}</label>
            <input
              id="open-path"
              value={path}
              onChange={(e) => setPath(e.target.value)}
              placeholder={tr.t('start.open.pathPlaceholder')}
            />
          </div>
          <div className="dialog__actions">
            <button
              type="button"
              className="button"
              disabled={path.trim() === ''}
              onClick={() => void run(() => call('workspace.create', { path }))}
            >
              {tr.t('start.open.createHere')}
            </button>
            <button type="submit" className="button button--primary" disabled={path.trim() === ''}>
              {tr.t('start.open.submit')}
            </button>
          </div>
        </details>
        {error && <ErrorCallout error={error} />}
        <div className="dialog__actions">
          <button type="button" className="button" onClick={() => dialog.current?.close()}>
            {tr.t('common.cancel')}
          </button>
        </div>
        {recent.length > 0 && (
          <section aria-labelledby="recent-title">
            <h3 id="recent-title">{tr.t('start.open.recent')}</h3>
            <ul className="recent">
              {recent.map((file) => (
                <li key={file.path}>
                  <button
                    type="button"
                    className="recent__item"
                    onClick={() => void run(() => call('workspace.open', { path: file.path }))}
                  >
                    <span>{file.title}</span>
                    <span className="recent__path">{file.path}</span>
                  </button>
                </li>
              ))}
            </ul>
          </section>
        )}
      </form>
    </dialog>
  );
}
