import { deleteQaProfile, saveQaProfile } from '@shared/commands/qa-profiles';
import { loadProfile } from '@shared/qa/profile';
import { describe, expect, it } from 'vitest';
import { fromRuleDraft, toRuleDraft } from '../../../renderer/src/features/qa-profiles/rule-draft';
import { workspaceWith } from '../../fixtures/builders';

const profile = {
  id: 'inst-1',
  title: 'Faculty rules',
  version: '1.0',
  source: '',
  rules: [
    {
      ruleId: 'institution.text-length',
      severity: 'warning' as const,
      params: { field: 'summary', min: 80, reason: '' },
    },
  ],
};

describe('workspace QA profiles', () => {
  it('adds, replaces and deletes a profile', () => {
    const added = saveQaProfile(workspaceWith([]), profile);
    expect(added.qaProfiles).toEqual([profile]);
    const replaced = saveQaProfile(added, { ...profile, version: '1.1' });
    expect(replaced.qaProfiles.map((p) => p.version)).toEqual(['1.1']);
    expect(deleteQaProfile(replaced, 'inst-1').qaProfiles).toEqual([]);
  });

  it('turns each rule row of the form into params the profile loader accepts, and back', () => {
    for (const rule of [
      {
        ruleId: 'institution.field-required',
        severity: 'error' as const,
        params: { field: 'category', reason: 'policy 2.1' },
      },
      {
        ruleId: 'institution.number-range',
        severity: 'error' as const,
        params: { field: 'credit.value', min: 1, max: 15, reason: '' },
      },
      {
        ruleId: 'institution.allowed-values',
        severity: 'warning' as const,
        params: { field: 'assessment.type', values: ['portfolio', 'project'], reason: '' },
      },
      {
        ruleId: 'institution.pattern',
        severity: 'info' as const,
        params: { field: 'code', pattern: '^[A-Z]+-\\d+$', describe: 'AAA-123', reason: '' },
      },
      {
        ruleId: 'institution.text-length',
        severity: 'warning' as const,
        params: { field: 'summary', max: 600, reason: '' },
      },
    ]) {
      const back = fromRuleDraft(toRuleDraft(rule));
      expect(back).toEqual(rule);
      expect(loadProfile({ ...profile, rules: [back] }).ok).toBe(true);
    }
  });

  it('leaves a bound out when its box is empty, so the loader can say one is needed', () => {
    const row = toRuleDraft(profile.rules[0] as (typeof profile.rules)[number]);
    const rule = fromRuleDraft({
      ...row,
      ruleId: 'institution.number-range',
      field: 'credit.value',
      min: '',
      max: '',
    });
    const loaded = loadProfile({ ...profile, rules: [rule] });
    expect(loaded.ok).toBe(false);
    if (!loaded.ok)
      expect(loaded.error.problems).toContainEqual(
        expect.objectContaining({ field: 'rules[0].params.min', code: 'bounds-none' }),
      );
  });
});
