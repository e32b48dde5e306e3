import { type EditorState, unsettledDrafts } from '../editor/store';
import { draftLine } from './error-messages';

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
