import { updatePathway } from '@shared/commands/pathways';
import { PathwayError } from '@shared/domain/pathway-ops';
import type { Pathway } from '@shared/schemas/pathway';
import type { EditorStore } from './store';

/**
 * Runs one pathway operation as one undoable editor step. A refusal (a cycle, a group asking for more
 * than it holds) changes nothing and comes back as the message to show.
 */
export function changePathway(
  store: EditorStore,
  pathwayId: string,
  label: string,
  change: (pathway: Pathway) => Pathway,
): string | null {
  try {
    store.dispatch(label, (ws) => updatePathway(ws, pathwayId, change, new Date().toISOString()));
    return null;
  } catch (e) {
    if (e instanceof PathwayError) return e.message;
    throw e;
  }
}
