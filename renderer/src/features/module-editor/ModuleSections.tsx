import { type FieldSpec, moduleFieldTable, moduleSections } from '@shared/fields';
import type { FormItem, FormValue } from '@shared/fields/form-values';
import type { ReactNode } from 'react';
import { useT } from '../../app/i18n';
import { useEditor } from '../../editor/use-editor';
import { FieldRows } from '../inspector/FieldRows';
import { fieldLabel } from '../inspector/field-words';
import { type Choice, TableField } from '../inspector/TableField';
import { type ModuleDraft, typedItems } from './draft';
import { ItemList } from './ItemList';

interface ModuleSectionsProps {
  draft: ModuleDraft;
  error: (path: string) => string | undefined;
  /** A field changed: its new value (a list's items included) under its path, and the path edited. */
  onChange: (path: string, value: FormValue | FormItem[], edited: string) => void;
  /** An item was added to a list or removed from it: a step of its own. */
  onListChange: (path: string, items: FormItem[], edited: string) => void;
}

const isItems = (value: FormValue | readonly FormItem[]): value is readonly FormItem[] =>
  Array.isArray(value) && value.some((item) => typeof item === 'object');

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <fieldset className="form-section">
      <legend>{title}</legend>
      {children}
    </fieldset>
  );
}

/** Every field of the module table, section by section, each drawn by its kind: the form has no other. */
export function ModuleSections({ draft, error, onChange, onListChange }: ModuleSectionsProps) {
  const tr = useT();
  const issuers = useEditor((s) => s.workspace.issuers);
  const outcomes: Choice[] = typedItems(draft, 'learningOutcomes').map((outcome, index) => ({
    value: outcome.id,
    label: fieldLabel(tr, 'module', `learningOutcomes[${index}].statement`),
  }));
  const first = issuers[0];
  const issuerChoices: Choice[] = issuers.map((issuer) => ({ value: issuer.id, label: issuer.name }));
  const choices = (spec: FieldSpec) =>
    spec.references === 'issuer' ? issuerChoices : spec.references === 'outcome' ? outcomes : undefined;

  const field = (spec: FieldSpec) => {
    if (spec.items) {
      return (
        <ItemList
          key={spec.path}
          spec={spec}
          items={typedItems(draft, spec.path)}
          error={error}
          onEdit={(items, edited) => onChange(spec.path, items, edited)}
          onAddOrRemove={(items, edited) => onListChange(spec.path, items, edited)}
          choices={choices}
        />
      );
    }
    const options = choices(spec);
    const value = draft[spec.path] ?? '';
    return (
      <TableField
        key={spec.path}
        entity="module"
        spec={spec}
        path={spec.path}
        value={isItems(value) ? '' : value}
        onChange={(next) => onChange(spec.path, next, spec.path)}
        error={error(spec.path)}
        {...(options && { choices: options })}
        {...(spec.references === 'issuer' && {
          noneLabel: first
            ? tr.t('fields.module.issuerId.none', { issuer: first.name })
            : tr.t('fields.module.issuerId.noIssuers'),
        })}
      />
    );
  };

  return moduleSections.map((section) => (
    <Section key={section} title={tr.t(`editor.section.${section}`)}>
      <FieldRows specs={moduleFieldTable.filter((spec) => spec.section === section)} render={field} />
    </Section>
  ));
}
