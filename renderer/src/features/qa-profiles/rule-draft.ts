import type { Translator } from '@locales/translate';
import { type FieldKind, moduleFields } from '@shared/qa/module-fields';
import type { QaProfile } from '@shared/schemas/review';

/**
 * The rule kinds a QA officer configures without code, with the kinds of module field each applies to;
 * each is named in profiles.json (`profiles.ruleKind.<id>`).
 */
export const ruleKinds = [
  { id: 'institution.field-required', kinds: ['text', 'number', 'choice', 'boolean', 'list'] },
  { id: 'institution.number-range', kinds: ['number', 'list'] },
  { id: 'institution.allowed-values', kinds: ['choice', 'text', 'number'] },
  { id: 'institution.pattern', kinds: ['text'] },
  { id: 'institution.text-length', kinds: ['text'] },
] as const satisfies readonly { id: string; kinds: readonly FieldKind[] }[];

export type RuleKindId = (typeof ruleKinds)[number]['id'];
type Severity = QaProfile['rules'][number]['severity'];

/** One rule row as the form holds it: every parameter as typed. Rows have no identity but their place. */
export interface RuleDraft {
  ruleId: RuleKindId;
  severity: Severity;
  field: string;
  min: string;
  max: string;
  values: string;
  pattern: string;
  describe: string;
  reason: string;
}

export function ruleKindLabel(ruleId: RuleKindId, tr: Translator): string {
  return tr.t(`profiles.ruleKind.${ruleId}`);
}

/**
 * The module fields a rule of this kind can name, labelled as the module form labels them. The one place
 * the profile form reads the module fields (shared/qa/module-fields.ts, a view of the field table).
 */
export function fieldsFor(ruleId: RuleKindId, tr: Translator): { path: string; label: string }[] {
  const kinds: readonly FieldKind[] = ruleKinds.find((k) => k.id === ruleId)?.kinds ?? [];
  return Object.entries(moduleFields)
    .filter(([, f]) => kinds.includes(f.kind))
    .map(([path, f]) => ({ path, label: tr.has(f.labelKey) ? tr.t(f.labelKey) : path }));
}

const text = (value: unknown) => (value === undefined || value === null ? '' : String(value));
const number = (value: string) => (value.trim() === '' ? undefined : Number(value));

export function toRuleDraft(rule: QaProfile['rules'][number]): RuleDraft {
  const p = rule.params as Record<string, unknown>;
  return {
    ruleId: (ruleKinds.some((k) => k.id === rule.ruleId)
      ? rule.ruleId
      : 'institution.field-required') as RuleKindId,
    severity: rule.severity,
    field: text(p.field),
    min: text(p.min),
    max: text(p.max),
    values: Array.isArray(p.values) ? p.values.join(', ') : '',
    pattern: text(p.pattern),
    describe: text(p.describe),
    reason: text(p.reason),
  };
}

/** The profile rule the row describes, for the shared profile loader to check. */
export function fromRuleDraft(d: RuleDraft): QaProfile['rules'][number] {
  const base = { field: d.field, reason: d.reason };
  const bounds = {
    ...(number(d.min) !== undefined && { min: number(d.min) }),
    ...(number(d.max) !== undefined && { max: number(d.max) }),
  };
  const params: Record<string, unknown> = (() => {
    switch (d.ruleId) {
      case 'institution.field-required':
        return base;
      case 'institution.number-range':
      case 'institution.text-length':
        return { ...base, ...bounds };
      case 'institution.allowed-values':
        return {
          ...base,
          values: d.values
            .split(',')
            .map((v) => v.trim())
            .filter((v) => v !== ''),
        };
      case 'institution.pattern':
        return { ...base, pattern: d.pattern, describe: d.describe };
    }
  })();
  return { ruleId: d.ruleId, severity: d.severity, params };
}
