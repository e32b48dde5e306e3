import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { encodeWorkspace } from '@shared/schemas/decode';
import { describe, expect, it } from 'vitest';
import { rewritePackage } from '../fixtures/package/zip-files';
import { signingWorkspace } from '../fixtures/signing/workspace';
import { stackwiseWith } from '../support/cli';
import { tempDirsPerTest } from '../support/temp-dir';

// Runs the BUILT command line: `npx electron-vite build` first.
const tempDir = tempDirsPerTest();

describe('stackwise package and verify name.zip (built)', () => {
  it('packages a pathway, verifies it file by file, and exits 1 on a changed or hostile package', async () => {
    const dir = await tempDir();
    const dataDir = join(dir, 'data');
    const workspaceFile = join(dir, 'w.json');
    await writeFile(workspaceFile, encodeWorkspace(signingWorkspace()));
    const env = { STACKWISE_KEY_PASSPHRASE: 'cli passphrase' };
    expect(
      (await stackwiseWith(env, 'keys', 'generate', '--issuer', 'iss-kteu', '--data-dir', dataDir)).code,
    ).toBe(0);

    const zip = join(dir, 'die.zip');
    const args = [workspaceFile, '--pathway', 'path-die', '-o', zip, '--data-dir', dataDir];
    const noPassphrase = await stackwiseWith({}, 'package', ...args);
    expect(noPassphrase.code).toBe(2);
    expect(noPassphrase.stderr).toContain('set STACKWISE_KEY_PASSPHRASE');

    const packaged = await stackwiseWith(env, 'package', ...args);
    expect(packaged.stderr).toBe('');
    expect(packaged.code).toBe(0);
    expect(packaged.stdout).toContain(`Programme package written to ${zip}:`);
    expect(packaged.stdout).toContain('  specification.pdf');
    expect((await readdir(dir)).sort()).toEqual(['data', 'die.zip', 'w.json']);

    const verified = await stackwiseWith({}, 'verify', zip);
    expect(verified.stderr).toBe('');
    expect(verified.code).toBe(0);
    expect(verified.stdout).toMatch(
      /^Manifest: signature valid, signed by Faculty of Education \(https:\/\/kteu\.example\.edu\/issuer\) with the key https:\/\/kteu\.example\.edu\/issuer#z6Mk\w+$/m,
    );
    expect(verified.stdout).toMatch(/^INTACT\s+specification\.pdf$/m);
    expect(verified.stdout).toMatch(/^PASS badges\/award-path-die-v1\.0\.0\.endorsement\.json: /m);
    expect(verified.stdout).toContain('Package verified: 14 of 14 files intact, 9 of 9 badge files verified');

    const json = await stackwiseWith({}, 'verify', zip, '--json');
    expect(JSON.parse(json.stdout)).toMatchObject({ ok: true, manifest: { valid: true } });

    const changed = join(dir, 'changed.zip');
    await rewritePackage(zip, changed, (entries) => {
      entries.set('qa-report.json', Buffer.from('{"passed": true}\n'));
      entries.set('extra.txt', Buffer.from('added later'));
    });
    const tampered = await stackwiseWith({}, 'verify', changed);
    expect(tampered.code).toBe(1);
    expect(tampered.stdout).toMatch(/^CHANGED\s+qa-report\.json: changed after signing: its sha384 is /m);
    expect(tampered.stdout).toMatch(/^UNEXPECTED extra\.txt: in the package but not in the manifest/m);
    expect(tampered.stdout).toContain('Package does NOT verify: 13 of 15 files intact');

    const notZip = join(dir, 'notes.zip');
    await writeFile(notZip, 'just text');
    const refused = await stackwiseWith({}, 'verify', notZip);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(`stackwise verify: ${notZip} is not a readable zip archive`);

    const missing = await stackwiseWith({}, 'verify', join(dir, 'nope.zip'));
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('nope.zip does not exist');
  });

  it('refuses to package a design with QA errors (exit 1) and wrong usage (exit 2)', async () => {
    const dir = await tempDir();
    const workspaceFile = join(dir, 'w.json');
    const clean = signingWorkspace();
    await writeFile(
      workspaceFile,
      encodeWorkspace({ ...clean, modules: clean.modules.map((m) => ({ ...m, learningOutcomes: [] })) }),
    );
    const env = { STACKWISE_KEY_PASSPHRASE: 'cli passphrase' };
    const zip = join(dir, 'die.zip');
    const refused = await stackwiseWith(
      env,
      'package',
      workspaceFile,
      '--pathway',
      'path-die',
      '-o',
      zip,
      '--data-dir',
      join(dir, 'data'),
    );
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/“Data-Informed Educator” has \d+ QA errors: fix them/);
    expect(await readdir(dir)).toEqual(['w.json']);
    expect((await stackwiseWith(env, 'package', workspaceFile, '-o', zip)).code).toBe(2);
    expect((await stackwiseWith(env, 'package', '--pathway', 'path-die', '-o', zip)).code).toBe(2);
  });
});
