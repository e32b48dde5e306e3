import { useT } from '../../app/i18n';

/** The issuer key's passphrase, asked only where the system keychain is missing (the browser host). */
export function PassphraseField({
  id,
  value,
  onChange,
}: {
  id: string;
  value: string;
  onChange: (v: string) => void;
}) {
  const tr = useT();
  return (
    <div className="field">
      <label htmlFor={id}>{tr.t('export.passphrase')}</label>
      <input
        id={id}
        type="password"
        autoComplete="current-password"
        value={value}
        onChange={(e) => onChange(e.target.value)}
      />
    </div>
  );
}
