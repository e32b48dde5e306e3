import { valueAt, withValue } from './paths';
import type { FieldSpec } from './types';

/** A field as a form holds it: text as typed (numbers too), '' for a choice not made, ids for references. */
export type FormValue = string | boolean | readonly string[];
/** One item of a list as a form holds it: its id and its fields' values. */
export type FormItem = { readonly id: string } & Readonly<Record<string, FormValue>>;
/** A form's values by field path: 'credit.value' → '5', 'learningOutcomes' → its items. */
export type FormValues = Readonly<Record<string, FormValue | readonly FormItem[]>>;

/** Whether a form holds the field as a value (a list of objects included), rather than by commands of its own. */
const isFormValued = (spec: FieldSpec) => spec.kind !== 'list' || spec.items !== undefined;

/** Whether a form writes the field: it holds it as a value and the review workflow does not set it. */
export function isFormEdited(spec: FieldSpec): boolean {
  return isFormValued(spec) && !spec.setByReview;
}

/** A stored value as its form shows it. */
export function formValueOf(spec: FieldSpec, stored: unknown): FormValue | FormItem[] {
  if (spec.items) {
    const items = Array.isArray(stored) ? (stored as Record<string, unknown>[]) : [];
    return items.map((item) => formItemOf(spec.items ?? [], item));
  }
  switch (spec.kind) {
    case 'boolean':
      return stored === true;
    case 'number':
      return stored === undefined || stored === null ? '' : String(stored);
    default:
      if (spec.many) return Array.isArray(stored) ? stored.map(String) : [];
      return stored === undefined || stored === null ? (spec.initial ?? '') : String(stored);
  }
}

function formItemOf(fields: readonly FieldSpec[], item: Record<string, unknown>): FormItem {
  const values: Record<string, FormValue> = {};
  for (const field of fields) values[field.path] = formValueOf(field, item[field.path]) as FormValue;
  return { ...values, id: String(item.id) };
}

/** What a form's value stores: a number or nothing for blank number text, nothing for a choice not made. */
export function storedValueOf(spec: FieldSpec, typed: FormValue | readonly FormItem[] | undefined): unknown {
  if (spec.items) {
    const items = Array.isArray(typed) ? (typed as readonly FormItem[]) : [];
    return items.map((item) => storedItemOf(spec.items ?? [], item));
  }
  if (spec.many) return Array.isArray(typed) ? [...typed] : [];
  if (spec.kind === 'boolean') return typed === true;
  const text = typeof typed === 'string' ? typed : '';
  switch (spec.kind) {
    case 'number':
      // '' is "not stated"; anything else must read as a number (NaN lets the schema say it is not one).
      return text.trim() === '' ? undefined : Number(text);
    case 'choice':
    case 'reference':
      return text === '' ? undefined : text;
    default:
      if (spec.absentWhenBlank) return text.trim() === '' ? undefined : text.trim();
      return text;
  }
}

function storedItemOf(fields: readonly FieldSpec[], item: FormItem): Record<string, unknown> {
  let stored: Record<string, unknown> = { id: item.id };
  for (const field of fields) stored = withValue(stored, field.path, storedValueOf(field, item[field.path]));
  return stored;
}

/** The form's values of every field the form edits, read from the entity as it is stored. */
export function formValuesOf(
  table: readonly FieldSpec[],
  entity: object,
): Record<string, FormValue | FormItem[]> {
  const values: Record<string, FormValue | FormItem[]> = {};
  for (const spec of table)
    if (isFormValued(spec)) values[spec.path] = formValueOf(spec, valueAt(entity, spec.path));
  return values;
}

/**
 * `start` with every value the form edits written in, for the entity's schema to validate. An object that
 * is stated only with one of its fields (credit with its value, level with its framework) is left out when
 * that field is blank.
 */
export function entityFromForm<T extends object>(
  table: readonly FieldSpec[],
  start: T,
  values: FormValues,
): T {
  let entity = start;
  for (const spec of table) {
    if (isFormEdited(spec)) entity = withValue(entity, spec.path, storedValueOf(spec, values[spec.path]));
  }
  for (const spec of table) {
    const group = spec.path.slice(0, spec.path.lastIndexOf('.'));
    if (spec.statesGroup && group !== '' && valueAt(entity, spec.path) === undefined) {
      entity = withValue(entity, group, undefined);
    }
  }
  return entity;
}
