import { type EditorState, type FlushResult, unsettledDrafts } from '../editor/store';
import { draftLine } from './error-messages';

/**
 * What a flush could not save, in one sentence: the failed save, or each draft that does not validate yet.
 * Leaving a workspace and every export word it the same way.
 */
export function unsavedWorkText(flushed: Exclude<FlushResult, { ok: true }>): string {
  if (flushed.reason === 'save') return `Your last changes are not saved (${flushed.error.message}).`;
  const { drafts } = flushed;
  const count = drafts.length === 1 ? 'A value you typed is' : `${drafts.length} values you typed are`;
  return `${count} not valid yet: ${drafts.map(draftLine).join('; ')}.`;
}

/**
 * What leaving now would lose, one line each, for the close dialog: a failed save, edits still on their
 * way to disk, and each value typed that does not validate yet.
 */
export function unsavedWorkItems(state: EditorState): string[] {
  const drafts = unsettledDrafts(state.drafts);
  const items: string[] = [];
  if (state.save.status === 'error') items.push(`Your last changes: not saved (${state.save.error.message})`);
  else if (state.save.status === 'pending' || state.save.status === 'saving')
    items.push('Your last changes, not written to disk yet');
  for (const draft of drafts) items.push(draftLine(draft));
  return items;
}
