import type { Issuer } from '../schemas/issuer';
import type { Workspace } from '../schemas/workspace';

/** Thrown when an issuer command does not fit the workspace. */
export class IssuerCommandError extends Error {
  constructor(
    readonly code: 'issuer.not-found' | 'issuer.duplicate-id',
    message: string,
  ) {
    super(message);
    this.name = 'IssuerCommandError';
  }
}

export function createIssuer(workspace: Workspace, issuer: Issuer): Workspace {
  if (workspace.issuers.some((i) => i.id === issuer.id)) {
    throw new IssuerCommandError('issuer.duplicate-id', `An issuer with id ${issuer.id} already exists`);
  }
  return { ...workspace, issuers: [...workspace.issuers, issuer] };
}

export function updateIssuer(workspace: Workspace, issuer: Issuer): Workspace {
  const index = workspace.issuers.findIndex((i) => i.id === issuer.id);
  if (index < 0) throw new IssuerCommandError('issuer.not-found', `Issuer ${issuer.id} does not exist`);
  const issuers = workspace.issuers.slice();
  issuers[index] = issuer;
  return { ...workspace, issuers };
}

/** Deletes an issuer; modules it awarded fall back to the workspace's first issuer (no issuerId). */
export function deleteIssuer(workspace: Workspace, issuerId: string): Workspace {
  if (!workspace.issuers.some((i) => i.id === issuerId)) {
    throw new IssuerCommandError('issuer.not-found', `Issuer ${issuerId} does not exist`);
  }
  return {
    ...workspace,
    issuers: workspace.issuers.filter((i) => i.id !== issuerId),
    modules: workspace.modules.map(({ issuerId: awardedBy, ...module }) =>
      awardedBy === issuerId
        ? module
        : { ...module, ...(awardedBy !== undefined && { issuerId: awardedBy }) },
    ),
  };
}
