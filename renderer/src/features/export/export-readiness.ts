import type { AppError } from '@shared/contract/errors';
import { draftLine } from '../../app/error-messages';
import type { EditorStore, EntityDraft } from '../../editor/store';

/**
 * Saves what the window shows before an export: valid drafts are applied and everything is written. The
 * export then names the revision saved, and main refuses if its copy is another one. A failed save or a
 * draft that does not validate stops the export here, with the reason.
 */
export async function saveForExport(
  store: EditorStore,
): Promise<{ ok: true; revision: number; workspacePath: string } | { ok: false; error: AppError }> {
  const flushed = await store.flush();
  if (flushed.ok) return { ...flushed, workspacePath: store.getState().path };
  if (flushed.reason === 'save')
    return {
      ok: false,
      error: { code: 'workspace.not-saved', message: `The last save failed: ${flushed.error.message}` },
    };
  return {
    ok: false,
    error: { code: 'workspace.not-saved', message: draftsNotValid(flushed.drafts) },
  };
}

/** "A value you typed is not valid yet: TE-01 Untitled: Title is required": which drafts are left out, and why. */
export function draftsNotValid(drafts: readonly EntityDraft[]): string {
  const named = drafts.map(draftLine);
  return `${drafts.length === 1 ? 'A value you typed is' : `${drafts.length} values you typed are`} not valid yet: ${named.join('; ')}`;
}
