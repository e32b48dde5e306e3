import { describe, expect, it } from 'vitest';
import { draftIdOf, draftKey, draftOwner, isPathwayDraft } from '../../../renderer/src/editor/draft-keys';

describe('draft keys', () => {
  it('name the entity a draft belongs to, and read back to it', () => {
    expect(draftOwner(draftKey.module('m-1'))).toEqual({ kind: 'module', id: 'm-1' });
    expect(draftOwner(draftKey.group('p-1', 'g-1'))).toEqual({ kind: 'group', pathwayId: 'p-1', id: 'g-1' });
    expect(draftIdOf(draftKey.issuer('i-1'), 'issuer')).toBe('i-1');
    expect(draftIdOf(draftKey.issuer('i-1'), 'profile')).toBeUndefined();
    expect(draftOwner('elsewhere:x')).toBeUndefined();
    expect(draftOwner('module:')).toBeUndefined();
  });

  it('tell which drafts go with a deleted pathway: its own and its groups’, no other pathway’s', () => {
    expect(isPathwayDraft(draftKey.pathway('p-1'), 'p-1')).toBe(true);
    expect(isPathwayDraft(draftKey.group('p-1', 'g-1'), 'p-1')).toBe(true);
    expect(isPathwayDraft(draftKey.group('p-10', 'g-1'), 'p-1')).toBe(false);
    expect(isPathwayDraft(draftKey.module('p-1'), 'p-1')).toBe(false);
  });
});
