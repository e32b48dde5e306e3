import type { RecentFile, WorkspaceSession } from '@shared/contract/commands';
import type { AppError } from '@shared/contract/errors';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { call } from '../../app/api';
import { ErrorCallout } from '../../ui/ErrorCallout';

interface OpenWorkspaceDialogProps {
  onClose: () => void;
  onOpened: (session: WorkspaceSession) => void;
  /** Runs before opening; a message means opening now would lose unsaved edits. */
  beforeOpen?: () => Promise<string | null>;
}

/** Open a workspace by path or from the recent files, or create a new one (the browser host's File menu). */
export function OpenWorkspaceDialog({ onClose, onOpened, beforeOpen }: OpenWorkspaceDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [path, setPath] = useState('');
  const [recent, setRecent] = useState<RecentFile[]>([]);
  const [error, setError] = useState<AppError | null>(null);

  useEffect(() => {
    dialog.current?.showModal();
    void call('workspace.recent', {}).then((r) => r.ok && setRecent(r.value.files));
  }, []);

  const run = async (command: 'workspace.open' | 'workspace.create', target: string) => {
    setError(null);
    const unsaved = await beforeOpen?.();
    if (unsaved) return setError({ code: 'workspace.write-failed', message: unsaved });
    const result = await call(command, { path: target });
    if (result.ok) onOpened(result.value);
    else setError(result.error);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run('workspace.open', path);
  };

  return (
    <dialog ref={dialog} className="dialog" aria-labelledby="open-title" onClose={onClose}>
      <form onSubmit={submit}>
        <h2 id="open-title">Open a workspace</h2>
        <div className="field">
          <label htmlFor="open-path">Workspace file</label>
          <input
            id="open-path"
            value={path}
            onChange={(e) => setPath(e.target.value)}
            placeholder="/home/me/pathways/workspace.json"
          />
        </div>
        {error && <ErrorCallout error={error} />}
        <div className="dialog__actions">
          <button type="button" className="button" onClick={() => dialog.current?.close()}>
            Cancel
          </button>
          <button
            type="button"
            className="button"
            disabled={path.trim() === ''}
            onClick={() => void run('workspace.create', path)}
          >
            Create new here
          </button>
          <button type="submit" className="button button--primary" disabled={path.trim() === ''}>
            Open
          </button>
        </div>
        {recent.length > 0 && (
          <section aria-labelledby="recent-title">
            <h3 id="recent-title">Recent workspaces</h3>
            <ul className="recent">
              {recent.map((file) => (
                <li key={file.path}>
                  <button
                    type="button"
                    className="recent__item"
                    onClick={() => void run('workspace.open', file.path)}
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
