import type { WorkspaceSession } from '@shared/contract/commands';
import { reviseApprovedDesigns } from '@shared/domain/review';
import { useEffect, useMemo } from 'react';
import { createEditorStore } from '../editor/store';
import { EditorContext } from '../editor/use-editor';
import { call } from './api';
import { ErrorBoundary } from './ErrorBoundary';
import { useT } from './i18n';
import { saveBeforeLeaving, unsavedWorkItems } from './unsaved-work';
import { Workbench } from './Workbench';

interface WorkspaceScreenProps {
  session: WorkspaceSession;
  /** Something the user should know about how this workspace was opened. */
  notice?: string | undefined;
  onSwitch: (session: WorkspaceSession, notice?: string) => void;
  /** Hands the shell the check to run before another workspace replaces this one. */
  registerLeaveGuard?: (guard: (() => Promise<string | null>) | null) => void;
}

/**
 * One open workspace: its editing session (the store, made once per session and kept through a change of
 * language or a crashed view), what closing or leaving would lose, and the workbench that edits it.
 */
export function WorkspaceScreen({ session, notice, onSwitch, registerLeaveGuard }: WorkspaceScreenProps) {
  const tr = useT();
  const store = useMemo(
    () =>
      createEditorStore(
        session,
        (workspace, baseRevision) => call('workspace.save', { workspace, baseRevision }),
        undefined,
        { afterCommand: reviseApprovedDesigns },
      ),
    [session],
  );
  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (store.hasUnsavedChanges()) {
        void store.flush();
        event.preventDefault();
      }
    };
    window.addEventListener('beforeunload', warn);
    return () => {
      window.removeEventListener('beforeunload', warn);
      // This workspace's screen is gone: no save timer of its store may fire into another workspace.
      store.dispose();
    };
  }, [store]);
  useEffect(() => {
    // Main's close dialog names what would be lost: keep it told (in the language shown), only on a change.
    let reported = '';
    const report = () => {
      const items = unsavedWorkItems(store.getState(), tr);
      const key = items.join('\n');
      if (key === reported) return;
      reported = key;
      void call('app.unsavedWork', { items });
    };
    report();
    return store.subscribe(report);
  }, [store, tr]);
  useEffect(() => {
    registerLeaveGuard?.(() => saveBeforeLeaving(store, tr));
    return () => registerLeaveGuard?.(null);
  }, [store, registerLeaveGuard, tr]);
  const migrated =
    session.migratedFrom === undefined
      ? null
      : tr.t('app.notice.migrated', { version: session.migratedFrom, path: session.backupPath ?? '' });
  return (
    <EditorContext.Provider value={store}>
      {/* The store lives above the boundary: a crashed view reloads without losing work or its save. */}
      <ErrorBoundary>
        <Workbench onSwitch={onSwitch} notice={migrated ?? notice ?? null} />
      </ErrorBoundary>
    </EditorContext.Provider>
  );
}
