import { issuerFieldTable } from './issuer';
import { moduleFieldTable } from './module';
import { tablePath } from './paths';
import { groupFieldTable, pathwayFieldTable } from './pathway';
import type { FieldEntity, FieldSpec } from './types';

export type { IssuerField } from './issuer';
export { issuerFieldTable } from './issuer';
export type { ModuleField, ModuleFieldSpec, ModuleSection } from './module';
export { moduleFieldTable, moduleSections } from './module';
export { itemNumber, tablePath, valueAt, withValue } from './paths';
export type { GroupField, PathwayField } from './pathway';
export { groupFieldTable, pathwayFieldTable } from './pathway';
export type * from './types';

/** The field table: every field of every entity a form edits, described once. */
export const fieldTables: Readonly<Record<FieldEntity, readonly FieldSpec[]>> = {
  module: moduleFieldTable,
  pathway: pathwayFieldTable,
  group: groupFieldTable,
  issuer: issuerFieldTable,
};

/** The description of the field at a path (an item's field included), or undefined when it is none. */
export function fieldSpec(entity: FieldEntity, path: string): FieldSpec | undefined {
  const wanted = tablePath(path);
  for (const spec of fieldTables[entity]) {
    if (spec.path === wanted) return spec;
    if (spec.items && wanted.startsWith(`${spec.path}.`)) {
      const rest = wanted.slice(spec.path.length + 1);
      const item = spec.items.find((i) => i.path === rest);
      if (item) return item;
    }
  }
  return undefined;
}

/** The catalogue key of a field's label: `fields.module.credit.value` (an item's index left out). */
export function fieldLabelKey(entity: FieldEntity, path: string): string {
  return `fields.${entity}.${tablePath(path)}`;
}

/** The catalogue key of a field's help words, for a field whose spec has `help`. */
export function fieldHelpKey(entity: FieldEntity, path: string): string {
  return `${fieldLabelKey(entity, path)}.help`;
}
