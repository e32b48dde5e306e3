import { useMemo } from 'react';
import { type EntityDraft, unsettledDrafts } from '../editor/store';
import { useEditor, useEditorStore } from '../editor/use-editor';
import { draftLine, errorDetail, headlineFor } from './error-messages';
import { useT } from './i18n';

/**
 * Saved, saving or not saved (and why), always visible in the top bar. Values typed that do not validate
 * yet are unsaved work too: they are named, each with a way back to its field. A workspace just opened
 * claims no save: "Saved" and its time come with this session's first save.
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
        <span title={errorDetail(save.error, tr)}>
          {tr.t('app.save.failed', { headline: headlineFor(save.error, tr) })}
        </span>
        <button type="button" className="button button--quiet" onClick={() => void store.flush()}>
          {tr.t('app.save.retry')}
        </button>
      </div>
    );
  }
  if (invalid.length > 0) {
    return (
      <details className="save save--drafts" data-testid="save-status">
        <summary>{tr.t('app.save.invalidDrafts', { count: invalid.length })}</summary>
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
                aria-label={tr.t('app.save.discardLabel', { name: draft.name })}
                onClick={() => store.discardDraft(draft.key)}
              >
                {tr.t('app.save.discard')}
              </button>
            </li>
          ))}
        </ul>
      </details>
    );
  }
  const text =
    save.status === 'saved' && drafts.length === 0
      ? save.savedAt === undefined
        ? tr.t('app.save.untouched')
        : tr.t('app.save.saved', { time: tr.date(save.savedAt, { timeStyle: 'short' }) })
      : save.status === 'saving'
        ? tr.t('app.save.saving')
        : tr.t('app.save.pending');
  return (
    <output className={`save save--${save.status}`} aria-live="polite" data-testid="save-status">
      {text}
    </output>
  );
}
