import type { QaProfile } from '../../schemas/review';
import type { Rule, Severity } from '../rule';

/** A profile's line for a rule: its default severity unless the profile says otherwise. */
export function use(
  rule: Pick<Rule, 'id' | 'defaultSeverity'>,
  options: { severity?: Severity; params?: Record<string, unknown> } = {},
): QaProfile['rules'][number] {
  return {
    ruleId: rule.id,
    severity: options.severity ?? rule.defaultSeverity,
    params: options.params ?? {},
  };
}
