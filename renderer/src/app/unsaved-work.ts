import type { Translator } from '@locales/translate';
import { type EditorState, type EditorStore, type FlushResult, unsettledDrafts } from '../editor/store';
import { draftLine } from './error-messages';

/**
 * What a flush could not save, in one sentence: the failed save, or each draft that does not validate yet.
 * Leaving a workspace and every export word it the same way.
 */
export function unsavedWorkText(flushed: Exclude<FlushResult, { ok: true }>, tr: Translator): string {
  if (flushed.reason === 'save') return tr.t('app.unsaved.saveFailed', { detail: flushed.error.message });
  const { drafts } = flushed;
  const lines = drafts.map((draft) => draftLine(draft, tr));
  return tr.t('app.unsaved.invalidDrafts', { count: drafts.length, drafts: lines.join('; ') });
}

/**
 * What leaving now would lose, one line each, for the close dialog: a failed save, edits still on their
 * way to disk, and each value typed that does not validate yet.
 */
export function unsavedWorkItems(state: EditorState, tr: Translator): string[] {
  const drafts = unsettledDrafts(state.drafts);
  const items: string[] = [];
  if (state.save.status === 'error')
    items.push(tr.t('app.unsaved.itemSaveFailed', { detail: state.save.error.message }));
  else if (state.save.status === 'pending' || state.save.status === 'saving')
    items.push(tr.t('app.unsaved.itemPending'));
  for (const draft of drafts) items.push(draftLine(draft, tr));
  return items;
}

/**
 * Saves what is pending before another workspace replaces this one. When something cannot be saved, asks
 * (naming it) whether to leave it behind; returns why the switch stops when the user stays.
 */
export async function saveBeforeLeaving(store: EditorStore, tr: Translator): Promise<string | null> {
  const flushed = await store.flush();
  if (flushed.ok) return null;
  const lost = unsavedWorkText(flushed, tr);
  if (window.confirm(tr.t('app.leave.confirm', { lost }))) return null;
  return tr.t('app.leave.refused', { lost });
}
