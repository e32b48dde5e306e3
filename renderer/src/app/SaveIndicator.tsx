import { useEditor, useEditorStore } from '../editor/use-editor';
import { headlineFor } from './error-messages';

/** Saved, saving or not saved (and why), always visible in the top bar. */
export function SaveIndicator() {
  const store = useEditorStore();
  const save = useEditor((s) => s.save);
  if (save.status === 'error') {
    return (
      <div className="save save--error" role="alert">
        <span title={save.error.message}>Not saved: {headlineFor(save.error)}</span>
        <button type="button" className="button button--quiet" onClick={() => void store.flush()}>
          Retry
        </button>
      </div>
    );
  }
  const text =
    save.status === 'saved'
      ? `Saved ${new Date(save.savedAt).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })}`
      : save.status === 'saving'
        ? 'Saving…'
        : 'Unsaved changes';
  return (
    <output className={`save save--${save.status}`} aria-live="polite" data-testid="save-status">
      {text}
    </output>
  );
}
