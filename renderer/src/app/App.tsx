import type { WorkspaceSession } from '@shared/contract/commands';
import type { AppError } from '@shared/contract/errors';
import { useCallback, useEffect, useState } from 'react';
import { StartScreen } from '../features/start/StartScreen';
import { call, onAppEvent } from './api';
import { WorkspaceScreen } from './WorkspaceScreen';

type Loaded =
  | { kind: 'loading' }
  | { kind: 'open'; session: WorkspaceSession; notice?: string }
  | { kind: 'failed'; error: AppError };

/** The shell: the open workspace, or the start screen that says why none could be opened. */
export function App() {
  const [loaded, setLoaded] = useState<Loaded>({ kind: 'loading' });

  const show = useCallback((result: Awaited<ReturnType<typeof call<'workspace.current'>>>) => {
    setLoaded(result.ok ? { kind: 'open', session: result.value } : { kind: 'failed', error: result.error });
  }, []);

  const reload = useCallback(() => call('workspace.current', {}).then(show), [show]);

  useEffect(() => {
    void reload();
    return onAppEvent((event) => {
      if (event === 'workspace.changed') void reload();
    });
  }, [reload]);

  if (loaded.kind === 'loading') {
    return (
      <main className="splash" aria-busy="true">
        <p>Opening workspace…</p>
      </main>
    );
  }
  if (loaded.kind === 'failed') {
    return (
      <StartScreen
        error={loaded.error}
        onOpened={(session, notice) =>
          setLoaded({ kind: 'open', session, ...(notice !== undefined && { notice }) })
        }
      />
    );
  }
  return (
    <WorkspaceScreen
      key={`${loaded.session.path}#${loaded.session.workspace.id}`}
      session={loaded.session}
      notice={loaded.notice}
      onSwitch={(session) => setLoaded({ kind: 'open', session })}
    />
  );
}
