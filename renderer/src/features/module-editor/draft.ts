import { moduleFieldTable } from '@shared/fields';
import { entityFromForm, type FormItem, type FormValue, formValuesOf } from '@shared/fields/form-values';
import type { Module, ModuleInput } from '@shared/schemas/module';

/**
 * A module as the form holds it: every field of the field table by its path, as typed (numbers as text,
 * a choice not made as ''), and what nobody types (its id and timestamps) as it is.
 */
export type ModuleDraft = { id: string; createdAt: string; updatedAt: string } & Readonly<
  Record<string, FormValue | readonly FormItem[]>
>;

export function toDraft(module: Module): ModuleDraft {
  return {
    ...formValuesOf(moduleFieldTable, module),
    id: module.id,
    createdAt: module.createdAt,
    updatedAt: module.updatedAt,
  };
}

/** The module the draft describes, for the shared schema to validate. */
export function fromDraft(draft: ModuleDraft): ModuleInput {
  const { id, createdAt, updatedAt } = draft;
  return entityFromForm(moduleFieldTable, { id, createdAt, updatedAt }, draft) as ModuleInput;
}

/** A text field's value as typed ('' for one that holds something else). */
export function typedText(draft: ModuleDraft, path: string): string {
  const value = draft[path];
  return typeof value === 'string' ? value : '';
}

/** A list field's items as typed. */
export function typedItems(draft: ModuleDraft, path: string): readonly FormItem[] {
  const value = draft[path];
  return Array.isArray(value) ? (value as readonly FormItem[]) : [];
}
