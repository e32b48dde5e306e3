import {
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  type KeyObject,
  type JsonWebKey as NodeJwk,
} from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import type { JWK } from 'jose';
import { type AtomicFs, nodeAtomicFs, writeFileAtomically } from '../storage/atomic-write';
import type { IssuerPublicKeys } from './key-documents';
import { type KeyProtector, KeyStoreError, type SealedSecret } from './protector';

export const KEYSTORE_FORMAT = 'stackwise.issuer-keys';

type Algorithm = 'Ed25519' | 'ES256';

interface StoredKey {
  algorithm: Algorithm;
  createdAt: string;
  publicKeyMultibase?: string;
  publicKeyJwk?: JWK;
  secret: SealedSecret;
}

interface KeyFile {
  format: typeof KEYSTORE_FORMAT;
  version: 1;
  issuerId: string;
  keys: StoredKey[];
}

/** The public half of a private JWK: the private `d` never leaves this module. */
function publicJwk(key: KeyObject): JWK {
  const { d: _private, ...pub } = createPublicKey(key).export({ format: 'jwk' }) as JWK & { d?: string };
  return pub;
}

async function ed25519Multibase(key: KeyObject): Promise<string> {
  const pair = await Ed25519Multikey.fromJwk({ jwk: publicJwk(key) });
  return pair.publicKeyMultibase;
}

function algorithmOf(key: KeyObject): Algorithm {
  if (key.asymmetricKeyType === 'ed25519') return 'Ed25519';
  if (key.asymmetricKeyType === 'ec' && key.asymmetricKeyDetails?.namedCurve === 'prime256v1') return 'ES256';
  throw new KeyStoreError(
    'keys.unsupported',
    `Stackwise signs with Ed25519 (Data Integrity) or P-256 (VC-JWT ES256) keys; this is a ${key.asymmetricKeyType ?? 'unknown'}${key.asymmetricKeyDetails?.namedCurve ? ` ${key.asymmetricKeyDetails.namedCurve}` : ''} key`,
  );
}

/** Reads a private key given as PEM (PKCS#8 or SEC1) or as a JWK (object or JSON text). */
export function parsePrivateKey(input: string | JWK): KeyObject {
  try {
    if (typeof input === 'object') return createPrivateKey({ key: input as NodeJwk, format: 'jwk' });
    const text = input.trim();
    if (text.startsWith('-----BEGIN')) return createPrivateKey(text);
    return createPrivateKey({ key: JSON.parse(text) as NodeJwk, format: 'jwk' });
  } catch (e) {
    throw new KeyStoreError(
      'keys.unsupported',
      `This is not an unencrypted private key in PEM or JWK form: ${e instanceof Error ? e.message : String(e)}`,
    );
  }
}

/**
 * Issuer signing keys, one file per issuer in `<dataDir>/keys/`, each private key sealed by the
 * protector. Private keys are opened only to sign, inside the main process; the methods that return
 * anything to a caller return public keys only.
 */
export class IssuerKeystore {
  readonly dir: string;

  constructor(
    dataDir: string,
    private readonly protector: KeyProtector,
    private readonly now: () => Date = () => new Date(),
    private readonly fs: AtomicFs = nodeAtomicFs,
  ) {
    this.dir = join(dataDir, 'keys');
  }

  file(issuerId: string): string {
    if (!/^[A-Za-z0-9_-]{1,64}$/.test(issuerId)) {
      throw new KeyStoreError('keys.unsupported', `Issuer id ${issuerId} is not a valid id`);
    }
    return join(this.dir, `${issuerId}.json`);
  }

  /** A new Ed25519 key (and a P-256 key for VC-JWT unless `es256` is false). Refuses to replace keys unless asked. */
  async generate(
    issuerId: string,
    options: { es256?: boolean; replace?: boolean } = {},
  ): Promise<IssuerPublicKeys> {
    const existing = await this.readFile(issuerId);
    if (existing && !options.replace) {
      throw new KeyStoreError(
        'keys.exists',
        `Issuer ${issuerId} already has keys (${this.file(issuerId)}); replacing them makes the badge definitions it already published unverifiable, so replace them only on purpose (--replace)`,
      );
    }
    const keys = [generateKeyPairSync('ed25519').privateKey];
    if (options.es256 !== false) keys.push(generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey);
    const stored = await Promise.all(keys.map((key) => this.seal(issuerId, key)));
    await this.writeFile({ format: KEYSTORE_FORMAT, version: 1, issuerId, keys: stored });
    return this.describe(issuerId, stored);
  }

