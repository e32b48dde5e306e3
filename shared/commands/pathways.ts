import { duplicatePathway, modulesInPathway, PathwayError } from '../domain/pathway-ops';
import { type Pathway, Pathway as PathwaySchema } from '../schemas/pathway';
import type { Workspace } from '../schemas/workspace';

function indexOfPathway(workspace: Workspace, pathwayId: string): number {
  const index = workspace.pathways.findIndex((p) => p.id === pathwayId);
  if (index < 0)
    throw new PathwayError('pathway.not-found', `Pathway ${pathwayId} does not exist`, 'pathwayId');
  return index;
}

/** A pathway may only name modules of the workspace; the workspace schema would refuse the save otherwise. */
function assertModulesExist(workspace: Workspace, pathway: Pathway): void {
  const known = new Set(workspace.modules.map((m) => m.id));
  const missing = modulesInPathway(pathway).find((id) => !known.has(id));
  if (missing !== undefined) {
    throw new PathwayError(
      'pathway.module-not-found',
      `Module ${missing} does not exist in this workspace, so “${pathway.title}” cannot use it`,
      'moduleId',
    );
  }
}

function withPathwayAt(workspace: Workspace, index: number, pathway: Pathway): Workspace {
  const pathways = workspace.pathways.slice();
  pathways[index] = pathway;
  return { ...workspace, pathways };
}

export function createPathway(workspace: Workspace, pathway: Pathway): Workspace {
  if (workspace.pathways.some((p) => p.id === pathway.id)) {
    throw new PathwayError('pathway.duplicate-id', `A pathway with id ${pathway.id} already exists`, 'id');
  }
  assertModulesExist(workspace, pathway);
  return { ...workspace, pathways: [...workspace.pathways, pathway] };
}

export function renamePathway(workspace: Workspace, pathwayId: string, title: string): Workspace {
  const index = indexOfPathway(workspace, pathwayId);
  const pathway = workspace.pathways[index] as Pathway;
  const parsed = PathwaySchema.shape.title.safeParse(title);
  if (!parsed.success) {
    throw new PathwayError(
      'pathway.invalid-title',
      parsed.error.issues[0]?.message ?? 'Pathway title is invalid',
      'title',
    );
  }
  if (parsed.data === pathway.title) return workspace;
  return withPathwayAt(workspace, index, { ...pathway, title: parsed.data });
}

/** Deletes a pathway and its reviews; the modules stay in the workspace. */
export function deletePathway(workspace: Workspace, pathwayId: string): Workspace {
  indexOfPathway(workspace, pathwayId);
  return {
    ...workspace,
    pathways: workspace.pathways.filter((p) => p.id !== pathwayId),
    reviews: workspace.reviews.filter((r) => r.pathwayId !== pathwayId),
  };
}

/** Adds a draft copy of a pathway right after it (see `duplicatePathway`); reviews are not copied. */
export function duplicatePathwayInWorkspace(
  workspace: Workspace,
  pathwayId: string,
  init: { id: string; title: string; now: string; newId: () => string },
): Workspace {
  const index = indexOfPathway(workspace, pathwayId);
  if (workspace.pathways.some((p) => p.id === init.id)) {
    throw new PathwayError('pathway.duplicate-id', `A pathway with id ${init.id} already exists`, 'id');
  }
  const copy = duplicatePathway(workspace.pathways[index] as Pathway, init);
  return { ...workspace, pathways: insertAfter(workspace.pathways, index, copy) };
}

function insertAfter<T>(list: readonly T[], index: number, item: T): T[] {
  return [...list.slice(0, index + 1), item, ...list.slice(index + 1)];
}

/**
 * Applies one pathway operation and stamps the pathway's updatedAt. Returns the same workspace object when
 * the operation changed nothing (returned the same pathway), so the editor records no empty undo step.
 */
export function updatePathway(
  workspace: Workspace,
  pathwayId: string,
  change: (pathway: Pathway) => Pathway,
  now: string,
): Workspace {
  const index = indexOfPathway(workspace, pathwayId);
  const before = workspace.pathways[index] as Pathway;
  const after = change(before);
  if (after === before) return workspace;
  assertModulesExist(workspace, after);
  return withPathwayAt(workspace, index, { ...after, id: before.id, updatedAt: now });
}
