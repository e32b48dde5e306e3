import type { Translator } from '@locales/translate';
import type { EntityDraft, HistoryEntry } from '../editor/store';
import { useEditor } from '../editor/use-editor';
import { ActionButton } from './ActionButton';
import { useT } from './i18n';
import { LanguageChooser } from './LanguageChooser';
import { SaveIndicator } from './SaveIndicator';
import { WorkspaceTitle } from './WorkspaceTitle';

/** "Undo Rename stage to Electives": what undo or redo would do now, in the language shown. */
function stepDescription(
  tr: Translator,
  which: 'history.undo' | 'history.redo',
  entry: HistoryEntry | undefined,
): string | undefined {
  return entry && tr.t(which, { step: tr.t(entry.label.key, entry.label.values) });
}

/**
 * The brand, the workspace (name and file), undo/redo, the app-wide actions, the language and the save
 * state. Its buttons are the action registry's.
 */
export function TopBar({ onGoToDraft }: { onGoToDraft: (draft: EntityDraft) => void }) {
  const tr = useT();
  const path = useEditor((s) => s.path);
  const undoStep = useEditor((s) => s.past.at(-1));
  const redoStep = useEditor((s) => s.future[0]);
  return (
    <header className="topbar">
      <div className="topbar__brand">
        <span className="logo" aria-hidden="true" />
        {tr.t('app.title')}
      </div>
      <div className="topbar__workspace">
        <WorkspaceTitle />
        <span className="topbar__path" title={path}>
          {path}
        </span>
      </div>
      <div className="topbar__actions">
        <ActionButton
          id="undo"
          className="button button--quiet"
          description={stepDescription(tr, 'history.undo', undoStep)}
        />
        <ActionButton
          id="redo"
          className="button button--quiet"
          description={stepDescription(tr, 'history.redo', redoStep)}
        />
        <ActionButton id="issuers" className="button button--quiet" />
        <ActionButton id="verify" className="button button--quiet" />
        <ActionButton id="openPackage" className="button button--quiet" />
        <ActionButton id="openWorkspace" />
        <LanguageChooser className="language-chooser--compact" />
        <SaveIndicator onGoToDraft={onGoToDraft} />
      </div>
    </header>
  );
}
