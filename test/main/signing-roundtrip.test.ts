import { readdir, readFile, writeFile } from 'node:fs/promises';
import net from 'node:net';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { exportPathwayBadges } from '../../electron/main/signing/badge-export';
import { IssuerKeystore } from '../../electron/main/signing/keystore';
import { passphraseProtector } from '../../electron/main/signing/protector';
import { obValidators } from '../../electron/main/signing/schemas';
import { signDataIntegrity, signingIdentity } from '../../electron/main/signing/sign';
import { type FileVerdict, verifyBadgeFiles } from '../../electron/main/signing/verify';
import { writeFolderAtomically } from '../../electron/main/storage/atomic-write';
import { FAST_SCRYPT, SIGNED_AT, signingWorkspace } from '../fixtures/signing/workspace';
import { tempDirsPerTest } from '../support/temp-dir';

const tempDir = tempDirsPerTest();
const LATER = new Date('2026-12-01T00:00:00Z');
const PBL = 'TE-PBL-01-v1.0.0';

async function signedFolder(options: { issuerUrl?: string | null; vcJwt?: boolean } = {}) {
  const dir = await tempDir();
  const keystore = new IssuerKeystore(dir, passphraseProtector('pw', FAST_SCRYPT));
  await keystore.generate('iss-kteu');
  const workspace = signingWorkspace(options.issuerUrl);
  const outDir = join(dir, 'badges');
  const result = await exportPathwayBadges({
    workspace,
    pathwayId: 'path-die',
    keystore,
    outDir,
    now: SIGNED_AT,
    vcJwt: options.vcJwt ?? false,
  });
  return { dir, keystore, workspace, outDir, result };
}

async function readJson(file: string) {
  return JSON.parse(await readFile(file, 'utf8'));
}

