import { DomainError, parseField } from '../domain/errors';
import { type Issuer, Issuer as IssuerSchema } from '../schemas/issuer';
import type { Workspace } from '../schemas/workspace';

export function createIssuer(workspace: Workspace, issuer: Issuer): Workspace {
  const valid = parseField(IssuerSchema, issuer);
  if (workspace.issuers.some((i) => i.id === valid.id)) {
    throw new DomainError('issuer.duplicate-id', { field: 'id', params: { id: valid.id } });
  }
  return { ...workspace, issuers: [...workspace.issuers, valid] };
}

export function updateIssuer(workspace: Workspace, issuer: Issuer): Workspace {
  const valid = parseField(IssuerSchema, issuer);
  const index = workspace.issuers.findIndex((i) => i.id === valid.id);
  if (index < 0) throw new DomainError('issuer.not-found', { field: 'id', params: { id: valid.id } });
  const issuers = workspace.issuers.slice();
  issuers[index] = valid;
  return { ...workspace, issuers };
}

/** Deletes an issuer; modules it awarded fall back to the workspace's first issuer (no issuerId). */
export function deleteIssuer(workspace: Workspace, issuerId: string): Workspace {
  if (!workspace.issuers.some((i) => i.id === issuerId)) {
    throw new DomainError('issuer.not-found', { field: 'id', params: { id: issuerId } });
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
