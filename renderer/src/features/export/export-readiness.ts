import type { Translator } from '@locales/translate';
import type { AppError } from '@shared/contract/errors';
import { unsavedWorkText } from '../../app/unsaved-work';
import type { EditorStore } from '../../editor/store';

/**
 * Saves what the window shows before an export: valid drafts are applied and everything is written. The
 * export then names the revision saved, and main refuses if its copy is another one. A failed save or a
 * draft that does not validate stops the export here, with the reason.
 */
export async function saveForExport(
  store: EditorStore,
  tr: Translator,
): Promise<{ ok: true; revision: number; workspacePath: string } | { ok: false; error: AppError }> {
  const flushed = await store.flush();
  if (flushed.ok) return { ...flushed, workspacePath: store.getState().path };
  return { ok: false, error: { code: 'workspace.not-saved', message: unsavedWorkText(flushed, tr) } };
}
