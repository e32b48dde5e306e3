import type { WorkspaceSession } from '@shared/contract/commands';
import type { AppError } from '@shared/contract/errors';
import { useCallback, useEffect, useRef, useState } from 'react';
import { StartScreen } from '../features/start/StartScreen';
import { call, onAppEvent } from './api';
import { headlineFor } from './error-messages';
import { useT } from './i18n';
import { WorkspaceScreen } from './WorkspaceScreen';

type Loaded =
  | { kind: 'loading' }
  | { kind: 'open'; session: WorkspaceSession; notice?: string }
  | { kind: 'failed'; error: AppError };

/** The shell: the open workspace, or the start screen that says why none could be opened. */
export function App() {
  const tr = useT();
  const [loaded, setLoaded] = useState<Loaded>({ kind: 'loading' });

  const show = useCallback((result: Awaited<ReturnType<typeof call<'workspace.current'>>>) => {
    if (!result.ok) return setLoaded({ kind: 'failed', error: result.error });
    const { lastNotFound } = result.value;
    setLoaded({
      kind: 'open',
      session: result.value,
      ...(lastNotFound !== undefined && {
        notice: `The workspace you had open last was not found at ${lastNotFound}, so the default workspace opened.`,
      }),
    });
  }, []);

  /** Set by the open workspace: saves pending edits, or says why leaving now would lose them. */
  const leaveGuard = useRef<(() => Promise<string | null>) | null>(null);
  const registerLeaveGuard = useCallback((guard: (() => Promise<string | null>) | null) => {
    leaveGuard.current = guard;
  }, []);

  // The native File menu picked a workspace in main; save what is pending here before opening it.
  const openFromMenu = useCallback(
    async (open: () => ReturnType<typeof call<'workspace.open'>>) => {
      const refusal = await leaveGuard.current?.();
      if (refusal) {
        setLoaded((current) => (current.kind === 'open' ? { ...current, notice: refusal } : current));
        return;
      }
      const result = await open();
      if (result.ok) setLoaded({ kind: 'open', session: result.value });
      else {
        const notice = `${headlineFor(result.error, tr)} ${result.error.message}`;
        setLoaded((current) =>
          current.kind === 'open' ? { ...current, notice } : { kind: 'failed', error: result.error },
        );
      }
    },
    [tr],
  );

  useEffect(() => {
    void call('workspace.current', {}).then(show);
    return onAppEvent((event, path) => {
      if (path === undefined) return;
      if (event === 'menu.openWorkspace') void openFromMenu(() => call('workspace.open', { path }));
      if (event === 'menu.newWorkspace') void openFromMenu(() => call('workspace.create', { path }));
    });
  }, [show, openFromMenu]);

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
      onSwitch={(session, notice) =>
        setLoaded({ kind: 'open', session, ...(notice !== undefined && { notice }) })
      }
      registerLeaveGuard={registerLeaveGuard}
    />
  );
}
