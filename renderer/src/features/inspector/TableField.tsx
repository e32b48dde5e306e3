import type { MessageValues } from '@locales/translate';
import { type FieldEntity, type FieldSpec, fieldLabelKey } from '@shared/fields';
import type { FormValue } from '@shared/fields/form-values';
import { useId } from 'react';
import { useT } from '../../app/i18n';
import { FieldShell, TextField } from '../../ui/fields';
import { choiceLabel, fieldHelp, fieldLabel, noChoiceLabel } from './field-words';

export interface Choice {
  value: string;
  label: string;
}

interface TableFieldProps {
  entity: FieldEntity;
  spec: FieldSpec;
  /** Where the field is in the entity, an item's index included ('skills[0].code'): its `data-field`. */
  path: string;
  value: FormValue;
  onChange: (value: FormValue) => void;
  onBlur?: () => void;
  error?: string | undefined;
  /** What a reference can name, in the reader's words (the workspace's issuers, the module's outcomes). */
  choices?: readonly Choice[];
  /** The blank choice's words, when they depend on the workspace (the issuer a module falls back to). */
  noneLabel?: string;
  /** Values the help's words take ("choose 2 of the 3 modules"). */
  helpValues?: MessageValues;
}

/**
 * One field of the field table as its form shows it: the input its kind calls for, labelled and helped by
 * the table's words, marked with its path so a finding or a comment can focus it.
 */
export function TableField(props: TableFieldProps) {
  const tr = useT();
  const { entity, spec, path, value, onChange, error } = props;
  const label = fieldLabel(tr, entity, path);
  const help = fieldHelp(tr, entity, path, props.helpValues);
  const text = typeof value === 'string' ? value : '';

  if (spec.setByReview) {
    return (
      <FieldShell label={label} {...(help !== undefined && { hint: help })}>
        {({ inputId }) => (
          <output id={inputId} data-field={path} tabIndex={-1}>
            {choiceLabel(tr, spec, text)}
          </output>
        )}
      </FieldShell>
    );
  }
  if (spec.kind === 'boolean')
    return <Checkbox path={path} label={label} checked={value === true} onChange={onChange} />;
  if (spec.many) {
    const chosen = Array.isArray(value) ? value : [];
    return (
      <Checks path={path} label={label} chosen={chosen} choices={props.choices ?? []} onChange={onChange} />
    );
  }
  if (spec.kind === 'choice' || spec.kind === 'reference') {
    const choices =
      props.choices ?? (spec.values ?? []).map((v) => ({ value: v, label: choiceLabel(tr, spec, v) }));
    return (
      <FieldShell label={label} error={error} {...(help !== undefined && { hint: help })}>
        {({ inputId, describedBy }) => (
          <select
            id={inputId}
            data-field={path}
            value={text}
            aria-invalid={error ? true : undefined}
            aria-describedby={describedBy}
            onChange={(e) => onChange(e.target.value)}
            onBlur={props.onBlur}
          >
            {!spec.required && <option value="">{props.noneLabel ?? noChoiceLabel(tr, entity, path)}</option>}
            {choices.map((choice) => (
              <option key={choice.value} value={choice.value}>
                {choice.label}
              </option>
            ))}
          </select>
        )}
      </FieldShell>
    );
  }
  const placeholderKey = `${fieldLabelKey(entity, path)}.placeholder`;
  return (
    <TextField
      label={label}
      value={text}
      onChange={onChange}
      {...(props.onBlur && { onBlur: props.onBlur })}
      error={error}
      {...(help !== undefined && { hint: help })}
      {...(spec.multiline && { multiline: true })}
      {...(tr.has(placeholderKey) && { placeholder: tr.t(placeholderKey) })}
      {...(spec.kind === 'number' && { type: 'number' as const })}
      {...(spec.required && { required: true })}
      field={path}
    />
  );
}

function Checkbox(props: {
  path: string;
  label: string;
  checked: boolean;
  onChange: (value: boolean) => void;
}) {
  const id = useId();
  return (
    <div className="field field--checkbox">
      <input
        id={id}
        data-field={props.path}
        type="checkbox"
        checked={props.checked}
        onChange={(e) => props.onChange(e.target.checked)}
      />
      <label htmlFor={id}>{props.label}</label>
    </div>
  );
}

/** A reference to several things: one check each (the outcomes an evidence demonstrates). */
function Checks(props: {
  path: string;
  label: string;
  chosen: readonly string[];
  choices: readonly Choice[];
  onChange: (value: FormValue) => void;
}) {
  const { chosen, onChange } = props;
  if (props.choices.length === 0) return null;
  return (
    <fieldset className="checks" data-field={props.path}>
      <legend>{props.label}</legend>
      {props.choices.map((choice) => (
        <label key={choice.value} className="check">
          <input
            type="checkbox"
            checked={chosen.includes(choice.value)}
            onChange={(e) =>
              onChange(
                e.target.checked ? [...chosen, choice.value] : chosen.filter((id) => id !== choice.value),
              )
            }
          />
          {choice.label}
        </label>
      ))}
    </fieldset>
  );
}
