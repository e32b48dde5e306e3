import type { FieldSpec } from '@shared/fields';
import { Fragment, type ReactNode } from 'react';

/** A field that sits beside others: one line of text, a number, a choice or a flag. */
const isShort = (spec: FieldSpec) => !spec.multiline && !spec.many && spec.kind !== 'list';

/**
 * The fields in the table's order, short ones side by side (at most `perRow`), text over several lines,
 * a list or a set of checks across the form's width.
 */
export function fieldRows<S extends FieldSpec>(specs: readonly S[], perRow = 3): S[][] {
  const rows: S[][] = [];
  for (const spec of specs) {
    const last = rows.at(-1);
    const first = last?.[0];
    if (last && first && isShort(first) && isShort(spec) && last.length < perRow) last.push(spec);
    else rows.push([spec]);
  }
  return rows;
}

/** The fields laid out in rows; each is drawn by `render`. */
export function FieldRows<S extends FieldSpec>(props: {
  specs: readonly S[];
  perRow?: number;
  render: (spec: S) => ReactNode;
}) {
  return fieldRows(props.specs, props.perRow).map((row) =>
    row.length === 1 ? (
      <Fragment key={row[0]?.path}>{row.map(props.render)}</Fragment>
    ) : (
      <div key={row[0]?.path} className={`grid grid--${row.length}`}>
        {row.map(props.render)}
      </div>
    ),
  );
}
