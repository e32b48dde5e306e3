import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PackageError } from '../../electron/main/package/errors';
import { readPackageDesign } from '../../electron/main/package/import';
import { type PackageReport, verifyPackage } from '../../electron/main/package/verify';
import { IssuerKeystore } from '../../electron/main/signing/keystore';
import { passphraseProtector } from '../../electron/main/signing/protector';
import { signDataIntegrity, signingIdentity } from '../../electron/main/signing/sign';
import { signedPackage, VERIFIED_AT } from '../fixtures/package/signed-package';
import { rewritePackage } from '../fixtures/package/zip-files';
import { FAST_SCRYPT } from '../fixtures/signing/workspace';
import { tempDirsPerTest } from '../support/temp-dir';

const tempDir = tempDirsPerTest();
const PBL_ACHIEVEMENT = 'badges/TE-PBL-01-v1.0.0.achievement.json';

/** A package whose entries `edit` changed after signing, and its report. */
async function tampered(edit: (entries: Map<string, Buffer>) => void) {
  const dir = await tempDir();
  const { outFile } = await signedPackage(dir);
  const changed = join(dir, 'tampered.zip');
  await rewritePackage(outFile, changed, edit);
  return { file: changed, report: await verifyPackage(changed, { now: VERIFIED_AT }) };
}

function flipOneByte(entries: Map<string, Buffer>, name: string, at: (bytes: Buffer) => number) {
  const bytes = Buffer.from(entries.get(name) as Buffer);
  const index = at(bytes);
  bytes[index] = (bytes[index] as number) ^ 0x20;
  entries.set(name, bytes);
}

const notIntact = (report: PackageReport) =>
  report.files.filter((f) => f.status !== 'intact').map((f) => `${f.status} ${f.path}`);
const failingBadges = (report: PackageReport) => report.badges.filter((b) => !b.ok).map((b) => b.file);

describe('a package changed after signing is reported precisely', () => {
  it('one byte of the PDF: the specification is changed, nothing else', async () => {
    const { report } = await tampered((entries) =>
      flipOneByte(entries, 'specification.pdf', (b) => Math.floor(b.length / 2)),
    );
    expect(report.ok).toBe(false);
    expect(report.manifest.valid).toBe(true);
    expect(notIntact(report)).toEqual(['changed specification.pdf']);
    const changed = report.files.find((f) => f.path === 'specification.pdf');
    expect(changed?.params).toEqual({
      actual: expect.stringMatching(/^sha384-\S+$/),
      expected: expect.stringMatching(/^sha384-\S+$/),
    });
    expect(changed?.params.actual).not.toBe(changed?.params.expected);
    expect(failingBadges(report)).toEqual([]);
  });

  it('one byte of a badge definition: changed in the manifest, and its endorsement no longer vouches for it', async () => {
    const { report } = await tampered((entries) =>
      flipOneByte(entries, PBL_ACHIEVEMENT, (b) => b.indexOf('Designing Project')),
    );
    expect(report.ok).toBe(false);
    expect(report.manifest.valid).toBe(true);
    expect(notIntact(report)).toEqual([`changed ${PBL_ACHIEVEMENT}`]);
    expect(failingBadges(report).sort()).toEqual([
      PBL_ACHIEVEMENT,
      'badges/TE-PBL-01-v1.0.0.endorsement.json',
    ]);
    const endorsement = report.badges.find((b) => b.file === 'badges/TE-PBL-01-v1.0.0.endorsement.json');
    expect(endorsement?.problems[0]).toMatchObject({
      check: 'digest',
      code: 'changed',
      params: { file: 'TE-PBL-01-v1.0.0.achievement.json' },
    });
  });

  it('one byte of the manifest: its signature no longer matches', async () => {
    const { report } = await tampered((entries) =>
      flipOneByte(entries, 'manifest.json', (b) => b.indexOf('Data-Informed Educator')),
    );
    expect(report.ok).toBe(false);
    expect(report.manifest.valid).toBe(false);
    expect(report.manifest.problems).toEqual([{ code: 'mismatch', params: {} }]);
    expect(notIntact(report)).toEqual([]);
  });

  it('a removed file is missing', async () => {
    const { report } = await tampered((entries) => entries.delete('qa-report.json'));
    expect(report.ok).toBe(false);
    expect(report.manifest.valid).toBe(true);
    expect(notIntact(report)).toEqual(['missing qa-report.json']);
  });

  it('an added file is unexpected', async () => {
    const { report } = await tampered((entries) => entries.set('notes/readme.txt', Buffer.from('hello')));
    expect(report.ok).toBe(false);
    expect(notIntact(report)).toEqual(['unexpected notes/readme.txt']);
    expect(report.files.at(-1)).toMatchObject({ status: 'unexpected', params: {} });
  });

  it('a manifest signed with another key than the issuer’s is refused, and so is its import', async () => {
    const dir = await tempDir();
    const { outFile, workspace } = await signedPackage(dir);
    const intruder = new IssuerKeystore(join(dir, 'intruder'), passphraseProtector('pw', FAST_SCRYPT));
    const keys = await intruder.generate('iss-kteu');
    const issuer = workspace.issuers[0];
    if (!issuer) throw new Error('fixture');
    // The intruder claims the issuer's web address; the package's controller document lists the real key.
    const identity = await signingIdentity(issuer, keys);
    const forged = join(dir, 'forged.zip');
    await rewritePackage(outFile, forged, async (entries) => {
      const { proof: _proof, ...unsigned } = JSON.parse(entries.get('manifest.json')?.toString('utf8') ?? '');
      const signed = await signDataIntegrity(unsigned, intruder, identity, unsigned.validFrom);
      entries.set('manifest.json', Buffer.from(JSON.stringify(signed, null, 2)));
    });
    const report = await verifyPackage(forged, { now: VERIFIED_AT });
    expect(report.ok).toBe(false);
    expect(report.manifest.valid).toBe(false);
    expect(report.manifest.problems).toEqual([
      {
        code: 'unresolved',
        params: { key: identity.verificationMethod, controller: 'https://kteu.example.edu/issuer' },
      },
    ]);
    expect(notIntact(report)).toEqual([]);
    const refused = readPackageDesign(forged, { now: VERIFIED_AT });
    await expect(refused).rejects.toThrow(PackageError);
    await expect(refused).rejects.toThrow(/is not imported because it does not verify: manifest: /);
  });
});
