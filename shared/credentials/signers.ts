import { modulesInPathway } from '../domain/pathway-ops';
import type { Module } from '../schemas/module';
import type { Workspace } from '../schemas/workspace';

/** A module's awarding issuer: the one it names, or the workspace's first issuer. */
export const moduleIssuerId = (module: Module, firstIssuerId: string): string =>
  module.issuerId ?? firstIssuerId;

/** The award is signed by the stack's one issuer, or by the first issuer when the stack has several. */
export function awardIssuerId(stackIssuerIds: ReadonlySet<string>, firstIssuerId: string): string {
  const [only] = stackIssuerIds;
  return stackIssuerIds.size === 1 && only !== undefined ? only : firstIssuerId;
}

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
    if (module) stack.add(moduleIssuerId(module, first));
  }
  return [...new Set([...stack, awardIssuerId(stack, first)])];
}
