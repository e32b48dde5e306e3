import type { Translator } from '@locales/translate';
import type { WorkspaceSession } from '@shared/contract/commands';
import type { AppError } from '@shared/contract/errors';
import { useCallback, useEffect, useRef, useState } from 'react';
import { StartScreen } from '../features/start/StartScreen';
import { call, onAppEvent } from './api';
import { errorDetail, headlineFor } from './error-messages';
import { useT } from './i18n';
import { WorkspaceScreen } from './WorkspaceScreen';

/** A notice worded when shown, so it follows a change of language like every other word. */
type Notice = (tr: Translator) => string;

type Loaded =
  | { kind: 'loading' }
  | { kind: 'open'; session: WorkspaceSession; notice?: Notice }
  | { kind: 'failed'; error: AppError };

const openFailed =
  (error: AppError): Notice =>
  (tr) =>
    tr.t('app.notice.error', { headline: headlineFor(error, tr), detail: errorDetail(error, tr) });

/** The shell: the open workspace, or the start screen that says why none could be opened. */
export function App() {
  const tr = useT();
  const [loaded, setLoaded] = useState<Loaded>({ kind: 'loading' });

  const open = useCallback((session: WorkspaceSession, notice?: string) => {
    setLoaded({ kind: 'open', session, ...(notice !== undefined && { notice: () => notice }) });
  }, []);

  /** Set by the open workspace: saves pending edits, or says why leaving now would lose them. */
  const leaveGuard = useRef<(() => Promise<string | null>) | null>(null);
  const registerLeaveGuard = useCallback((guard: (() => Promise<string | null>) | null) => {
    leaveGuard.current = guard;
  }, []);

  // Once: the workspace open last (or the default). A change of language must not open it again.
  useEffect(() => {
    void call('workspace.current', {}).then((result) => {
      if (!result.ok) return setLoaded({ kind: 'failed', error: result.error });
      const { lastNotFound } = result.value;
      setLoaded({
        kind: 'open',
        session: result.value,
        ...(lastNotFound !== undefined && {
          notice: (t: Translator) => t.t('app.notice.lastNotFound', { path: lastNotFound }),
        }),
      });
    });
  }, []);

  // The native File menu picked a workspace in main; save what is pending here before opening it.
  useEffect(() => {
    const openFromMenu = async (opening: () => ReturnType<typeof call<'workspace.open'>>) => {
      const refusal = await leaveGuard.current?.();
      if (refusal) {
        setLoaded((current) => (current.kind === 'open' ? { ...current, notice: () => refusal } : current));
        return;
      }
      const result = await opening();
      if (result.ok) setLoaded({ kind: 'open', session: result.value });
      else {
        const notice = openFailed(result.error);
        setLoaded((current) =>
          current.kind === 'open' ? { ...current, notice } : { kind: 'failed', error: result.error },
        );
      }
    };
    return onAppEvent((event, path) => {
      if (path === undefined) return;
      if (event === 'menu.openWorkspace') void openFromMenu(() => call('workspace.open', { path }));
      if (event === 'menu.newWorkspace') void openFromMenu(() => call('workspace.create', { path }));
    });
  }, []);

  if (loaded.kind === 'loading') {
    return (
      <main className="splash" aria-busy="true">
        <p>{tr.t('app.opening')}</p>
      </main>
    );
  }
  if (loaded.kind === 'failed') return <StartScreen error={loaded.error} onOpened={open} />;
  return (
    <WorkspaceScreen
      key={`${loaded.session.path}#${loaded.session.workspace.id}`}
      session={loaded.session}
      notice={loaded.notice?.(tr)}
      onSwitch={open}
      registerLeaveGuard={registerLeaveGuard}
    />
  );
}
