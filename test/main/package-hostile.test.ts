import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_ARCHIVE_LIMITS, readArchive } from '../../electron/main/package/archive-read';
import { PackageError, type PackageErrorCode } from '../../electron/main/package/errors';
import { readPackageDesign } from '../../electron/main/package/import';
import { verifyPackage } from '../../electron/main/package/verify';
import { signedPackage, VERIFIED_AT } from '../fixtures/package/signed-package';
import { patchBytes, type ZipEntry, zipBytes } from '../fixtures/package/zip-files';
import { tempDirsPerTest } from '../support/temp-dir';

const tempDir = tempDirsPerTest();
const text = (s: string) => Buffer.from(s, 'utf8');

/**
 * Writes the hostile archive into <dir>/inbox, then verifies and imports it. Whatever it holds must be
 * refused with the expected code and message, and nothing may appear anywhere in <dir> but the archive.
 */
async function expectRefused(bytes: Buffer, code: PackageErrorCode, message: RegExp) {
  const dir = await tempDir();
  const inbox = join(dir, 'inbox');
  await mkdir(inbox);
  const file = join(inbox, 'hostile.zip');
  await writeFile(file, bytes);
  for (const attempt of [() => verifyPackage(file, { now: VERIFIED_AT }), () => readPackageDesign(file)]) {
    const error = await attempt().then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(PackageError);
    expect((error as PackageError).code).toBe(code);
    expect((error as PackageError).message).toMatch(message);
    expect((error as PackageError).message).toContain(file);
  }
  expect(await readdir(dir, { recursive: true })).toEqual(['inbox', join('inbox', 'hostile.zip')]);
  expect(await readFile(file)).toEqual(bytes);
}

describe('archives that are not packages', () => {
  it('refuses a file that is not a zip', async () => {
    await expectRefused(
      text('{"format":"stackwise.workspace"}'),
      'package.not-zip',
      /is not a readable zip archive/,
    );
  });

  it('refuses an empty file', async () => {
    await expectRefused(Buffer.alloc(0), 'package.not-zip', /is not a readable zip archive/);
  });

  it('refuses a truncated package', async () => {
    const dir = await tempDir();
    const { outFile } = await signedPackage(dir);
    const whole = await readFile(outFile);
    await expectRefused(
      whole.subarray(0, Math.floor(whole.length / 2)),
      'package.not-zip',
      /truncated, damaged or not a zip file/,
    );
  });

  it('refuses a zip without a manifest', async () => {
    await expectRefused(
      await zipBytes([{ name: 'design/workspace.json', bytes: text('{}') }]),
      'package.not-a-package',
      /is not a Stackwise programme package: it has no manifest\.json/,
    );
  });

  it('refuses a manifest that is not JSON', async () => {
    await expectRefused(
      await zipBytes([{ name: 'manifest.json', bytes: text('{"type": [') }]),
      'package.not-a-package',
      /manifest\.json is not valid JSON/,
    );
  });
});

