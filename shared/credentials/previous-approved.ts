import type { Workspace } from '../schemas/workspace';

export interface ApprovedVersions {
  /** The pathway's design version at its latest approval, when that differs from its current version. */
  pathway?: string;
  /** Each module's version in that approval's frozen design, where it differs from the current one. */
  modules: Map<string, string>;
}

/**
 * What a new version of a design was before: the latest approval of the pathway, with the versions its
 * frozen design recorded, so each badge definition can relate to the definition it supersedes.
 */
export function previousApprovedVersions(workspace: Workspace, pathwayId: string): ApprovedVersions {
  const pathway = workspace.pathways.find((p) => p.id === pathwayId);
  const approvals = workspace.reviews
    .filter((r) => r.pathwayId === pathwayId)
    .flatMap((r) => r.decisions)
    .filter((d) => d.decision === 'approved')
    .sort((a, b) => a.date.localeCompare(b.date));
  const latest = approvals.at(-1);
  const modules = new Map<string, string>();
  if (!pathway || !latest) return { modules };
  const current = new Map(workspace.modules.map((m) => [m.id, m.version]));
  for (const frozen of latest.frozenDesign?.modules ?? []) {
    const { id, version } = frozen as { id?: unknown; version?: unknown };
    if (
      typeof id === 'string' &&
      typeof version === 'string' &&
      current.has(id) &&
      current.get(id) !== version
    ) {
      modules.set(id, version);
    }
  }
  return {
    ...(latest.designVersion !== pathway.version && { pathway: latest.designVersion }),
    modules,
  };
}
