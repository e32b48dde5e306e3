import { type ReactNode, useId } from 'react';

interface FieldShellProps {
  label: string;
  error?: string | undefined;
  hint?: string;
  children: (ids: { inputId: string; describedBy: string | undefined }) => ReactNode;
}

/** A label, a control and, below it, the hint or the validation message the control is described by. */
export function FieldShell({ label, error, hint, children }: FieldShellProps) {
  const inputId = useId();
  const messageId = `${inputId}-message`;
  const message = error ?? hint;
  return (
    <div className={`field${error ? ' field--invalid' : ''}`}>
      <label htmlFor={inputId}>{label}</label>
      {children({ inputId, describedBy: message ? messageId : undefined })}
      {message && (
        <p
          id={messageId}
          className={error ? 'field__error' : 'field__hint'}
          role={error ? 'alert' : undefined}
        >
          {message}
        </p>
      )}
    </div>
  );
}

interface TextFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  onBlur?: () => void;
  error?: string | undefined;
  hint?: string;
  multiline?: boolean;
  placeholder?: string;
  type?: 'text' | 'number';
  required?: boolean;
  /** The field's path in the schema (e.g. 'credit.value'), so a QA finding can focus it. */
  field?: string | undefined;
}

export function TextField({
  label,
  value,
  onChange,
  onBlur,
  error,
  hint,
  multiline,
  placeholder,
  type,
  required,
  field,
}: TextFieldProps) {
  return (
    <FieldShell label={label} error={error} {...(hint !== undefined && { hint })}>
      {({ inputId, describedBy }) =>
        multiline ? (
          <textarea
            id={inputId}
            value={value}
            rows={3}
            data-field={field}
            placeholder={placeholder}
            aria-invalid={error ? true : undefined}
            aria-describedby={describedBy}
            onChange={(e) => onChange(e.target.value)}
            onBlur={onBlur}
          />
        ) : (
          <input
            id={inputId}
            type={type ?? 'text'}
            data-field={field}
            value={value}
            placeholder={placeholder}
            required={required}
            aria-invalid={error ? true : undefined}
            aria-describedby={describedBy}
            onChange={(e) => onChange(e.target.value)}
            onBlur={onBlur}
          />
        )
      }
    </FieldShell>
  );
}

interface SelectFieldProps<T extends string> {
  label: string;
  value: T | '';
  options: readonly T[];
  onChange: (value: T | '') => void;
  error?: string | undefined;
  /** The label of the empty choice; omit it when a value is required. */
  emptyLabel?: string;
  optionLabel?: (value: T) => string;
  field?: string | undefined;
}

export function SelectField<T extends string>({
  label,
  value,
  options,
  onChange,
  error,
  emptyLabel,
  optionLabel,
  field,
}: SelectFieldProps<T>) {
  return (
    <FieldShell label={label} error={error}>
      {({ inputId, describedBy }) => (
        <select
          id={inputId}
          data-field={field}
          value={value}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          onChange={(e) => onChange(e.target.value as T | '')}
        >
          {emptyLabel !== undefined && <option value="">{emptyLabel}</option>}
          {options.map((option) => (
            <option key={option} value={option}>
              {optionLabel ? optionLabel(option) : option}
            </option>
          ))}
        </select>
      )}
    </FieldShell>
  );
}
