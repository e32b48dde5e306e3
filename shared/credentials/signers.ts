import { modulesInPathway } from '../domain/pathway-ops';
import type { Workspace } from '../schemas/workspace';

/**
 * The issuers whose keys sign a pathway's badge definitions, as `buildBadgeDefinitions` chooses them: each
 * module's issuer (the workspace's first when it names none) and the award's.
 */
export function signingIssuerIds(workspace: Workspace, pathwayId: string): string[] {
  const pathway = workspace.pathways.find((p) => p.id === pathwayId);
  const first = workspace.issuers[0]?.id;
  if (!pathway || first === undefined) return [];
  const modules = new Map(workspace.modules.map((m) => [m.id, m]));
  const stack = new Set<string>();
  for (const id of modulesInPathway(pathway)) {
    const module = modules.get(id);
    if (module) stack.add(module.issuerId ?? first);
  }
  // The award is signed by the stack's one issuer, or by the first issuer when the stack has several.
  const award = stack.size === 1 ? [...stack][0] : first;
  return [...new Set([...stack, award ?? first])];
}
