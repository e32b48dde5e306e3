import { assertValid, DomainError, parseField } from '../domain/errors';
import { duplicatePathway, modulesInPathway } from '../domain/pathway-ops';
import { IsoDateTime } from '../schemas/fields';
import { type Pathway, Pathway as PathwaySchema } from '../schemas/pathway';
import type { Workspace } from '../schemas/workspace';

function indexOfPathway(workspace: Workspace, pathwayId: string): number {
  const index = workspace.pathways.findIndex((p) => p.id === pathwayId);
  if (index < 0)
    throw new DomainError('pathway.not-found', { field: 'pathwayId', params: { id: pathwayId } });
  return index;
}

/** A pathway may only name modules of the workspace; the workspace schema would refuse the save otherwise. */
function assertModulesExist(workspace: Workspace, pathway: Pathway): void {
  const known = new Set(workspace.modules.map((m) => m.id));
  const missing = modulesInPathway(pathway).find((id) => !known.has(id));
  if (missing !== undefined) {
    throw new DomainError('pathway.module-not-found', {
      field: 'moduleId',
      params: { id: missing, pathway: pathway.title },
    });
  }
}

function withPathwayAt(workspace: Workspace, index: number, pathway: Pathway): Workspace {
  const pathways = workspace.pathways.slice();
  pathways[index] = pathway;
  return { ...workspace, pathways };
}

export function createPathway(workspace: Workspace, pathway: Pathway): Workspace {
  const valid = parseField(PathwaySchema, pathway, { entity: 'pathway' });
  if (workspace.pathways.some((p) => p.id === valid.id)) {
    throw new DomainError('pathway.duplicate-id', { field: 'id', params: { id: valid.id, of: 'pathway' } });
  }
  assertModulesExist(workspace, valid);
  return { ...workspace, pathways: [...workspace.pathways, valid] };
}

export function renamePathway(workspace: Workspace, pathwayId: string, title: string): Workspace {
  const index = indexOfPathway(workspace, pathwayId);
  const pathway = workspace.pathways[index] as Pathway;
  const valid = parseField(PathwaySchema.shape.title, title, { field: 'title', label: 'pathway.title' });
  if (valid === pathway.title) return workspace;
  return withPathwayAt(workspace, index, { ...pathway, title: valid });
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
    throw new DomainError('pathway.duplicate-id', { field: 'id', params: { id: init.id, of: 'pathway' } });
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
  const stamped = { ...after, id: before.id, updatedAt: parseField(IsoDateTime, now, { field: 'now' }) };
  assertValid(PathwaySchema, stamped, { entity: 'pathway' });
  assertModulesExist(workspace, stamped);
  return withPathwayAt(workspace, index, stamped);
}
