/**
 * The key of each form's draft in the editing session, made and read in one place: which entity a draft
 * belongs to decides where "go to the field" leads and which drafts go with a deleted entity.
 */
export const draftKey = {
  module: (id: string) => `module:${id}`,
  pathway: (id: string) => `pathway:${id}`,
  group: (pathwayId: string, groupId: string) => `group:${pathwayId}:${groupId}`,
  issuer: (id: string) => `issuer:${id}`,
  profile: (id: string) => `profile:${id}`,
};

export type DraftOwner =
  | { kind: 'module' | 'pathway' | 'issuer' | 'profile'; id: string }
  | { kind: 'group'; pathwayId: string; id: string };

/** Which entity a draft key names; undefined for a key this module did not make. */
export function draftOwner(key: string): DraftOwner | undefined {
  const [kind, first, second] = key.split(':');
  if (first === undefined || first === '') return undefined;
  if (kind === 'group') return second ? { kind, pathwayId: first, id: second } : undefined;
  if (kind === 'module' || kind === 'pathway' || kind === 'issuer' || kind === 'profile')
    return { kind, id: first };
  return undefined;
}

/** The id of the entity of `kind` a draft key names, if it names one of that kind. */
export function draftIdOf(
  key: string,
  kind: 'module' | 'pathway' | 'issuer' | 'profile',
): string | undefined {
  const owner = draftOwner(key);
  return owner?.kind === kind ? owner.id : undefined;
}

/** Whether the draft belongs to the pathway or one of its choice groups (they go with a deleted pathway). */
export function isPathwayDraft(key: string, pathwayId: string): boolean {
  const owner = draftOwner(key);
  return (
    (owner?.kind === 'pathway' && owner.id === pathwayId) ||
    (owner?.kind === 'group' && owner.pathwayId === pathwayId)
  );
}