  /** Imports a private key (PEM or JWK): Ed25519 becomes the issuer's signing key, P-256 its VC-JWT key. */
  async import(
    issuerId: string,
    privateKey: string | JWK,
    options: { replace?: boolean } = {},
  ): Promise<IssuerPublicKeys> {
    const key = parsePrivateKey(privateKey);
    const algorithm = algorithmOf(key);
    const existing = await this.readFile(issuerId);
    if (existing?.keys.some((k) => k.algorithm === algorithm) && !options.replace) {
      throw new KeyStoreError(
        'keys.exists',
        `Issuer ${issuerId} already has an ${algorithm} key (${this.file(issuerId)}); replace it only on purpose (--replace)`,
      );
    }
    if (!existing && algorithm !== 'Ed25519') {
      throw new KeyStoreError(
        'keys.missing',
        `Issuer ${issuerId} has no Ed25519 key yet: import or generate the Ed25519 signing key before a P-256 (VC-JWT) key`,
      );
    }
    const stored = [
      ...(existing?.keys.filter((k) => k.algorithm !== algorithm) ?? []),
      await this.seal(issuerId, key),
    ];
    await this.writeFile({ format: KEYSTORE_FORMAT, version: 1, issuerId, keys: stored });
    return this.describe(issuerId, stored);
  }

  /** The issuer's public keys, or undefined when it has none. Never opens a private key. */
  async publicKeys(issuerId: string): Promise<IssuerPublicKeys | undefined> {
    const file = await this.readFile(issuerId);
    return file ? this.describe(issuerId, file.keys) : undefined;
  }

  /** Main process only: the issuer's Ed25519 key pair, able to sign, with the given verification method id. */
  async ed25519Signer(issuerId: string, verificationMethod: { id: string; controller: string }) {
    const key = await this.open(issuerId, 'Ed25519');
    const jwk = key.export({ format: 'jwk' }) as JWK;
    return Ed25519Multikey.fromJwk({ jwk, secretKey: true, ...verificationMethod });
  }

  /** Main process only: the issuer's P-256 private key for VC-JWT. */
  async es256PrivateKey(issuerId: string): Promise<KeyObject> {
    return this.open(issuerId, 'ES256');
  }

  private context(issuerId: string, algorithm: Algorithm): string {
    return `${KEYSTORE_FORMAT}/v1/${issuerId}/${algorithm}`;
  }

  private async seal(issuerId: string, key: KeyObject): Promise<StoredKey> {
    const algorithm = algorithmOf(key);
    const der = key.export({ format: 'der', type: 'pkcs8' });
    try {
      const secret = await this.protector.seal(der, this.context(issuerId, algorithm));
      return {
        algorithm,
        createdAt: this.now().toISOString(),
        ...(algorithm === 'Ed25519'
          ? { publicKeyMultibase: await ed25519Multibase(key) }
          : { publicKeyJwk: publicJwk(key) }),
        secret,
      };
    } finally {
      der.fill(0);
    }
  }

  private async open(issuerId: string, algorithm: Algorithm): Promise<KeyObject> {
    const file = await this.readFile(issuerId);
    const stored = file?.keys.find((k) => k.algorithm === algorithm);
    if (!stored) {
      throw new KeyStoreError(
        'keys.missing',
        `Issuer ${issuerId} has no ${algorithm} key in ${this.file(issuerId)}: generate or import one first (stackwise keys generate --issuer ${issuerId})`,
      );
    }
    let der: Buffer;
    try {
      der = await this.protector.open(stored.secret, this.context(issuerId, algorithm));
    } catch (e) {
      if (e instanceof KeyStoreError) {
        throw new KeyStoreError(e.code, `${this.file(issuerId)}: ${e.message}`);
      }
      throw e;
    }
    try {
      return createPrivateKey({ key: der, format: 'der', type: 'pkcs8' });
    } finally {
      der.fill(0);
    }
  }

  private async describe(issuerId: string, keys: StoredKey[]): Promise<IssuerPublicKeys> {
    const ed = keys.find((k) => k.algorithm === 'Ed25519');
    const es = keys.find((k) => k.algorithm === 'ES256');
    if (!ed?.publicKeyMultibase) {
      throw new KeyStoreError('keys.corrupt', `${this.file(issuerId)} has no Ed25519 public key`);
    }
    return {
      issuerId,
      ed25519: { publicKeyMultibase: ed.publicKeyMultibase },
      ...(es?.publicKeyJwk ? { es256: { publicKeyJwk: es.publicKeyJwk } } : {}),
    };
  }

  private async readFile(issuerId: string): Promise<KeyFile | undefined> {
    const path = this.file(issuerId);
    let text: string;
    try {
      text = await readFile(path, 'utf8');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw e;
    }
    let parsed: KeyFile;
    try {
      parsed = JSON.parse(text) as KeyFile;
    } catch (e) {
      throw new KeyStoreError('keys.corrupt', `${path} is not valid JSON: ${(e as Error).message}`);
    }
    if (parsed.format !== KEYSTORE_FORMAT || parsed.issuerId !== issuerId || !Array.isArray(parsed.keys)) {
      throw new KeyStoreError('keys.corrupt', `${path} is not the Stackwise key file of issuer ${issuerId}`);
    }
    return parsed;
  }

  private async writeFile(file: KeyFile): Promise<void> {
    await mkdir(this.dir, { recursive: true, mode: 0o700 });
    // Private keys: readable by the user alone from the first byte, fsynced before they replace the old file.
    await writeFileAtomically(this.file(file.issuerId), `${JSON.stringify(file, null, 2)}\n`, {
      mode: 0o600,
      fs: this.fs,
    });
  }
}
