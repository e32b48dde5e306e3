import { createCipheriv, createDecipheriv, randomBytes, scrypt } from 'node:crypto';

/** A private key as stored: sealed by one protector, with everything needed to open it except the secret. */
export type SealedSecret =
  | { protector: 'safeStorage'; ciphertext: string }
  | {
      protector: 'passphrase';
      kdf: { name: 'scrypt'; N: number; r: number; p: number; salt: string };
      cipher: 'aes-256-gcm';
      nonce: string;
      tag: string;
      ciphertext: string;
    };

/** Seals and opens private keys at rest. `context` binds a sealed key to its issuer and algorithm. */
export interface KeyProtector {
  readonly kind: SealedSecret['protector'];
  seal(plaintext: Buffer, context: string): Promise<SealedSecret>;
  open(sealed: SealedSecret, context: string): Promise<Buffer>;
}

/** Why a key could not be opened or stored; the message names the file and the cause. */
export class KeyStoreError extends Error {
  constructor(
    readonly code:
      | 'keys.wrong-passphrase'
      | 'keys.protector-mismatch'
      | 'keys.no-protector'
      | 'keys.missing'
      | 'keys.exists'
      | 'keys.unsupported'
      | 'keys.corrupt',
    message: string,
  ) {
    super(message);
    this.name = 'KeyStoreError';
  }
}

/** The part of Electron's safeStorage the keystore uses (injected, so this module runs under plain Node). */
export interface SafeStorageLike {
  isEncryptionAvailable(): boolean;
  encryptString(plainText: string): Buffer;
  decryptString(encrypted: Buffer): string;
}

/** The operating system's keychain through Electron safeStorage. */
export function safeStorageProtector(safeStorage: SafeStorageLike): KeyProtector {
  return {
    kind: 'safeStorage',
    async seal(plaintext, context) {
      // safeStorage has no associated data, so the context travels inside the sealed text and is checked on open.
      const ciphertext = safeStorage.encryptString(`${context}\n${plaintext.toString('base64')}`);
      return { protector: 'safeStorage', ciphertext: ciphertext.toString('base64') };
    },
    async open(sealed, context) {
      if (sealed.protector !== 'safeStorage') throw mismatch(sealed.protector, 'safeStorage');
      const text = safeStorage.decryptString(Buffer.from(sealed.ciphertext, 'base64'));
      const newline = text.indexOf('\n');
      if (text.slice(0, newline) !== context) {
        throw new KeyStoreError(
          'keys.corrupt',
          `The sealed key belongs to ${text.slice(0, newline)}, not ${context}`,
        );
      }
      return Buffer.from(text.slice(newline + 1), 'base64');
    },
  };
}

/** scrypt cost; the default follows OWASP's recommendation for scrypt (N=2^17, r=8, p=1). */
export interface ScryptCost {
  N: number;
  r: number;
  p: number;
}
export const DEFAULT_SCRYPT_COST: ScryptCost = { N: 2 ** 17, r: 8, p: 1 };

function deriveKey(passphrase: string, salt: Buffer, cost: ScryptCost): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(
      passphrase.normalize('NFC'),
      salt,
      32,
      { ...cost, maxmem: 256 * cost.N * cost.r + 1024 * 1024 },
      (error, key) => (error ? reject(error) : resolve(key)),
    );
  });
}

/** A passphrase-derived key (scrypt) sealing with AES-256-GCM; a fresh salt and nonce for every seal. */
export function passphraseProtector(
  passphrase: string,
  cost: ScryptCost = DEFAULT_SCRYPT_COST,
): KeyProtector {
  if (passphrase.length === 0) {
    throw new KeyStoreError('keys.no-protector', 'The key passphrase is empty');
  }
  return {
    kind: 'passphrase',
    async seal(plaintext, context) {
      const salt = randomBytes(16);
      const nonce = randomBytes(12);
      const key = await deriveKey(passphrase, salt, cost);
      const cipher = createCipheriv('aes-256-gcm', key, nonce);
      cipher.setAAD(Buffer.from(context, 'utf8'));
      const ciphertext = Buffer.concat([cipher.update(plaintext), cipher.final()]);
      key.fill(0);
      return {
        protector: 'passphrase',
        kdf: { name: 'scrypt', ...cost, salt: salt.toString('base64') },
        cipher: 'aes-256-gcm',
        nonce: nonce.toString('base64'),
        tag: cipher.getAuthTag().toString('base64'),
        ciphertext: ciphertext.toString('base64'),
      };
    },
    async open(sealed, context) {
      if (sealed.protector !== 'passphrase') throw mismatch(sealed.protector, 'passphrase');
      const { N, r, p, salt } = sealed.kdf;
      const key = await deriveKey(passphrase, Buffer.from(salt, 'base64'), { N, r, p });
      const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(sealed.nonce, 'base64'));
      decipher.setAAD(Buffer.from(context, 'utf8'));
      decipher.setAuthTag(Buffer.from(sealed.tag, 'base64'));
      try {
        return Buffer.concat([decipher.update(Buffer.from(sealed.ciphertext, 'base64')), decipher.final()]);
      } catch {
        throw new KeyStoreError(
          'keys.wrong-passphrase',
          'The passphrase does not open this key (or the key file was altered)',
        );
      } finally {
        key.fill(0);
      }
    },
  };
}

function mismatch(stored: string, have: string): KeyStoreError {
  return new KeyStoreError(
    'keys.protector-mismatch',
    stored === 'safeStorage'
      ? "The key is sealed by the desktop app's system keychain (Electron safeStorage); open it from the app, the command line can open only passphrase-sealed keys"
      : `The key is sealed with a ${stored}, not with ${have === 'safeStorage' ? 'the system keychain' : 'a passphrase'}: set STACKWISE_KEY_PASSPHRASE to its passphrase`,
  );
}

/** safeStorage when the system offers it, otherwise the passphrase; says what to do when neither is there. */
export function chooseProtector(options: {
  safeStorage?: SafeStorageLike;
  passphrase?: string;
}): KeyProtector {
  if (options.safeStorage?.isEncryptionAvailable()) return safeStorageProtector(options.safeStorage);
  if (options.passphrase) return passphraseProtector(options.passphrase);
  throw new KeyStoreError(
    'keys.no-protector',
    'No way to protect issuer keys: the system keychain is not available and no passphrase was given (set STACKWISE_KEY_PASSPHRASE)',
  );
}
