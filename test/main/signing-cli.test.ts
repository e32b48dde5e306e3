import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { encodeWorkspace } from '@shared/schemas/decode';
import { describe, expect, it } from 'vitest';
import { signingWorkspace } from '../fixtures/signing/workspace';
import { stackwiseWith } from '../support/cli';
import { tempDirsPerTest } from '../support/temp-dir';

// Runs the BUILT command line: `npx electron-vite build` first.
const tempDir = tempDirsPerTest();

describe('stackwise keys, badges and verify (built)', () => {
  it('generates a key, signs a pathway, verifies it, and fails on a tampered file', async () => {
    const dir = await tempDir();
    const dataDir = join(dir, 'data');
    const workspaceFile = join(dir, 'w.json');
    await writeFile(workspaceFile, encodeWorkspace(signingWorkspace()));
    const env = { STACKWISE_KEY_PASSPHRASE: 'cli passphrase' };

    const noPassphrase = await stackwiseWith(
      {},
      'keys',
      'generate',
      '--issuer',
      'iss-kteu',
      '--data-dir',
      dataDir,
    );
    expect(noPassphrase.code).toBe(2);
    expect(noPassphrase.stderr).toContain('set STACKWISE_KEY_PASSPHRASE');

    const generated = await stackwiseWith(
      env,
      'keys',
      'generate',
      '--issuer',
      'iss-kteu',
      '--data-dir',
      dataDir,
    );
    expect(generated.code).toBe(0);
    expect(generated.stdout).toMatch(/did:key: did:key:z6Mk\w+/);

    const outDir = join(dir, 'badges');
    const wrong = await stackwiseWith(
      { STACKWISE_KEY_PASSPHRASE: 'wrong' },
      'badges',
      workspaceFile,
      '--pathway',
      'path-die',
      '-o',
      outDir,
      '--data-dir',
      dataDir,
    );
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toContain('The passphrase does not open this key');

    const signed = await stackwiseWith(
      env,
      'badges',
      workspaceFile,
      '--pathway',
      'path-die',
      '-o',
      outDir,
      '--data-dir',
      dataDir,
      '--jwt',
    );
    expect(signed.stderr).toBe('');
    expect(signed.code).toBe(0);
    expect(signed.stdout).toContain('TE-PBL-01-v1.0.0.endorsement.json');

    const verified = await stackwiseWith({}, 'verify', outDir);
    expect(verified.code).toBe(0);
    expect(verified.stdout).toMatch(
      /^PASS .*TE-PBL-01-v1\.0\.0\.endorsement\.json: EndorsementCredential about urn:uuid:/m,
    );
    expect(verified.stdout).toContain('13 of 13 files verified');

    const achievementFile = join(outDir, 'TE-DA-02-v1.0.0.achievement.json');
    await writeFile(
      achievementFile,
      (await readFile(achievementFile, 'utf8')).replace('"version": "1.0.0"', '"version": "1.0.1"'),
    );
    const tampered = await stackwiseWith({}, 'verify', outDir);
    expect(tampered.code).toBe(1);
    expect(tampered.stdout).toMatch(/^FAIL .*TE-DA-02-v1\.0\.0\.endorsement\.json/m);
    expect(tampered.stdout).toContain('digest: TE-DA-02-v1.0.0.achievement.json was changed after signing');
    expect(tampered.stdout).toMatch(/^PASS .*TE-PBL-01-v1\.0\.0\.endorsement\.json/m);

    const again = await stackwiseWith(
      env,
      'badges',
      workspaceFile,
      '--pathway',
      'path-die',
      '-o',
      outDir,
      '--data-dir',
      dataDir,
    );
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('already exists and is not empty');
  }, 90_000); // Six runs of the built CLI, each loading the signing and JSON-LD libraries.

  it('exits 2 on wrong usage', async () => {
    expect((await stackwiseWith({}, 'badges', 'w.json')).code).toBe(2);
    expect((await stackwiseWith({}, 'verify')).code).toBe(2);
    expect((await stackwiseWith({}, 'keys', 'rotate', '--issuer', 'x')).code).toBe(2);
  });
});
