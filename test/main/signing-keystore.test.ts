import { generateKeyPairSync } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import { describe, expect, it } from 'vitest';
import { controllerDocument, didKey, didKeyDocument } from '../../electron/main/signing/key-documents';
import { IssuerKeystore } from '../../electron/main/signing/keystore';
import {
  KeyStoreError,
  passphraseProtector,
  type SafeStorageLike,
  safeStorageProtector,
} from '../../electron/main/signing/protector';
import { FAST_SCRYPT } from '../fixtures/signing/workspace';
import { tempDirsPerTest } from '../support/temp-dir';

const tempDir = tempDirsPerTest();

/** Every textual form a leaked private key could take in a JSON file. */
function encodings(secret: Buffer): string[] {
  return [secret.toString('hex'), secret.toString('base64'), secret.toString('base64url')];
}

async function expectNoSecretIn(file: string, secrets: { raw: Buffer; forms: string[] }) {
  const bytes = await readFile(file);
  expect(bytes.includes(secrets.raw)).toBe(false);
  const text = bytes.toString('utf8');
  for (const form of secrets.forms) expect(text).not.toContain(form);
}

/** An in-memory stand-in for Electron safeStorage (its real encryption needs a desktop keychain). */
function fakeSafeStorage(): SafeStorageLike {
  const xor = (b: Buffer) => Buffer.from(b.map((x) => x ^ 0x5a));
  return {
    isEncryptionAvailable: () => true,
    encryptString: (text) => xor(Buffer.from(text, 'utf8')),
    decryptString: (data) => xor(data).toString('utf8'),
  };
}

