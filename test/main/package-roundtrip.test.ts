import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { mergeDesign } from '@shared/commands/package-design';
import { designContent, sha256Hex } from '@shared/domain/review';
import { newWorkspace } from '@shared/domain/workspace';
import { checkDesignForExport } from '@shared/qa/design-check';
import { decodeWorkspace } from '@shared/schemas/decode';
import type { Review } from '@shared/schemas/review';
import type { Workspace } from '@shared/schemas/workspace';
import { describe, expect, it } from 'vitest';
import { readArchive } from '../../electron/main/package/archive-read';
import { PackageError } from '../../electron/main/package/errors';
import { exportPackage } from '../../electron/main/package/export';
import { readPackageDesign } from '../../electron/main/package/import';
import { verifyPackage } from '../../electron/main/package/verify';
import { digestSRI } from '../../electron/main/signing/ids';
import { IssuerKeystore } from '../../electron/main/signing/keystore';
import { passphraseProtector } from '../../electron/main/signing/protector';
import { version } from '../../package.json';
import { fullModule } from '../fixtures/builders';
import { signedPackage, VERIFIED_AT } from '../fixtures/package/signed-package';
import { FAST_SCRYPT, SIGNED_AT, signingWorkspace } from '../fixtures/signing/workspace';
import { tempDirsPerTest } from '../support/temp-dir';

const tempDir = tempDirsPerTest();

/** What the app does on import: main reads the verified design, the renderer merges it into its workspace. */
async function importInto(outFile: string, into: Workspace) {
  const read = await readPackageDesign(outFile, { now: VERIFIED_AT });
  return mergeDesign(into, read.design, read.pathwayId, { trusted: true });
}

const BADGE_FILES = [
  'badges/TE-AI-03-v1.0.0.achievement.json',
  'badges/TE-AI-03-v1.0.0.endorsement.json',
  'badges/TE-DA-02-v1.0.0.achievement.json',
  'badges/TE-DA-02-v1.0.0.endorsement.json',
  'badges/TE-PBL-01-v1.0.0.achievement.json',
  'badges/TE-PBL-01-v1.0.0.endorsement.json',
  'badges/award-path-die-v1.0.0.achievement.json',
  'badges/award-path-die-v1.0.0.endorsement.json',
  'badges/issuer-iss-kteu.controller.json',
];

async function approvedWorkspace(): Promise<Workspace> {
  const workspace = signingWorkspace();
  const review: Review = {
    id: 'rev-die',
    pathwayId: 'path-die',
    state: 'approved',
    comments: [],
    decisions: [
      {
        id: 'dec-1',
        decision: 'submitted',
        reviewer: 'Maria Designer',
        role: '',
        date: '2026-11-20T09:00:00.000Z',
        designVersion: '1.0.0',
        contentHash: '',
        profileVersions: {},
      },
      {
        id: 'dec-2',
        decision: 'approved',
        reviewer: 'Dr Olena Koval',
        role: 'QA officer',
        date: '2026-11-22T15:00:00.000Z',
        designVersion: '1.0.0',
        contentHash: await sha256Hex(designContent(workspace, 'path-die')),
        profileVersions: { 'uk-qaa-2022': '2022.1', 'eu-council-2022': '2022.1' },
      },
    ],
  };
  return { ...workspace, reviews: [review] };
}

