import { renameWorkspace } from '@shared/commands/workspace';
import { type FormEvent, useState } from 'react';
import { step } from '../editor/store';
import { useEditor, useEditorStore } from '../editor/use-editor';
import { refusalMessage } from './error-messages';
import { useT } from './i18n';

/** The workspace's name in the top bar; a click renames it (Enter keeps, Escape cancels). */
export function WorkspaceTitle() {
  const tr = useT();
  const store = useEditorStore();
  const title = useEditor((s) => s.workspace.title);
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (draft === null) return;
    const refusal = refusalMessage(
      store.dispatch(step('history.workspace.rename'), (ws) => renameWorkspace(ws, draft)),
      tr,
    );
    setError(refusal);
    if (!refusal) setDraft(null);
  };

  if (draft === null) {
    return (
      <h1>
        <button
          type="button"
          className="title-button"
          title={tr.t('app.workspace.rename')}
          onClick={() => setDraft(title)}
        >
          {title}
        </button>
      </h1>
    );
  }
  return (
    <form className="title-form" onSubmit={submit}>
      <label htmlFor="workspace-title" className="visually-hidden">
        {tr.t('app.workspace.titleLabel')}
      </label>
      <input
        id="workspace-title"
        value={draft}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? 'workspace-title-error' : undefined}
        onChange={(e) => setDraft(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            setDraft(null);
            setError(null);
          }
        }}
        // biome-ignore lint/a11y/noAutofocus: the user just asked to rename the workspace
        autoFocus
      />
      <button type="submit" className="button button--small">
        {tr.t('app.workspace.renameSubmit')}
      </button>
      {error && (
        <span id="workspace-title-error" className="field__error" role="alert">
          {error}
        </span>
      )}
    </form>
  );
}