describe('issuer keystore', () => {
  it('writes no private key material in clear (raw, hex, base64, base64url, multibase)', async () => {
    const dir = await tempDir();
    // The default scrypt cost, once, so the shipped parameters are exercised.
    const keystore = new IssuerKeystore(dir, passphraseProtector('correct horse'));
    const ed = generateKeyPairSync('ed25519').privateKey.export({ format: 'jwk' });
    const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ format: 'jwk' });
    await keystore.import('iss', ed);
    await keystore.import('iss', ec);
    const seed = Buffer.from(ed.d as string, 'base64url');
    const ecD = Buffer.from(ec.d as string, 'base64url');
    const multikey = await Ed25519Multikey.fromJwk({ jwk: ed as Record<string, unknown>, secretKey: true });
    const exported = (await (
      multikey as unknown as { export(o: object): Promise<{ secretKeyMultibase: string }> }
    ).export({
      secretKey: true,
    })) as { secretKeyMultibase: string };
    expect(exported.secretKeyMultibase).toMatch(/^z/);
    await expectNoSecretIn(keystore.file('iss'), {
      raw: seed,
      forms: [...encodings(seed), exported.secretKeyMultibase],
    });
    await expectNoSecretIn(keystore.file('iss'), { raw: ecD, forms: encodings(ecD) });
    const publicKeys = await keystore.publicKeys('iss');
    expect(publicKeys?.ed25519.publicKeyMultibase).toBe(multikey.publicKeyMultibase);
    expect(publicKeys?.es256?.publicKeyJwk).toEqual({ kty: 'EC', crv: 'P-256', x: ec.x, y: ec.y });
  });

  it('generates keys that it can open again to sign, and never in clear', async () => {
    const dir = await tempDir();
    const keystore = new IssuerKeystore(dir, passphraseProtector('pw', FAST_SCRYPT));
    const keys = await keystore.generate('iss');
    const pair = await keystore.ed25519Signer('iss', { id: 'did:x#k', controller: 'did:x' });
    expect(pair.publicKeyMultibase).toBe(keys.ed25519.publicKeyMultibase);
    const secret = Buffer.from((pair as unknown as { secretKey: Uint8Array }).secretKey.subarray(0, 32));
    await expectNoSecretIn(keystore.file('iss'), { raw: secret, forms: encodings(secret) });
    const text = await readFile(keystore.file('iss'), 'utf8');
    expect(JSON.parse(text).keys[0].secret).toMatchObject({
      protector: 'passphrase',
      kdf: { name: 'scrypt', N: FAST_SCRYPT.N, r: 8, p: 1 },
      cipher: 'aes-256-gcm',
    });
  });

  it('refuses a wrong passphrase, naming the key file', async () => {
    const dir = await tempDir();
    await new IssuerKeystore(dir, passphraseProtector('right', FAST_SCRYPT)).generate('iss');
    const wrong = new IssuerKeystore(dir, passphraseProtector('wrong', FAST_SCRYPT));
    const opening = wrong.ed25519Signer('iss', { id: 'did:x#k', controller: 'did:x' });
    await expect(opening).rejects.toThrow(KeyStoreError);
    await expect(opening).rejects.toThrow(
      `${wrong.file('iss')}: The passphrase does not open this key (or the key file was altered)`,
    );
  });

  it('refuses to replace keys unless asked, and to open a key sealed by the other protector', async () => {
    const dir = await tempDir();
    const safe = new IssuerKeystore(dir, safeStorageProtector(fakeSafeStorage()));
    const first = await safe.generate('iss', { es256: false });
    await expect(safe.generate('iss')).rejects.toThrow(/already has keys .*--replace/);
    const second = await safe.generate('iss', { replace: true });
    expect(second.ed25519.publicKeyMultibase).not.toBe(first.ed25519.publicKeyMultibase);
    const pair = await safe.ed25519Signer('iss', { id: 'did:x#k', controller: 'did:x' });
    expect(pair.publicKeyMultibase).toBe(second.ed25519.publicKeyMultibase);
    const cli = new IssuerKeystore(dir, passphraseProtector('pw', FAST_SCRYPT));
    await expect(cli.es256PrivateKey('iss')).rejects.toThrow(/system keychain \(Electron safeStorage\)/);
  });

  it('imports PEM keys and refuses keys it cannot sign with', async () => {
    const dir = await tempDir();
    const keystore = new IssuerKeystore(dir, passphraseProtector('pw', FAST_SCRYPT));
    const { privateKey, publicKey } = generateKeyPairSync('ed25519');
    const pem = privateKey.export({ format: 'pem', type: 'pkcs8' }) as string;
    const imported = await keystore.import('iss', pem);
    const expected = await Ed25519Multikey.fromJwk({
      jwk: publicKey.export({ format: 'jwk' }) as Record<string, unknown>,
    });
    expect(imported.ed25519.publicKeyMultibase).toBe(expected.publicKeyMultibase);
    const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({
      format: 'pem',
      type: 'pkcs8',
    });
    await expect(keystore.import('iss', rsa as string, { replace: true })).rejects.toThrow(
      'Stackwise signs with Ed25519 (Data Integrity) or P-256 (VC-JWT ES256) keys; this is a rsa key',
    );
    await expect(keystore.import('iss', 'not a key')).rejects.toThrow(
      /not an unencrypted private key in PEM or JWK/,
    );
  });

  it('exports the public key as did:key and as a controller document for the issuer URL', async () => {
    const dir = await tempDir();
    const keystore = new IssuerKeystore(dir, passphraseProtector('pw', FAST_SCRYPT));
    const keys = await keystore.generate('iss');
    const mb = keys.ed25519.publicKeyMultibase;
    expect(mb).toMatch(/^z6Mk/);
    expect(didKeyDocument(didKey(mb)).assertionMethod).toEqual([`did:key:${mb}#${mb}`]);
    const doc = await controllerDocument('https://example.edu/issuer', keys);
    expect(doc.id).toBe('https://example.edu/issuer');
    expect(doc.verificationMethod[0]).toEqual({
      id: `https://example.edu/issuer#${mb}`,
      type: 'Multikey',
      controller: 'https://example.edu/issuer',
      publicKeyMultibase: mb,
    });
    expect(doc.verificationMethod[1]?.type).toBe('JsonWebKey');
    expect(doc.assertionMethod).toEqual(doc.verificationMethod.map((m) => m.id));
    expect(JSON.stringify(doc)).not.toContain('"d"');
  });
});