describe('export', () => {
  it('uses a design that is clean for signing', () => {
    expect(checkDesignForExport(signingWorkspace(), 'path-die').errors).toBe(0);
  });

  it('writes one zip with the design, badges, issuer, PDF, QA report and a manifest covering every other file', async () => {
    const dir = await tempDir();
    const { outFile, result } = await signedPackage(dir, { workspace: await approvedWorkspace() });
    expect(await readdir(dir)).toEqual(['data', 'package.zip']);
    const entries = await readArchive(outFile);
    expect([...entries.keys()].sort()).toEqual(
      [
        'manifest.json',
        'design/workspace.json',
        'specification.pdf',
        'qa-report.json',
        'issuers/iss-kteu.controller.json',
        'issuers/iss-kteu.profile.json',
        ...BADGE_FILES,
      ].sort(),
    );
    expect(entries.get('specification.pdf')?.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const qaReport = JSON.parse(entries.get('qa-report.json')?.toString('utf8') ?? '');
    expect(qaReport).toMatchObject({ pathwayId: 'path-die', passed: true, counts: { error: 0 } });
    const controller = JSON.parse(entries.get('issuers/iss-kteu.controller.json')?.toString('utf8') ?? '');
    expect(controller.id).toBe('https://kteu.example.edu/issuer');
    expect(controller.verificationMethod[0].publicKeyMultibase).toMatch(/^z6Mk/);

    const manifest = JSON.parse(entries.get('manifest.json')?.toString('utf8') ?? '');
    expect(manifest.type).toEqual(['VerifiableCredential', 'ProgrammePackageManifest']);
    expect(manifest.issuer).toMatchObject({
      id: 'https://kteu.example.edu/issuer',
      name: 'Faculty of Education',
    });
    expect(manifest.proof).toMatchObject({
      type: 'DataIntegrityProof',
      cryptosuite: 'eddsa-rdfc-2022',
      created: '2026-11-23T10:00:00Z',
      verificationMethod: `https://kteu.example.edu/issuer#${controller.verificationMethod[0].publicKeyMultibase}`,
    });
    // Every file but the manifest, each with the digest of its exact bytes in the zip.
    const listed = new Map<string, { mediaType: string; digestSRI: string }>(
      manifest.relatedResource.map((r: { name: string; mediaType: string; digestSRI: string }) => [
        r.name,
        r,
      ]),
    );
    expect([...listed.keys()].sort()).toEqual(
      [...entries.keys()].filter((n) => n !== 'manifest.json').sort(),
    );
    for (const [name, bytes] of entries) {
      if (name !== 'manifest.json') expect(listed.get(name)?.digestSRI).toBe(digestSRI(bytes));
    }
    expect(listed.get('specification.pdf')?.mediaType).toBe('application/pdf');
    expect(listed.get('design/workspace.json')?.mediaType).toBe('application/json');
    expect(result.files.map((f) => f.path).sort()).toEqual([...listed.keys()].sort());

    const workspace = await approvedWorkspace();
    expect(manifest.credentialSubject).toEqual({
      id: expect.stringMatching(/^urn:uuid:/),
      type: ['ProgrammePackage'],
      name: 'Data-Informed Educator',
      pathwayId: 'path-die',
      designVersion: '1.0.0',
      contentHash: await sha256Hex(designContent(workspace, 'path-die')),
      stackwiseVersion: version,
      qaProfile: checkDesignForExport(workspace, 'path-die').profiles.map((p) => ({
        profileId: p.id,
        name: p.title,
        profileVersion: p.version,
      })),
      qaErrors: 0,
      qaWarnings: 0,
      approval: {
        decisionId: 'dec-2',
        decision: 'approved',
        reviewer: 'Dr Olena Koval',
        reviewerRole: 'QA officer',
        decidedAt: '2026-11-22T15:00:00.000Z',
        designVersion: '1.0.0',
        contentHash: await sha256Hex(designContent(workspace, 'path-die')),
        profileVersions: { 'uk-qaa-2022': '2022.1', 'eu-council-2022': '2022.1' },
      },
    });
    // The award's badge definition is what the manifest is about.
    const award = JSON.parse(
      entries.get('badges/award-path-die-v1.0.0.achievement.json')?.toString('utf8') ?? '',
    );
    expect(manifest.credentialSubject.id).toBe(award.id);
  });

  it('packs the design as a valid workspace file holding only the pathway, its modules, issuer and review', async () => {
    const dir = await tempDir();
    const original = await approvedWorkspace();
    const extra = fullModule({ id: 'mod-other', code: 'TE-OT-09', title: 'Not in the pathway' });
    const { outFile } = await signedPackage(dir, {
      workspace: { ...original, modules: [...original.modules, extra] },
    });
    const text = (await readArchive(outFile)).get('design/workspace.json')?.toString('utf8') ?? '';
    const decoded = decodeWorkspace(text, 'design/workspace.json');
    if (!decoded.ok) throw new Error(JSON.stringify(decoded.error));
    expect(decoded.workspace.format).toBe('stackwise.workspace');
    expect(decoded.workspace.schemaVersion).toBe(2);
    expect(decoded.workspace.modules).toEqual(original.modules);
    expect(decoded.workspace.pathways).toEqual(original.pathways);
    expect(decoded.workspace.issuers).toEqual(original.issuers);
    expect(decoded.workspace.reviews).toEqual(original.reviews);
  });

  it('signs with the did:key when the issuer has no web address, and verifies', async () => {
    const dir = await tempDir();
    const { outFile, keystore } = await signedPackage(dir, { issuerUrl: null });
    const report = await verifyPackage(outFile, { now: VERIFIED_AT });
    const mb = (await keystore.publicKeys('iss-kteu'))?.ed25519.publicKeyMultibase;
    expect(report.ok).toBe(true);
    expect(report.manifest.verificationMethod).toBe(`did:key:${mb}#${mb}`);
    expect(report.manifest.publicKeyMultibase).toBe(mb);
  });

  it('refuses a design with QA error findings and writes nothing', async () => {
    const dir = await tempDir();
    const keystore = new IssuerKeystore(join(dir, 'data'), passphraseProtector('pw', FAST_SCRYPT));
    await keystore.generate('iss-kteu');
    const clean = signingWorkspace();
    const workspace = {
      ...clean,
      modules: clean.modules.map((m) => (m.id === 'mod-pbl' ? { ...m, learningOutcomes: [] } : m)),
    };
    const errors = checkDesignForExport(workspace, 'path-die').errors;
    expect(errors).toBeGreaterThan(0);
    const outFile = join(dir, 'package.zip');
    const refused = exportPackage({ workspace, pathwayId: 'path-die', keystore, outFile, now: SIGNED_AT });
    await expect(refused).rejects.toThrow(PackageError);
    await expect(refused).rejects.toThrow(
      `“Data-Informed Educator” has ${errors} QA ${errors === 1 ? 'error' : 'errors'}`,
    );
    expect(await readdir(dir)).toEqual(['data']);
  });

  it('leaves the previous file and no temporary file when signing fails', async () => {
    const dir = await tempDir();
    // No keys were generated: the badge export fails after the QA check has passed.
    const keystore = new IssuerKeystore(join(dir, 'data'), passphraseProtector('pw', FAST_SCRYPT));
    const outFile = join(dir, 'package.zip');
    await writeFile(outFile, 'the package sent yesterday');
    await expect(
      exportPackage({
        workspace: signingWorkspace(),
        pathwayId: 'path-die',
        keystore,
        outFile,
        now: SIGNED_AT,
      }),
    ).rejects.toThrow(/has no signing key/);
    expect(await readdir(dir)).toEqual(['package.zip']);
    expect(await readFile(outFile, 'utf8')).toBe('the package sent yesterday');
  });
});

describe('round trip', () => {
  it('verifies every file intact, then imports into an empty workspace a design equal to the original', async () => {
    const dir = await tempDir();
    const original = await approvedWorkspace();
    const { outFile, keystore } = await signedPackage(dir, { workspace: original });

    const report = await verifyPackage(outFile, { now: VERIFIED_AT });
    expect(report.ok).toBe(true);
    expect(report.manifest).toMatchObject({
      valid: true,
      issuer: 'https://kteu.example.edu/issuer',
      publicKeyMultibase: (await keystore.publicKeys('iss-kteu'))?.ed25519.publicKeyMultibase,
      problems: [],
    });
    expect(report.files).toHaveLength(14);
    expect(report.files.every((f) => f.status === 'intact')).toBe(true);
    expect(report.badges.map((b) => b.file).sort()).toEqual(BADGE_FILES);
    expect(report.badges.every((b) => b.ok)).toBe(true);

    const empty = newWorkspace({
      id: 'ws-committee',
      title: 'Approval committee',
      now: '2026-12-01T00:00:00.000Z',
    });
    const imported = await importInto(outFile, empty);
    expect(imported.pathwayId).toBe('path-die');
    expect(imported.workspace.id).toBe('ws-committee');
    expect(imported.workspace.pathways).toEqual(original.pathways);
    expect(imported.workspace.modules).toEqual(original.modules);
    expect(imported.workspace.issuers).toEqual(original.issuers);
    expect(imported.workspace.reviews).toEqual(original.reviews);
    expect(designContent(imported.workspace, 'path-die')).toBe(designContent(original, 'path-die'));
    expect(imported.outcomes.every((o) => o.action === 'added')).toBe(true);
    expect(empty.pathways).toEqual([]);
  });

  it('recognises identical content and does not duplicate it', async () => {
    const dir = await tempDir();
    const original = signingWorkspace();
    const { outFile } = await signedPackage(dir, { workspace: original });
    const imported = await importInto(outFile, original);
    expect(imported.workspace).toEqual(original);
    expect(imported.outcomes.map((o) => `${o.kind} ${o.id} ${o.action}`)).toEqual([
      'issuer iss-kteu same',
      'module mod-pbl same',
      'module mod-analytics same',
      'module mod-ai same',
      'pathway path-die same',
    ]);
  });

  it('adds a module whose id holds different content here as a new copy, and its pathway too, overwriting nothing', async () => {
    const dir = await tempDir();
    const { outFile } = await signedPackage(dir);
    const local = signingWorkspace();
    const edited = {
      ...local,
      modules: local.modules.map((m) => (m.id === 'mod-pbl' ? { ...m, title: 'My local rewrite' } : m)),
    };
    const imported = await importInto(outFile, edited);
    const { workspace } = imported;
    expect(workspace.modules.find((m) => m.id === 'mod-pbl')?.title).toBe('My local rewrite');
    expect(workspace.modules.find((m) => m.id === 'mod-pbl-imported')?.title).toBe(
      'Designing Project-Based Learning Activities (imported)',
    );
    expect(workspace.modules).toHaveLength(4);
    // The copy gets a code of its own, so either module can still be edited.
    const pbl = workspace.modules.find((m) => m.id === 'mod-pbl');
    const pblCopy = workspace.modules.find((m) => m.id === 'mod-pbl-imported');
    expect(pblCopy?.code).toBe(`${pbl?.code}-imported`);
    expect(new Set(workspace.modules.map((m) => m.code)).size).toBe(4);
    // The same package again is recognised, copies and all: nothing is added twice.
    const again = await importInto(outFile, workspace);
    expect(again.workspace).toEqual(workspace);
    expect(again.outcomes.filter((o) => o.action !== 'same')).toEqual([]);
    expect(workspace.pathways.find((p) => p.id === 'path-die')).toEqual(local.pathways[0]);
    const copy = workspace.pathways.find((p) => p.id === 'path-die-imported');
    expect(copy?.title).toBe('Data-Informed Educator (imported)');
    expect(copy?.stages[0]?.items).toEqual([{ kind: 'module', moduleId: 'mod-pbl-imported' }]);
    expect(copy?.prerequisites).toEqual([{ before: 'mod-pbl-imported', after: 'mod-analytics' }]);
    expect(imported.pathwayId).toBe('path-die-imported');
    expect(
      imported.outcomes.filter((o) => o.action === 'copy').map((o) => `${o.packageId} → ${o.id}`),
    ).toEqual(['mod-pbl → mod-pbl-imported', 'path-die → path-die-imported']);
  });
});

describe('mergeDesign', () => {
  it('copies an issuer whose id holds another issuer here and points the modules at the copy', () => {
    const design = signingWorkspace();
    const into: Workspace = {
      ...newWorkspace({ id: 'ws-2', title: 'Elsewhere', now: '2026-12-01T00:00:00.000Z' }),
      issuers: [{ id: 'iss-kteu', name: 'Another faculty', description: '', awardingBody: '' }],
    };
    const { workspace, outcomes } = mergeDesign(into, design, 'path-die', { trusted: true });
    expect(workspace.issuers.map((i) => `${i.id}: ${i.name}`)).toEqual([
      'iss-kteu: Another faculty',
      'iss-kteu-imported: Faculty of Education (imported)',
    ]);
    // The modules named no issuer (the first one); here the first issuer is someone else, so they name the copy.
    expect(workspace.modules.map((m) => m.issuerId)).toEqual([
      'iss-kteu-imported',
      'iss-kteu-imported',
      'iss-kteu-imported',
    ]);
    expect(outcomes[0]).toEqual({
      kind: 'issuer',
      packageId: 'iss-kteu',
      id: 'iss-kteu-imported',
      action: 'copy',
    });
  });
});
