import type { EntityDraft } from '../editor/store';
import { useEditor, useEditorStore } from '../editor/use-editor';
import { SaveIndicator } from './SaveIndicator';
import { WorkspaceTitle } from './WorkspaceTitle';

export type TopBarDialog = 'issuers' | 'verify' | 'open-package' | 'open-workspace';

/** The brand, the workspace (name and file), undo/redo, the app-wide dialogs and the save state. */
export function TopBar({
  onOpen,
  onGoToDraft,
}: {
  onOpen: (dialog: TopBarDialog) => void;
  onGoToDraft: (draft: EntityDraft) => void;
}) {
  const store = useEditorStore();
  const path = useEditor((s) => s.path);
  const canUndo = useEditor((s) => s.past.length > 0);
  const canRedo = useEditor((s) => s.future.length > 0);
  return (
    <header className="topbar">
      <div className="topbar__brand">
        <span className="logo" aria-hidden="true" />
        Stackwise
      </div>
      <div className="topbar__workspace">
        <WorkspaceTitle />
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
        <button type="button" className="button button--quiet" onClick={() => onOpen('issuers')}>
          Issuers…
        </button>
        <button type="button" className="button button--quiet" onClick={() => onOpen('verify')}>
          Verify…
        </button>
        <button type="button" className="button button--quiet" onClick={() => onOpen('open-package')}>
          Open package…
        </button>
        <button type="button" className="button" onClick={() => onOpen('open-workspace')}>
          Open…
        </button>
        <SaveIndicator onGoToDraft={onGoToDraft} />
      </div>
    </header>
  );
}
