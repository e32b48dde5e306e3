import type { DomainErrorCode, DomainErrorParams } from '@shared/domain/errors';

/**
 * The words of one language for every domain refusal: one template per code, optional variants of a code
 * (`code.variant`) where the words depend on the data, and `label.*` names for the values `field.invalid`
 * refuses. Data only, so a translator edits strings, never logic.
 */
export type Catalogue = Record<DomainErrorCode, string> &
  Partial<Record<`${DomainErrorCode}.${string}` | `label.${string}`, string>>;

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

/** Fills `{name}` with a param and `{name|one|other}` with the word for that count. */
export function interpolate(template: string, params: DomainErrorParams): string {
  return template.replace(/\{([\w-]+)(?:\|([^|}]*)\|([^}]*))?\}/g, (whole, name: string, one, other) => {
    const value = params[name];
    if (value === undefined) return whole;
    if (one !== undefined) return Number(value) === 1 ? one : other;
    return String(value);
  });
}

/** The words for a refusal in the catalogue's language. */
export function describeRefusal(error: Refusal, catalogue: Catalogue): string {
  const variant = variantOf(error);
  const template =
    (variant === undefined ? undefined : catalogue[`${error.code}.${variant}`]) ?? catalogue[error.code];
  const params = { ...error.params };
  if (error.code === 'field.invalid') {
    const label = params.label === undefined ? undefined : catalogue[`label.${params.label}`];
    params.label = label ?? error.field ?? catalogue['label.value'] ?? '';
  }
  return interpolate(template ?? error.code, params);
}