function verdictOf(verdicts: FileVerdict[], name: string): FileVerdict {
  const verdict = verdicts.find((v) => v.file.endsWith(`/${name}`));
  if (!verdict) throw new Error(`no verdict for ${name}`);
  return verdict;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('sign then verify', () => {
  it('writes an achievement, a signed endorsement per definition and the controller document, all valid', async () => {
    const { outDir, result } = await signedFolder();
    expect((await readdir(outDir)).sort()).toEqual([...result.files].sort());
    expect(result.files).toContain(`${PBL}.achievement.json`);
    expect(result.files).toContain('issuer-iss-kteu.controller.json');
    const credential = await readJson(join(outDir, `${PBL}.endorsement.json`));
    expect(credential.proof).toMatchObject({
      type: 'DataIntegrityProof',
      cryptosuite: 'eddsa-rdfc-2022',
      proofPurpose: 'assertionMethod',
      created: '2026-11-23T10:00:00Z',
      verificationMethod: expect.stringMatching(/^https:\/\/kteu\.example\.edu\/issuer#z6Mk/),
      proofValue: expect.stringMatching(/^z/),
    });
    const verdicts = await verifyBadgeFiles(outDir, { now: LATER });
    expect(verdicts.filter((v) => !v.ok)).toEqual([]);
    expect(verdicts).toHaveLength(9);
  });

  it('signs as a did:key issuer when the issuer has no web address', async () => {
    const { outDir, result, keystore } = await signedFolder({ issuerUrl: null });
    expect(result.files.some((f) => f.endsWith('.controller.json'))).toBe(false);
    const credential = await readJson(join(outDir, `${PBL}.endorsement.json`));
    const mb = (await keystore.publicKeys('iss-kteu'))?.ed25519.publicKeyMultibase;
    expect(credential.issuer.id).toBe(`did:key:${mb}`);
    expect(credential.proof.verificationMethod).toBe(`did:key:${mb}#${mb}`);
    const verdicts = await verifyBadgeFiles(outDir, { now: LATER });
    expect(verdicts.every((v) => v.ok)).toBe(true);
  });

  it('gives the same proof value for the same definition, key and created date', async () => {
    const { outDir, keystore, workspace } = await signedFolder();
    const signed = await readJson(join(outDir, `${PBL}.endorsement.json`));
    const { proof, ...unsigned } = signed;
    const issuer = workspace.issuers[0];
    const keys = await keystore.publicKeys('iss-kteu');
    if (!issuer || !keys) throw new Error('fixture');
    const again = await signDataIntegrity(
      unsigned,
      keystore,
      await signingIdentity(issuer, keys),
      proof.created,
    );
    expect(again.proof.proofValue).toBe(proof.proofValue);
  });
});

describe('tampering is detected', () => {
  it('one changed field of the achievement file fails its digest, naming the file', async () => {
    const { outDir } = await signedFolder();
    const file = join(outDir, `${PBL}.achievement.json`);
    const achievement = await readJson(file);
    achievement.creditsAvailable = 50;
    await writeFile(file, `${JSON.stringify(achievement, null, 2)}\n`);
    const verdicts = await verifyBadgeFiles(outDir, { now: LATER });
    const endorsement = verdictOf(verdicts, `${PBL}.endorsement.json`);
    expect(endorsement.ok).toBe(false);
    expect(endorsement.problems).toEqual([
      {
        check: 'digest',
        code: 'changed',
        params: {
          file: `${PBL}.achievement.json`,
          actual: expect.stringMatching(/^sha384-\S+$/),
          expected: expect.stringMatching(/^sha384-\S+$/),
        },
      },
    ]);
    const { actual, expected } = endorsement.problems[0]?.params ?? {};
    expect(actual).not.toBe(expected);
    const tampered = verdictOf(verdicts, `${PBL}.achievement.json`);
    expect(tampered.ok).toBe(false);
    expect(tampered.problems[0]).toEqual({ check: 'digest', code: 'unvouched', params: { digest: actual } });
    expect(verdictOf(verdicts, 'TE-DA-02-v1.0.0.achievement.json').ok).toBe(true);
  });

  it('one byte of whitespace in the achievement file is detected too', async () => {
    const { outDir } = await signedFolder();
    const file = join(outDir, `${PBL}.achievement.json`);
    await writeFile(file, `${await readFile(file, 'utf8')} `);
    const verdicts = await verifyBadgeFiles(join(outDir, `${PBL}.endorsement.json`), { now: LATER });
    expect(verdicts).toHaveLength(1);
    expect(verdicts[0]?.problems.map((p) => p.check)).toEqual(['digest']);
  });

  it('a changed field of the credential, its proof value or its key fails the proof', async () => {
    const { outDir } = await signedFolder();
    const file = join(outDir, `${PBL}.endorsement.json`);
    const original = await readJson(file);
    const cases: [string, (c: any) => void][] = [
      [
        'comment',
        (c) => {
          c.credentialSubject.endorsementComment += ' (approved)';
        },
      ],
      [
        'issuer name',
        (c) => {
          c.issuer.name = 'Another University';
        },
      ],
      [
        'proof value',
        (c) => {
          c.proof.proofValue = `${c.proof.proofValue.slice(0, -2)}11`;
        },
      ],
    ];
    for (const [, change] of cases) {
      const copy = structuredClone(original);
      change(copy);
      await writeFile(file, JSON.stringify(copy));
      const [verdict] = await verifyBadgeFiles(file, { now: LATER });
      expect(verdict?.ok).toBe(false);
      expect(verdict?.problems).toEqual([{ check: 'proof', code: 'mismatch', params: {} }]);
    }
  });

  it('a key that is not the issuer key fails the key check', async () => {
    const { outDir } = await signedFolder();
    const controllerFile = join(outDir, 'issuer-iss-kteu.controller.json');
    const other = await signedFolder();
    // The issuer's published controller document now lists another key: the signature no longer resolves.
    await writeFile(controllerFile, await readFile(join(other.outDir, 'issuer-iss-kteu.controller.json')));
    const [verdict] = await verifyBadgeFiles(join(outDir, `${PBL}.endorsement.json`), { now: LATER });
    expect(verdict?.problems).toEqual([
      {
        check: 'key',
        code: 'not-listed',
        params: {
          controller: 'https://kteu.example.edu/issuer',
          key: expect.stringMatching(/^https:\/\/kteu\.example\.edu\/issuer#z6Mk/),
        },
      },
    ]);
  });

  it('a credential whose issuer is not the key controller fails, as does a missing controller document', async () => {
    const { outDir } = await signedFolder();
    const file = join(outDir, `${PBL}.endorsement.json`);
    const credential = await readJson(file);
    credential.issuer.id = 'https://impostor.example/issuer';
    await writeFile(file, JSON.stringify(credential));
    const [verdict] = await verifyBadgeFiles(file, { now: LATER });
    expect(verdict?.problems[0]).toEqual({
      check: 'key',
      code: 'not-issuers',
      params: {
        key: expect.stringMatching(/^https:\/\/kteu\.example\.edu\/issuer#/),
        issuer: 'https://impostor.example/issuer',
      },
    });
    const lone = await signedFolder();
    const { rm } = await import('node:fs/promises');
    await rm(join(lone.outDir, 'issuer-iss-kteu.controller.json'));
    const [missing] = await verifyBadgeFiles(join(lone.outDir, `${PBL}.endorsement.json`), { now: LATER });
    expect(missing?.problems[0]).toEqual({
      check: 'key',
      code: 'unresolved',
      params: { key: expect.stringMatching(/#z6Mk/), controller: 'https://kteu.example.edu/issuer' },
    });
  });

  it('an added term the contexts do not define is refused by JSON-LD safe mode', async () => {
    const { outDir } = await signedFolder();
    const file = join(outDir, `${PBL}.endorsement.json`);
    const credential = await readJson(file);
    credential.approvedBy = 'someone';
    await writeFile(file, JSON.stringify(credential));
    const [verdict] = await verifyBadgeFiles(file, { now: LATER });
    expect(verdict?.ok).toBe(false);
    expect(verdict?.problems).toContainEqual({
      check: 'json-ld',
      code: 'unsafe',
      params: { detail: expect.stringMatching(/approvedBy/) },
    });
  });

  it('checks dates: a credential is not valid before its validFrom', async () => {
    const { outDir } = await signedFolder();
    const [early] = await verifyBadgeFiles(join(outDir, `${PBL}.endorsement.json`), {
      now: new Date('2026-01-01T00:00:00Z'),
    });
    expect(early?.problems).toContainEqual({
      check: 'dates',
      code: 'not-yet-valid',
      params: { validFrom: '2026-11-23T10:00:00Z' },
    });
  });
});

describe('standards conformance', () => {
  it('every exported file validates against the bundled official 1EdTech schemas', async () => {
    const { outDir, result } = await signedFolder();
    const { achievement, endorsementCredential, profile } = obValidators();
    for (const name of result.files) {
      const doc = await readJson(join(outDir, name));
      if (name.endsWith('.achievement.json')) {
        expect(achievement(doc), JSON.stringify(achievement.errors)).toBe(true);
        expect(profile(doc.creator), JSON.stringify(profile.errors)).toBe(true);
      }
      if (name.endsWith('.endorsement.json')) {
        expect(endorsementCredential(doc), JSON.stringify(endorsementCredential.errors)).toBe(true);
        expect(profile(doc.issuer), JSON.stringify(profile.errors)).toBe(true);
      }
    }
  });

  it('reports a schema violation with its path', async () => {
    const { outDir } = await signedFolder();
    const file = join(outDir, `${PBL}.endorsement.json`);
    const credential = await readJson(file);
    credential.credentialSubject.type = ['Subject'];
    await writeFile(file, JSON.stringify(credential));
    const [verdict] = await verifyBadgeFiles(file, { now: LATER });
    expect(verdict?.problems).toContainEqual({
      check: 'schema',
      code: 'violation',
      params: { path: '/credentialSubject/type', detail: 'must contain at least 1 valid item(s)' },
    });
  });
});

describe('offline', () => {
  it('signs and verifies without any network access', async () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    const connectSpy = vi.spyOn(net.Socket.prototype, 'connect');
    const { outDir } = await signedFolder({ vcJwt: true });
    const verdicts = await verifyBadgeFiles(outDir, { now: LATER });
    expect(verdicts.every((v) => v.ok)).toBe(true);
    expect(fetchSpy).not.toHaveBeenCalled();
    expect(connectSpy).not.toHaveBeenCalled();
  });

  it('refuses a context it does not bundle, with a clear error and no fetch', async () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    const connectSpy = vi.spyOn(net.Socket.prototype, 'connect');
    const { outDir, keystore, workspace } = await signedFolder();
    const { proof: _proof, ...unsigned } = await readJson(join(outDir, `${PBL}.endorsement.json`));
    unsigned['@context'] = [...unsigned['@context'], 'https://example.org/contexts/unknown.jsonld'];
    const issuer = workspace.issuers[0];
    const keys = await keystore.publicKeys('iss-kteu');
    if (!issuer || !keys) throw new Error('fixture');
    const signing = signDataIntegrity(
      unsigned,
      keystore,
      await signingIdentity(issuer, keys),
      '2026-11-23T10:00:00Z',
    );
    await expect(signing).rejects.toThrow(
      /Stackwise works offline and does not fetch https:\/\/example\.org\/contexts\/unknown\.jsonld/,
    );
    expect(fetchSpy).not.toHaveBeenCalled();
    expect(connectSpy).not.toHaveBeenCalled();
  });
});

describe('VC-JWT (ES256)', () => {
  it('signs each endorsement as a JWT with the OB 3.0 claims, which verifies', async () => {
    const { outDir } = await signedFolder({ vcJwt: true });
    const token = (await readFile(join(outDir, `${PBL}.endorsement.jwt`), 'utf8')).trim();
    const [header, payload] = token
      .split('.')
      .slice(0, 2)
      .map((p) => JSON.parse(Buffer.from(p, 'base64url').toString('utf8')));
    expect(header).toMatchObject({
      alg: 'ES256',
      typ: 'JWT',
      kid: expect.stringMatching(/^https:\/\/kteu\.example\.edu\/issuer#/),
    });
    expect(payload).toMatchObject({
      iss: 'https://kteu.example.edu/issuer',
      jti: payload.id,
      sub: payload.credentialSubject.id,
      nbf: Date.parse('2026-11-23T10:00:00Z') / 1000,
    });
    const [verdict] = await verifyBadgeFiles(join(outDir, `${PBL}.endorsement.jwt`), { now: LATER });
    expect(verdict).toMatchObject({ ok: true, kind: 'endorsement-jwt' });
  });

  it('detects a changed JWT payload', async () => {
    const { outDir } = await signedFolder({ vcJwt: true });
    const file = join(outDir, `${PBL}.endorsement.jwt`);
    const [h, p, s] = (await readFile(file, 'utf8')).trim().split('.');
    const payload = JSON.parse(Buffer.from(p as string, 'base64url').toString('utf8'));
    payload.credentialSubject.endorsementComment = 'Definition of something else';
    await writeFile(file, [h, Buffer.from(JSON.stringify(payload)).toString('base64url'), s].join('.'));
    const [verdict] = await verifyBadgeFiles(file, { now: LATER });
    expect(verdict?.problems).toEqual([{ check: 'proof', code: 'jwt-mismatch', params: {} }]);
  });
});

describe('safe mode when signing', () => {
  it('refuses to sign a credential with a term no context defines', async () => {
    const { outDir, keystore, workspace } = await signedFolder();
    const { proof: _proof, ...unsigned } = await readJson(join(outDir, `${PBL}.endorsement.json`));
    unsigned.reviewNote = 'not in any context';
    const issuer = workspace.issuers[0];
    const keys = await keystore.publicKeys('iss-kteu');
    if (!issuer || !keys) throw new Error('fixture');
    await expect(
      signDataIntegrity(unsigned, keystore, await signingIdentity(issuer, keys), '2026-11-23T10:00:00Z'),
    ).rejects.toThrow(
      'The credential cannot be signed, it is not valid JSON-LD in safe mode: "reviewNote": Dropping property that did not expand into an absolute IRI or keyword.',
    );
  });
});

describe('atomic output folder', () => {
  it('leaves nothing behind when a write fails, and keeps an existing folder', async () => {
    const dir = await tempDir();
    const outDir = join(dir, 'out');
    const files = new Map([
      ['a.json', '{}\n'],
      ['missing-folder/b.json', '{}\n'],
    ]);
    const missing = `Cannot write ${join(outDir, 'missing-folder', 'b.json')}: the folder ${join(outDir, 'missing-folder')} does not exist`;
    await expect(writeFolderAtomically(outDir, files)).rejects.toThrow(missing);
    expect(await readdir(dir)).toEqual([]);
    await writeFolderAtomically(outDir, new Map([['kept.json', '{}\n']]));
    await expect(writeFolderAtomically(outDir, new Map([['new.json', '{}\n']]))).rejects.toThrow(
      `Cannot write ${outDir}: it already exists and is not empty`,
    );
    await expect(writeFolderAtomically(outDir, files, { replace: true })).rejects.toThrow(missing);
    expect(await readdir(outDir)).toEqual(['kept.json']);
    expect(await readdir(dir)).toEqual(['out']);
  });
});
