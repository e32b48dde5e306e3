import { findingText } from '@locales/findings';
import { translator } from '@locales/translate';
import { rules } from '@shared/qa/rules';
import { sourceDocuments } from '@shared/qa/sources';
import { describe, expect, it } from 'vitest';
import { euRuleCases } from './cases/eu-rules';
import { institutionalRuleCases } from './cases/institutional-rules';
import { moduleRuleCases } from './cases/module-rules';
import { pathwayRuleCases } from './cases/pathway-rules';
import { findingsOf, goodDesign } from './designs';

const cases = [...moduleRuleCases, ...euRuleCases, ...pathwayRuleCases, ...institutionalRuleCases];
const en = translator('en');

describe('every built-in rule', () => {
  it('has a case here', () => {
    const tested = new Set(cases.map((c) => c.ruleId));
    expect(rules.map((r) => r.id).filter((id) => !tested.has(id))).toEqual([]);
  });

  it('cites the clause of a published text it comes from, or is an institution’s own rule', () => {
    for (const rule of rules) {
      if (rule.source === 'profile') {
        expect(rule.characteristic, rule.id).toBe('institutional');
        continue;
      }
      expect(rule.source.length, rule.id).toBeGreaterThan(0);
      for (const { document, clause } of rule.source) {
        expect(Object.hasOwn(sourceDocuments, document), rule.id).toBe(true);
        expect(clause.trim(), rule.id).not.toBe('');
      }
    }
  });

  it.each(cases.filter((c) => c.params === undefined))('$ruleId passes the good design', ({ ruleId }) => {
    expect(findingsOf(goodDesign(), ruleId)).toEqual([]);
  });

  it.each(cases)('$ruleId on $why', ({ ruleId, params, failing, expected }) => {
    const findings = findingsOf(failing(goodDesign()), ruleId, params);
    expect(findings.map(({ target, code, params }) => ({ target, code, params }))).toEqual(
      expected.map(({ target, code, params }) => ({ target, code, params })),
    );
    findings.forEach((finding, i) => {
      expect(finding.ruleId).toBe(ruleId);
      expect(findingText(finding, en)).toMatch(expected[i]?.text as RegExp);
    });
  });
});
