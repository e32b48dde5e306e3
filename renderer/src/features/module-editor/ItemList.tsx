import type { MessageValues } from '@locales/translate';
import type { FieldSpec } from '@shared/fields';
import { type FormItem, type FormValue, formValueOf } from '@shared/fields/form-values';
import { useT } from '../../app/i18n';
import { FieldRows, fieldRows } from '../inspector/FieldRows';
import { type Choice, TableField } from '../inspector/TableField';

interface ItemListProps {
  /** A list field of the module table: its items' fields are the table's too. */
  spec: FieldSpec;
  items: readonly FormItem[];
  error: (path: string) => string | undefined;
  /** An item's field changed: the list as it is now, and the path of the field ('skills[1].code'). */
  onEdit: (items: FormItem[], path: string) => void;
  /** An item was added or removed: a step of its own. */
  onAddOrRemove: (items: FormItem[], field: string) => void;
  /** What an item's reference can name (the module's outcomes, for an evidence). */
  choices: (spec: FieldSpec) => readonly Choice[] | undefined;
}

/** A new item: every field at the value a form starts from. */
function newItem(fields: readonly FieldSpec[]): FormItem {
  const values = Object.fromEntries(fields.map((f) => [f.path, formValueOf(f, undefined) as FormValue]));
  return { ...values, id: crypto.randomUUID() };
}

/**
 * The items of a list field (learning outcomes, evidence, skills), each with its fields as the table
 * describes them, a way to remove it, and a button that adds one (the place a finding about the list
 * focuses).
 */
export function ItemList({ spec, items, error, onEdit, onAddOrRemove, choices }: ItemListProps) {
  const tr = useT();
  const list = spec.path;
  const fields = spec.items ?? [];
  /** The list's own words: `editor.<list>.add`, `.remove`, `.empty`. */
  const say = (word: string, values?: MessageValues) => {
    const key = `editor.${list}.${word}`;
    return tr.has(key) ? tr.t(key, values) : key;
  };
  const stacked = fieldRows(fields, 4).length > 1;
  const edit = (index: number, field: string, value: FormValue) =>
    onEdit(
      items.map((item, i) => (i === index ? { ...item, [field]: value } : item)),
      `${list}[${index}].${field}`,
    );

  return (
    <>
      {items.length === 0 && <p className="empty">{say('empty')}</p>}
      <ol className="repeater">
        {items.map((item, index) => (
          <li key={item.id} className={stacked ? 'repeater__row repeater__row--stack' : 'repeater__row'}>
            <FieldRows
              specs={fields}
              perRow={4}
              render={(field) => {
                const path = `${list}[${index}].${field.path}`;
                const options = choices(field);
                return (
                  <TableField
                    key={field.path}
                    entity="module"
                    spec={field}
                    path={path}
                    value={item[field.path] ?? ''}
                    onChange={(value) => edit(index, field.path, value)}
                    error={error(path)}
                    {...(options && { choices: options })}
                  />
                );
              }}
            />
            <button
              type="button"
              className="button button--quiet"
              aria-label={say('remove', { number: index + 1 })}
              onClick={() =>
                onAddOrRemove(
                  items.filter((_, i) => i !== index),
                  `${list}-remove`,
                )
              }
            >
              {tr.t('editor.remove')}
            </button>
          </li>
        ))}
      </ol>
      <button
        type="button"
        className="button"
        onClick={() => onAddOrRemove([...items, newItem(fields)], `${list}-add`)}
        data-field={list}
      >
        {say('add')}
      </button>
    </>
  );
}
