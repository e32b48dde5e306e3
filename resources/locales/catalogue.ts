import type { DomainErrorCode, DomainErrorParams } from '@shared/domain/errors';
import { type FieldEntity, fieldLabelKey, fieldSpec, fieldTables, itemNumber } from '@shared/fields';

import type { MessageValues, Translator } from './translate';

/*
 * A domain refusal's words live in the `errors` catalogue: `errors.<code>`, optional variants
 * `errors.<code>.<variant>` where the words depend on the data. The value `field.invalid` refuses is
 * named by the field table's label (`fields.<entity>.<path>`) where it is a field of the table, else by
 * `errors.label.*`. Which variant a refusal takes is decided here, from its data.
 */

/** What describe needs of a refusal: a DomainError, or the same data after a trip across IPC. */
export interface Refusal {
  code: DomainErrorCode;
  field?: string | undefined;
  params?: DomainErrorParams | undefined;
}

const fieldVariants: Record<string, Record<string, string>> = {
  too_small: { string: 'too-short', number: 'too-small', array: 'too-few', set: 'too-few' },
  too_big: { string: 'too-long', number: 'too-big', array: 'too-many', set: 'too-many' },
  invalid_type: { int: 'not-whole', number: 'not-number', string: 'not-text' },
  invalid_format: { datetime: 'not-date', url: 'not-web-address', email: 'not-email' },
};

function fieldVariant(p: DomainErrorParams): string | undefined {
  if (p.missing) return 'required';
  if (p.label === 'id' && p.issue === 'invalid_format') return 'id';
  if (p.issue === 'too_small' && p.origin === 'string' && p.minimum === 1) return 'required';
  if (p.issue === 'invalid_value') return 'not-allowed-value';
  const by = fieldVariants[String(p.issue)];
  const kind = p.issue === 'invalid_type' ? p.expected : p.issue === 'invalid_format' ? p.format : p.origin;
  return by?.[String(kind)];
}

/** Which variant of its code's words a refusal takes, from its field and params. */
function variantOf(error: Refusal): string | undefined {
  const p = error.params ?? {};
  switch (error.code) {
    case 'field.invalid':
      return fieldVariant(p);
    case 'pathway.duplicate-id':
      return error.field === 'stageIds' ? 'stages' : p.of === 'pathway' ? 'pathway' : undefined;
    case 'pathway.group-not-found':
      return p.stage !== undefined ? 'stage' : undefined;
    case 'pathway.not-in-pathway':
      return error.field === 'before' || error.field === 'after' ? 'linking' : undefined;
    case 'pathway.choose-out-of-range':
      return Number(p.holds) >= 1 ? (p.group ? 'titled' : 'untitled') : undefined;
    case 'review.not-allowed':
      return p.state === 'approved' || p.state === 'in-review' ? String(p.state) : `${p.state}.${p.action}`;
    case 'review.errors-remain':
      return p.pathway === undefined ? 'short' : undefined;
    case 'review.name-required':
      return p.step === undefined ? undefined : String(p.step);
    case 'credentials.unknown-pathway':
      return p.known === '' ? 'none' : undefined;
    default:
      return undefined;
  }
}

/** The table's field a refusal's label names ('pathway.award.title'), if it is one. */
function tableField(label: string): { entity: FieldEntity; path: string } | undefined {
  const dot = label.indexOf('.');
  const entity = label.slice(0, dot);
  const path = label.slice(dot + 1);
  if (dot < 0 || !Object.hasOwn(fieldTables, entity)) return undefined;
  return fieldSpec(entity as FieldEntity, path) ? { entity: entity as FieldEntity, path } : undefined;
}

/** What `field.invalid` calls the refused value: its field's label, its errors label, else its path. */
function refusedValueName(error: Refusal, { t, has }: Pick<Translator, 't' | 'has'>): string {
  const label = error.params?.label === undefined ? undefined : String(error.params.label);
  const field = label === undefined ? undefined : tableField(label);
  if (field) {
    const key = fieldLabelKey(field.entity, field.path);
    const number =
      itemNumber(field.path) ?? (error.field === undefined ? undefined : itemNumber(error.field));
    if (has(key)) return t(key, { number: number ?? '' });
  }
  const labelKey = `errors.label.${label}`;
  if (label !== undefined && has(labelKey)) return t(labelKey);
  return error.field ?? t('errors.label.value');
}

/** The words for a refusal in the translator's language: its variant's message, else its code's. */
export function describeRefusal(error: Refusal, { t, has }: Translator): string {
  const variant = variantOf(error);
  const variantKey = `errors.${error.code}.${variant}`;
  const key = variant !== undefined && has(variantKey) ? variantKey : `errors.${error.code}`;
  const params: MessageValues = { ...error.params };
  if (error.code === 'field.invalid') params.label = refusedValueName(error, { t, has });
  return has(key) ? t(key, params) : error.code;
}
