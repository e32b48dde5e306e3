import { translator } from '@locales/translate';
import { loadProfile } from '@shared/qa/profile';
import { describe, expect, it } from 'vitest';
import {
  checkProfile,
  fromForm,
  type ProfileForm,
} from '../../../renderer/src/features/qa-profiles/profile-form';
import {
  fieldsFor,
  fromRuleDraft,
  ruleKindLabel,
  ruleKinds,
  toRuleDraft,
} from '../../../renderer/src/features/qa-profiles/rule-draft';

const en = translator('en');

describe('the institutional rule form', () => {
  it('names every rule kind, and every module field a rule can check by its form label', () => {
    for (const kind of ruleKinds) {
      expect(en.has(`profiles.ruleKind.${kind.id}`), kind.id).toBe(true);
      const fields = fieldsFor(kind.id, en);
      expect(fields.length, kind.id).toBeGreaterThan(0);
      // A field without words would show its path ('credit.value'), which a QA officer does not read.
      expect(fields.filter((f) => f.label === f.path).map((f) => f.path)).toEqual([]);
    }
    expect(ruleKindLabel('institution.number-range', en)).toBe('Number (or list size) within bounds');
    expect(fieldsFor('institution.number-range', en)).toContainEqual({
      path: 'credit.value',
      label: 'Credit value',
    });
  });

  it('turns a row back into the rule it was read from', () => {
    const rule = {
      ruleId: 'institution.number-range',
      severity: 'warning' as const,
      params: { field: 'credit.value', min: 1, max: 15, reason: 'policy 3.1' },
    };
    expect(fromRuleDraft(toRuleDraft(rule))).toEqual(rule);
  });

  it('keeps a rule that does not load as a draft with its problem in the language shown', () => {
    const form: ProfileForm = {
      id: 'inst-policy',
      title: 'Faculty credit policy',
      version: '1.0',
      source: '',
      rules: [
        toRuleDraft({
          ruleId: 'institution.number-range',
          severity: 'error',
          params: { field: 'credit.value', min: 5, max: 2 },
        }),
      ],
    };
    expect(loadProfile(fromForm(form)).ok).toBe(false);
    const checked = checkProfile(en)(form);
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.problems.map((p) => p.field)).toEqual([expect.stringMatching(/^rules\[0\]/)]);
    expect(checked.problems[0]?.message).toMatch(/min/);
  });
});
