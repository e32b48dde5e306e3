import { CommandError, createModule, deleteModule, updateModule } from '@shared/commands/modules';
import type { WorkspaceSession } from '@shared/contract/commands';
import { newModule, nextModuleCode } from '@shared/domain/module';
import type { Module } from '@shared/schemas/module';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { shortcutFor } from '../editor/shortcuts';
import { createEditorStore } from '../editor/store';
import { EditorContext, useEditor, useEditorStore } from '../editor/use-editor';
import { ModuleEditor } from '../features/module-editor/ModuleEditor';
import { ModuleLibrary } from '../features/module-library/ModuleLibrary';
import { OpenWorkspaceDialog } from '../features/start/OpenWorkspaceDialog';
import { call, onAppEvent } from './api';
import { SaveIndicator } from './SaveIndicator';

interface WorkspaceScreenProps {
  session: WorkspaceSession;
  /** Something the user should know about how this workspace was opened. */
  notice?: string | undefined;
  onSwitch: (session: WorkspaceSession) => void;
}

export function WorkspaceScreen({ session, notice, onSwitch }: WorkspaceScreenProps) {
  const store = useMemo(
    () =>
      createEditorStore(session, (workspace, baseRevision) =>
        call('workspace.save', { workspace, baseRevision }),
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
    return () => window.removeEventListener('beforeunload', warn);
  }, [store]);
  return (
    <EditorContext.Provider value={store}>
      <Workbench
        onSwitch={onSwitch}
        notice={session.migratedFrom === undefined ? (notice ?? null) : migrationNotice(session)}
      />
    </EditorContext.Provider>
  );
}

function migrationNotice(session: WorkspaceSession): string {
  return `This workspace was saved by an older Stackwise (schema version ${session.migratedFrom}) and has been updated. The original is kept at ${session.backupPath}.`;
}

type Selection = { kind: 'none' } | { kind: 'module'; id: string } | { kind: 'new'; module: Module };

function Workbench({ onSwitch, notice }: { onSwitch: (s: WorkspaceSession) => void; notice: string | null }) {
  const store = useEditorStore();
  const workspace = useEditor((s) => s.workspace);
  const path = useEditor((s) => s.path);
  const canUndo = useEditor((s) => s.past.length > 0);
  const canRedo = useEditor((s) => s.future.length > 0);
  const [selection, setSelection] = useState<Selection>({ kind: 'none' });
  const [opening, setOpening] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const [reverts, setReverts] = useState(0);

  const startNewModule = useCallback(() => {
    const now = new Date().toISOString();
    const modules = store.getState().workspace.modules;
    setSelection({
      kind: 'new',
      module: newModule({ id: crypto.randomUUID(), code: nextModuleCode(modules), title: '', now }),
    });
  }, [store]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const action = shortcutFor(event);
      if (!action) return;
      const editingText =
        event.target instanceof HTMLElement && event.target.closest('input, textarea, select');
      if ((action === 'undo' || action === 'redo') && editingText) return;
      event.preventDefault();
      if (action === 'undo') store.undo();
      else if (action === 'redo') store.redo();
      else if (action === 'save') void store.flush();
      else startNewModule();
    };
    window.addEventListener('keydown', onKey);
    const stopEvents = onAppEvent((event) => {
      if (event === 'menu.newModule') startNewModule();
    });
    return () => {
      window.removeEventListener('keydown', onKey);
      stopEvents();
    };
  }, [store, startNewModule]);

  const selected =
    selection.kind === 'module'
      ? workspace.modules.find((m) => m.id === selection.id)
      : selection.kind === 'new'
        ? selection.module
        : undefined;

  const submit = (module: Module) => {
    try {
      if (selection.kind === 'new') {
        store.dispatch(`Create ${module.code}`, (ws) => createModule(ws, module));
        setSelection({ kind: 'module', id: module.id });
        setAnnouncement(`Module ${module.code} created`);
      } else {
        store.dispatch(`Edit ${module.code}`, (ws) => updateModule(ws, module, new Date().toISOString()));
        setAnnouncement(`Module ${module.code} saved`);
      }
      return null;
    } catch (e) {
      if (e instanceof CommandError)
        return { ...(e.field !== undefined && { field: e.field }), message: e.message };
      throw e;
    }
  };

  const remove = (module: Module) => {
    store.dispatch(`Delete ${module.code}`, (ws) => deleteModule(ws, module.id));
    setSelection({ kind: 'none' });
    setAnnouncement(`Module ${module.code} deleted`);
  };

  return (
    <div className="app">
      <header className="topbar">
        <div className="topbar__brand">
          <span className="logo" aria-hidden="true" />
          Stackwise
        </div>
        <div className="topbar__workspace">
          <h1>{workspace.title}</h1>
          <span className="topbar__path" title={path}>
            {path}
          </span>
        </div>
        <div className="topbar__actions">
          <button
            type="button"
            className="button button--quiet"
            onClick={() => store.undo()}
            disabled={!canUndo}
            aria-keyshortcuts="Control+Z"
          >
            Undo
          </button>
          <button
            type="button"
            className="button button--quiet"
            onClick={() => store.redo()}
            disabled={!canRedo}
            aria-keyshortcuts="Control+Shift+Z"
          >
            Redo
          </button>
          <button type="button" className="button" onClick={() => setOpening(true)}>
            Open…
          </button>
          <SaveIndicator />
        </div>
      </header>
      {notice && (
        <p className="notice" role="status">
          {notice}
        </p>
      )}
      <div className="workbench">
        <ModuleLibrary
          selectedId={selection.kind === 'module' ? selection.id : null}
          onSelect={(id) => setSelection({ kind: 'module', id })}
          onNew={startNewModule}
        />
        <main className="panel inspector" aria-label="Module editor">
          {selected ? (
            <ModuleEditor
              key={`${selected.id}:${selected.updatedAt}:${reverts}`}
              module={selected}
              isNew={selection.kind === 'new'}
              onSubmit={submit}
              onDelete={() => remove(selected)}
              onCancel={() => {
                if (selection.kind === 'new') setSelection({ kind: 'none' });
                else setReverts((n) => n + 1);
              }}
            />
          ) : (
            <div className="placeholder">
              <h2>{workspace.modules.length === 0 ? 'Start with a module' : 'Choose a module'}</h2>
              <p>
                A module is one micro-credential: its outcomes, credit, level and assessment. Select one from
                the library to edit it, or create a new one.
              </p>
              <button type="button" className="button button--primary" onClick={startNewModule}>
                New module
              </button>
            </div>
          )}
        </main>
      </div>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
      {opening && (
        <OpenWorkspaceDialog
          onClose={() => setOpening(false)}
          onOpened={async (session) => {
            await store.flush();
            setOpening(false);
            onSwitch(session);
          }}
        />
      )}
    </div>
  );
}
