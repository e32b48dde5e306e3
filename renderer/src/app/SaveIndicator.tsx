import { useMemo } from 'react';
import { type EntityDraft, unsettledDrafts } from '../editor/store';
import { useEditor, useEditorStore } from '../editor/use-editor';
import { draftLine, headlineFor } from './error-messages';
import { useT } from './i18n';

/**
 * Saved, saving or not saved (and why), always visible in the top bar. Values typed that do not validate
 * yet are unsaved work too: they are named, each with a way back to its field.
 */
export function SaveIndicator({ onGoToDraft }: { onGoToDraft: (draft: EntityDraft) => void }) {
  const tr = useT();
  const store = useEditorStore();
  const save = useEditor((s) => s.save);
  const draftMap = useEditor((s) => s.drafts);
  const drafts = useMemo(() => unsettledDrafts(draftMap), [draftMap]);
  const invalid = drafts.filter((d) => d.problems.length > 0 || d.refusal);
  if (save.status === 'error') {
    return (
      <div className="save save--error" role="alert">
        <span title={save.error.message}>Not saved: {headlineFor(save.error, tr)}</span>
        <button type="button" className="button button--quiet" onClick={() => void store.flush()}>
          Retry
        </button>
      </div>
    );
  }
  if (invalid.length > 0) {
    return (
      <details className="save save--drafts" data-testid="save-status">
        <summary>
          Not saved:{' '}
          {invalid.length === 1 ? '1 value is not valid yet' : `${invalid.length} values are not valid yet`}
        </summary>
        <ul className="save__drafts">
          {invalid.map((draft) => (
            <li key={draft.key}>
              <button
                type="button"
                className="button button--quiet button--small"
                onClick={() => onGoToDraft(draft)}
              >
                {draftLine(draft, tr)}
              </button>
              <button
                type="button"
                className="button button--quiet button--small"
                aria-label={`Discard what was typed in ${draft.name}`}
                onClick={() => store.discardDraft(draft.key)}
              >
                Discard
              </button>
            </li>
          ))}
        </ul>
      </details>
    );
  }
  const text =
    save.status === 'saved' && drafts.length === 0
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
