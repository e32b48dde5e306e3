import type { IssuerKeyInfo } from '@shared/contract/commands';
import type { AppError } from '@shared/contract/errors';
import type { Issuer } from '@shared/schemas/issuer';
import { useEffect, useState } from 'react';
import { call } from '../../app/api';
import { useT } from '../../app/i18n';
import { downloadText } from '../../ui/download';
import { ErrorCallout } from '../../ui/ErrorCallout';
import { TextField } from '../../ui/fields';

interface IssuerKeysProps {
  issuer: Issuer;
  error: AppError | null;
  onError: (error: AppError | null) => void;
}

/** The issuer's signing key: generate or import it (kept in main, encrypted), show and export its public part. */
export function IssuerKeys({ issuer, error, onError }: IssuerKeysProps) {
  const tr = useT();
  const [info, setInfo] = useState<IssuerKeyInfo | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [importing, setImporting] = useState(false);
  const [privateKey, setPrivateKey] = useState('');
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    onError(null);
    void call('issuer.keyInfo', { issuerId: issuer.id }).then((r) =>
      r.ok ? setInfo(r.value) : onError(r.error),
    );
  }, [issuer.id, onError]);

  const secret = info?.protection === 'passphrase' && passphrase !== '' ? { passphrase } : {};
  const run = async (work: () => ReturnType<typeof call<'issuer.generateKey'>>) => {
    setBusy(true);
    onError(null);
    const result = await work();
    setBusy(false);
    if (result.ok) {
      setInfo(result.value);
      setImporting(false);
      setPrivateKey('');
    } else onError(result.error);
  };
  const exportDocument = async () => {
    const result = await call('issuer.publicDocument', { issuerId: issuer.id });
    if (result.ok) downloadText(result.value.fileName, result.value.text);
    else onError(result.error);
  };

  return (
    <section className="form-section" aria-labelledby="issuer-keys-title">
      <h3 id="issuer-keys-title">{tr.t('issuers.keys.title')}</h3>
      {info === null ? (
        <p className="empty">{tr.t('issuers.keys.reading')}</p>
      ) : info.ed25519Multibase ? (
        <dl className="facts">
          <dt>{tr.t('issuers.keys.publicKey')}</dt>
          <dd>
            <code data-testid="public-key">{info.ed25519Multibase}</code>
          </dd>
          <dt>{tr.t('issuers.keys.didKey')}</dt>
          <dd>
            <code>{info.didKey}</code>
          </dd>
          <dt>{tr.t('issuers.keys.jwtKey')}</dt>
          <dd>{info.hasEs256 ? tr.t('issuers.keys.yes') : tr.t('issuers.keys.no')}</dd>
        </dl>
      ) : (
        <p>{tr.t('issuers.keys.none')}</p>
      )}
      {info && (
        <p className="field__hint">
          {info.protection === 'system-keychain'
            ? tr.t('issuers.keys.keychain')
            : tr.t('issuers.keys.passphraseProtected')}
        </p>
      )}
      {info?.protection === 'passphrase' && (
        <div className="field">
          <label htmlFor="key-passphrase">{tr.t('issuers.keys.passphrase')}</label>
          <input
            id="key-passphrase"
            type="password"
            autoComplete="new-password"
            value={passphrase}
            onChange={(e) => setPassphrase(e.target.value)}
          />
        </div>
      )}
      {importing && (
        <TextField
          label={tr.t('issuers.keys.privateKey')}
          multiline
          value={privateKey}
          onChange={setPrivateKey}
          hint={tr.t('issuers.keys.privateKeyHint')}
        />
      )}
      {error && <ErrorCallout error={error} />}
      <div className="dialog__actions dialog__actions--start">
        {!info?.ed25519Multibase && !importing && (
          <button
            type="button"
            className="button button--primary"
            disabled={busy}
            onClick={() => void run(() => call('issuer.generateKey', { issuerId: issuer.id, ...secret }))}
          >
            {tr.t('issuers.keys.generate')}
          </button>
        )}
        {importing ? (
          <button
            type="button"
            className="button button--primary"
            disabled={busy || privateKey.trim() === ''}
            onClick={() =>
              void run(() => call('issuer.importKey', { issuerId: issuer.id, privateKey, ...secret }))
            }
          >
            {tr.t('issuers.keys.importThis')}
          </button>
        ) : (
          <button type="button" className="button" onClick={() => setImporting(true)}>
            {tr.t('issuers.keys.import')}
          </button>
        )}
        {info?.ed25519Multibase && (
          <button type="button" className="button" onClick={() => void exportDocument()}>
            {tr.t('issuers.keys.exportDocument')}
          </button>
        )}
      </div>
    </section>
  );
}
