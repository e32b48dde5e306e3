import { createIssuer, deleteIssuer, updateIssuer } from '@shared/commands/issuers';
import { Workspace } from '@shared/schemas/workspace';
import { describe, expect, it } from 'vitest';
import { fullModule, workspaceWith } from '../../fixtures/builders';
import { refusal } from '../refusal';

const issuer = {
  id: 'iss-1',
  name: 'Riverside University',
  description: '',
  awardingBody: '',
  country: 'IE',
};

describe('issuer commands', () => {
  it('creates and updates an issuer', () => {
    const created = createIssuer(workspaceWith([]), issuer);
    expect(created.issuers).toEqual([issuer]);
    const updated = updateIssuer(created, { ...issuer, url: 'https://riverside.example' });
    expect(updated.issuers[0]?.url).toBe('https://riverside.example');
    expect(refusal(() => createIssuer(created, issuer))).toMatchObject({
      code: 'issuer.duplicate-id',
      message: 'An issuer with id iss-1 already exists',
    });
    expect(refusal(() => updateIssuer(workspaceWith([]), issuer))).toMatchObject({
      code: 'issuer.not-found',
      field: 'id',
      message: 'Issuer iss-1 does not exist',
    });
  });

  it('refuses an issuer the issuer schema refuses, naming the field', () => {
    expect(
      refusal(() => createIssuer(workspaceWith([]), { ...issuer, name: 'x'.repeat(5000) })),
    ).toMatchObject({
      code: 'field.invalid',
      field: 'name',
      params: { issue: 'too_big' },
    });
  });

  it('deletes an issuer and leaves a workspace that still validates', () => {
    const ws = createIssuer(
      workspaceWith([
        fullModule({ issuerId: 'iss-1' }),
        fullModule({ id: 'm2', code: 'X2', issuerId: undefined }),
      ]),
      issuer,
    );
    const after = deleteIssuer(ws, 'iss-1');
    expect(after.issuers).toEqual([]);
    expect(after.modules.map((m) => 'issuerId' in m)).toEqual([false, false]);
    expect(Workspace.safeParse(after).success).toBe(true);
  });
});