describe('entries that could escape or alias', () => {
  // yazl refuses to write such names, so a harmless name of the same length is written and patched.
  const cases: [string, string, string][] = [
    ['a parent-folder path', 'xx/xx/evil.txt', '../../evil.txt'],
    ['an absolute path', 'xtmp/evil.txt', '/tmp/evil.txt'],
    ['a drive letter', 'Cx/evil.txt', 'C:/evil.txt'],
    ['a backslash', 'xx_evil.txt', '..\\evil.txt'],
  ];
  for (const [what, harmless, hostile] of cases) {
    it(`refuses an entry with ${what}`, async () => {
      const zip = await zipBytes([
        { name: 'manifest.json', bytes: text('{}') },
        { name: harmless, bytes: text('pwned') },
      ]);
      await expectRefused(
        patchBytes(zip, harmless, hostile),
        'package.unsafe-entry',
        /the entry "[^"]*evil\.txt" has a path that could escape the folder it is read into|the entry "[^"]*evil\.txt" has a colon/,
      );
    });
  }

  it('refuses a symbolic link', async () => {
    await expectRefused(
      await zipBytes([
        { name: 'manifest.json', bytes: text('{}') },
        { name: 'badges/key.json', bytes: text('/home/user/.ssh/id_ed25519'), mode: 0o120777 },
      ]),
      'package.unsafe-entry',
      /the entry "badges\/key\.json" is a symbolic link/,
    );
  });

  it('refuses a name that appears twice', async () => {
    const entries: ZipEntry[] = [
      { name: 'manifest.json', bytes: text('{}') },
      { name: 'specification.pdf', bytes: text('one') },
      { name: 'specification.pdf', bytes: text('two') },
    ];
    await expectRefused(
      await zipBytes(entries),
      'package.unsafe-entry',
      /the entry "specification\.pdf" appears twice/,
    );
  });

  it('refuses names that differ only in letter case', async () => {
    await expectRefused(
      await zipBytes([
        { name: 'manifest.json', bytes: text('{}') },
        { name: 'Manifest.json', bytes: text('{}') },
      ]),
      'package.unsafe-entry',
      /the entry "Manifest\.json" has the same name as "manifest\.json" but for letter case/,
    );
  });
});

describe('zip bombs', () => {
  it('refuses an entry that inflates beyond the per-entry cap', async () => {
    const zeros = Buffer.alloc(DEFAULT_ARCHIVE_LIMITS.maxEntryBytes + 1024);
    const zip = await zipBytes([{ name: 'specification.pdf', bytes: zeros }]);
    expect(zip.length).toBeLessThan(1024 * 1024);
    await expectRefused(zip, 'package.too-large', /the entry "specification\.pdf" would inflate to 64 MiB/);
  });

  it('counts the real inflated bytes, not the size the header claims', async () => {
    const zeros = Buffer.alloc(4 * 1024 * 1024);
    const zip = await zipBytes([{ name: 'qa-report.json', bytes: zeros }]);
    // Both headers (local and central) claim 100 bytes; the data still inflates to 4 MiB.
    const lying = Buffer.from(zip);
    const size = Buffer.alloc(4);
    size.writeUInt32LE(zeros.length);
    const small = Buffer.alloc(4);
    small.writeUInt32LE(100);
    let at = lying.indexOf(size);
    let patched = 0;
    while (at >= 0) {
      small.copy(lying, at);
      patched++;
      at = lying.indexOf(size, at + 4);
    }
    expect(patched).toBe(2);
    await expectRefused(lying, 'package.too-large', /inflates to more bytes than its header states/);
  });

  it('refuses entries that together pass the total cap', async () => {
    const dir = await tempDir();
    const file = join(dir, 'big.zip');
    await writeFile(file, await zipBytes([{ name: 'a.bin', bytes: Buffer.alloc(2048) }]));
    const limits = { maxEntries: 10, maxEntryBytes: 4096, maxTotalBytes: 4096 };
    expect((await readArchive(file, limits)).get('a.bin')?.length).toBe(2048);
    await writeFile(
      file,
      await zipBytes([
        { name: 'a.bin', bytes: Buffer.alloc(2048) },
        { name: 'b.bin', bytes: Buffer.alloc(2048) },
        { name: 'c.bin', bytes: Buffer.alloc(2048) },
      ]),
    );
    await expect(readArchive(file, limits)).rejects.toThrow(
      /the entry "c\.bin" would inflate to 2048 bytes, beyond the 4096 bytes per entry and 4096 bytes in all/,
    );
  });

  it('refuses more entries than a package holds', async () => {
    const entries = Array.from({ length: DEFAULT_ARCHIVE_LIMITS.maxEntries + 1 }, (_, i) => ({
      name: `badges/${i}.json`,
      bytes: text('{}'),
    }));
    await expectRefused(
      await zipBytes(entries),
      'package.too-large',
      new RegExp(
        `has ${DEFAULT_ARCHIVE_LIMITS.maxEntries + 1} entries, more than the ${DEFAULT_ARCHIVE_LIMITS.maxEntries}`,
      ),
    );
  });
});
