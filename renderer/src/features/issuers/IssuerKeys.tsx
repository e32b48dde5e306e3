import type { IssuerKeyInfo } from '@shared/contract/commands';
import type { AppError } from '@shared/contract/errors';
import type { Issuer } from '@shared/schemas/issuer';
import { useEffect, useState } from 'react';
import { call } from '../../app/api';
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
      <h3 id="issuer-keys-title">Signing key</h3>
      {info === null ? (
        <p className="empty">Reading keys…</p>
      ) : info.ed25519Multibase ? (
        <dl className="facts">
          <dt>Public key (Multikey)</dt>
          <dd>
            <code data-testid="public-key">{info.ed25519Multibase}</code>
          </dd>
          <dt>did:key</dt>
          <dd>
            <code>{info.didKey}</code>
          </dd>
          <dt>VC-JWT key (ES256)</dt>
          <dd>{info.hasEs256 ? 'Yes' : 'No'}</dd>
        </dl>
      ) : (
        <p>This issuer has no signing key yet. Badge definitions cannot be signed until it has one.</p>
      )}
      {info && (
        <p className="field__hint">
          {info.protection === 'system-keychain'
            ? 'The private key is encrypted with this computer’s keychain and never leaves the app’s main process.'
            : 'The private key is encrypted with your passphrase (scrypt and AES-GCM) and never leaves the app’s main process.'}
        </p>
      )}
      {info?.protection === 'passphrase' && (
        <div className="field">
          <label htmlFor="key-passphrase">Key passphrase</label>
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
          label="Private key (PEM or JWK)"
          multiline
          value={privateKey}
          onChange={setPrivateKey}
          hint="An Ed25519 key; a P-256 key adds VC-JWT signing"
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
            Generate key
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
            Import this key
          </button>
        ) : (
          <button type="button" className="button" onClick={() => setImporting(true)}>
            Import a key…
          </button>
        )}
        {info?.ed25519Multibase && (
          <button type="button" className="button" onClick={() => void exportDocument()}>
            Export public key document
          </button>
        )}
      </div>
    </section>
  );
}
