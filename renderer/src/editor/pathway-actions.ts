import { updatePathway } from '@shared/commands/pathways';
import { removePrerequisite } from '@shared/domain/prerequisites';
import type { Pathway } from '@shared/schemas/pathway';
import { type DispatchResult, type EditorStore, type StepLabel, step } from './store';

/**
 * Runs one pathway operation as one undoable editor step. A refusal (a cycle, a group asking for more
 * than it holds) changes nothing and comes back in the result, for `refusalMessage` to word.
 */
export function changePathway(
  store: EditorStore,
  pathwayId: string,
  label: StepLabel,
  change: (pathway: Pathway) => Pathway,
): DispatchResult {
  return store.dispatch(label, (ws) => updatePathway(ws, pathwayId, change, new Date().toISOString()));
}

/** Takes one prerequisite out of a pathway as one editor step, named by the module that came first. */
export function removePrerequisiteStep(
  store: EditorStore,
  pathwayId: string,
  edge: Pathway['prerequisites'][number],
  beforeName: string,
): DispatchResult {
  return changePathway(store, pathwayId, step('history.prerequisite.remove', { before: beforeName }), (p) =>
    removePrerequisite(p, edge),
  );
}
