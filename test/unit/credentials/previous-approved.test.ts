import { sayIn } from '@locales/say';
import { buildPathwayDefinitions } from '@shared/credentials/definitions';
import { previousApprovedVersions } from '@shared/credentials/previous-approved';
import { describe, expect, it } from 'vitest';
import { revisedAfterApproval, signingWorkspace } from '../../fixtures/signing/workspace';

const ids = {
  achievementId: (ref: { kind: string; entityId: string; version: string }) =>
    `urn:example:${ref.kind}:${ref.entityId}:${ref.version}`,
  issuerProfileId: (issuer: { url?: string }) => issuer.url ?? 'did:key:z6Mkexample',
  words: sayIn,
};

describe('relations to the previous approved version', () => {
  it('finds the versions the latest approval froze where they differ from today', () => {
    const workspace = revisedAfterApproval();
    const previous = previousApprovedVersions(workspace, 'path-die');
    expect(previous.pathway).toBe('1.0.0');
    expect([...previous.modules]).toEqual([[workspace.modules[0]?.id, '1.0.0']]);
    expect(previousApprovedVersions(signingWorkspace(), 'path-die')).toEqual({ modules: new Map() });
  });

  it('relates the revised award and the revised module to the definitions they supersede', () => {
    const workspace = revisedAfterApproval();
    const { definitions } = buildPathwayDefinitions(workspace, 'path-die', ids);
    const moduleId = workspace.modules[0]?.id;
    const revisedModule = definitions.find((d) => d.entityId === moduleId)?.achievement;
    expect(revisedModule?.related).toEqual([
      { id: `urn:example:module:${moduleId}:1.0.0`, type: ['Related'], version: '1.0.0' },
    ]);
    const unchanged = definitions.find((d) => d.kind === 'module' && d.entityId !== moduleId)?.achievement;
    expect(unchanged?.related).toBeUndefined();
    const award = definitions.find((d) => d.kind === 'pathway')?.achievement;
    expect(award?.related?.[0]).toEqual({
      id: 'urn:example:pathway:path-die:1.0.0',
      type: ['Related'],
      version: '1.0.0',
    });
  });
});
