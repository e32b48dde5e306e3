import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { encodeWorkspace } from '@shared/schemas/decode';
import { describe, expect, it } from 'vitest';
import { signingWorkspace } from '../fixtures/signing/workspace';
import { tempDirsPerTest } from '../support/temp-dir';

// Runs the BUILT command line: `npx electron-vite build` first.
const tempDir = tempDirsPerTest();
const bin = fileURLToPath(new URL('../../bin/stackwise.js', import.meta.url));

async function stackwise(env: Record<string, string>, ...args: string[]) {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [bin, ...args], {
      env: { ...process.env, STACKWISE_KEY_PASSPHRASE: '', ...env },
    });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const failed = e as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('stackwise keys, badges and verify (built)', () => {
  it('generates a key, signs a pathway, verifies it, and fails on a tampered file', async () => {
    const dir = await tempDir();
    const dataDir = join(dir, 'data');
    const workspaceFile = join(dir, 'w.json');
    await writeFile(workspaceFile, encodeWorkspace(signingWorkspace()));
    const env = { STACKWISE_KEY_PASSPHRASE: 'cli passphrase' };

    const noPassphrase = await stackwise(
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

    const generated = await stackwise(env, 'keys', 'generate', '--issuer', 'iss-kteu', '--data-dir', dataDir);
    expect(generated.code).toBe(0);
    expect(generated.stdout).toMatch(/did:key: did:key:z6Mk\w+/);

    const outDir = join(dir, 'badges');
    const wrong = await stackwise(
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

    const signed = await stackwise(
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

    const verified = await stackwise({}, 'verify', outDir);
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
    const tampered = await stackwise({}, 'verify', outDir);
    expect(tampered.code).toBe(1);
    expect(tampered.stdout).toMatch(/^FAIL .*TE-DA-02-v1\.0\.0\.endorsement\.json/m);
    expect(tampered.stdout).toContain('digest: TE-DA-02-v1.0.0.achievement.json was changed after signing');
    expect(tampered.stdout).toMatch(/^PASS .*TE-PBL-01-v1\.0\.0\.endorsement\.json/m);

    const again = await stackwise(
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
  });

  it('exits 2 on wrong usage', async () => {
    expect((await stackwise({}, 'badges', 'w.json')).code).toBe(2);
    expect((await stackwise({}, 'verify')).code).toBe(2);
    expect((await stackwise({}, 'keys', 'rotate', '--issuer', 'x')).code).toBe(2);
  });
});
