import type { ChangeEvent } from 'react';
import { useT } from '../../app/i18n';
import { TextField } from '../../ui/fields';
import { fieldHelp, fieldLabel } from '../inspector/field-words';

/** The issuer's logo: a web address, or an image file embedded in the workspace (shown as a preview). */
export function IssuerImage({
  value,
  error,
  onChange,
}: {
  value: string;
  error: string | undefined;
  onChange: (v: string) => void;
}) {
  const tr = useT();
  const embedded = value.startsWith('data:');
  const hint = fieldHelp(tr, 'issuer', 'image');
  const choose = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    const reader = new FileReader();
    reader.onload = () => onChange(String(reader.result));
    reader.readAsDataURL(file);
  };
  return (
    <div className="issuer-image">
      {embedded ? (
        <div className="field">
          <span className="field-label">{tr.t('issuers.logo')}</span>
          <img src={value} alt={tr.t('issuers.logo.alt')} className="issuer-image__preview" />
          {error && (
            <p className="field__error" role="alert">
              {error}
            </p>
          )}
        </div>
      ) : (
        <TextField
          label={fieldLabel(tr, 'issuer', 'image')}
          value={value}
          onChange={onChange}
          error={error}
          {...(hint !== undefined && { hint })}
          field="image"
        />
      )}
      <div className="dialog__actions dialog__actions--start">
        <label className="button button--small file-button">
          {embedded ? tr.t('issuers.logo.replace') : tr.t('issuers.logo.embed')}
          <input type="file" accept="image/png,image/svg+xml,image/jpeg" onChange={choose} />
        </label>
        {value !== '' && (
          <button type="button" className="button button--quiet button--small" onClick={() => onChange('')}>
            {tr.t('issuers.logo.remove')}
          </button>
        )}
      </div>
    </div>
  );
}
