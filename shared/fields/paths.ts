/** 'learningOutcomes[2].statement' → 'learningOutcomes.statement': the table's path of an item's field. */
export function tablePath(path: string): string {
  return path.replace(/\[\d+\]/g, '');
}

/** The number a reader counts an item by (from 1): 'learningOutcomes[2].statement' → 3. */
export function itemNumber(path: string): number | undefined {
  const last = [...path.matchAll(/\[(\d+)\]/g)].at(-1)?.[1];
  return last === undefined ? undefined : Number(last) + 1;
}

/** The value at a field path, or undefined when the path (or an object on the way) is absent. */
export function valueAt(entity: object, path: string): unknown {
  let value: unknown = entity;
  for (const key of path.split('.')) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

/** A copy of `entity` with the value at `path` replaced; undefined takes the property away. */
export function withValue<T extends object>(entity: T, path: string, value: unknown): T {
  const [key, ...rest] = path.split('.');
  if (key === undefined) return entity;
  const record = entity as Record<string, unknown>;
  const inner = record[key];
  const next =
    rest.length === 0
      ? value
      : withValue(typeof inner === 'object' && inner !== null ? inner : {}, rest.join('.'), value);
  const { [key]: _, ...others } = record;
  return (next === undefined ? others : { ...others, [key]: next }) as T;
}
