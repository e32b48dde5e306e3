import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { AppFailure } from '@shared/contract/errors';
import { buildSpecification } from '@shared/spec/build';
import { describe, expect, it } from 'vitest';
import { exportSpecificationPdf } from '../../electron/main/export/export-spec';
import { exportPathwayBadges } from '../../electron/main/signing/badge-export';
import { IssuerKeystore } from '../../electron/main/signing/keystore';
import { passphraseProtector } from '../../electron/main/signing/protector';
import {
  AtomicWriteError,
  writeFileAtomically,
  writeFolderAtomically,
} from '../../electron/main/storage/atomic-write';
import { WorkspaceStore } from '../../electron/main/storage/workspace-store';
import { fullModule, NOW, workspaceWith } from '../fixtures/builders';
import { FAST_SCRYPT, SIGNED_AT, signingWorkspace } from '../fixtures/signing/workspace';
import { englishWorkspace } from '../fixtures/spec/english';
import { faultyFs, type WriteStep } from '../support/faulty-fs';
import { tempDirsPerTest } from '../support/temp-dir';

const tempDir = tempDirsPerTest();
const PREVIOUS = Buffer.from('the previous version\n\u0000\u00ff bytes and all');
const NEXT = 'the new version, complete\n';

/** The steps with the random part of temporary names taken out. */
function stepsOf(steps: readonly string[]): string[] {
  return steps.map((s) => s.replace(/\.[0-9a-f]{12}\.(tmp|old)$/, '.$1'));
}

async function failureOf(promise: Promise<unknown>): Promise<AtomicWriteError> {
  try {
    await promise;
  } catch (e) {
    if (e instanceof AtomicWriteError) return e;
    throw e;
  }
  throw new Error('expected the write to fail');
}

async function withPrevious(): Promise<{ dir: string; file: string }> {
  const dir = await tempDir();
  const file = join(dir, 'target.json');
  await writeFile(file, PREVIOUS);
  return { dir, file };
}

describe('writeFileAtomically', () => {
  it('writes a temporary file, fsyncs it, closes it, renames it over the target, then fsyncs the folder', async () => {
    const { dir, file } = await withPrevious();
    const fs = faultyFs(null);
    await writeFileAtomically(file, NEXT, { fs });
    expect(stepsOf(fs.steps)).toEqual([
      'open .target.json.tmp',
      'write .target.json.tmp',
      'fsync .target.json.tmp',
      'close .target.json.tmp',
      'rename .target.json.tmp',
      `open-folder ${basename(dir)}`,
      `fsync-folder ${basename(dir)}`,
    ]);
    expect(await readFile(file, 'utf8')).toBe(NEXT);
    expect(await readdir(dir)).toEqual(['target.json']);
  });

  it('gives the new file the mode asked for from its first byte (private keys: 0o600)', async () => {
    const { file } = await withPrevious();
    await writeFileAtomically(file, NEXT, { mode: 0o600 });
    if (process.platform !== 'win32') expect((await stat(file)).mode & 0o777).toBe(0o600);
  });

  const beforeRename: WriteStep[] = ['open', 'write', 'fsync', 'close', 'rename'];

  it.each(beforeRename)(
    'a failed %s leaves the previous file byte for byte and no temporary file',
    async (step) => {
      const { dir, file } = await withPrevious();
      const error = await failureOf(writeFileAtomically(file, NEXT, { fs: faultyFs(step) }));
      expect(error.file).toBe(file);
      expect(error.committed).toBe(false);
      expect(error.message.startsWith(`Cannot write ${file}: EIO: injected failure, ${step} `)).toBe(true);
      expect(await readFile(file)).toEqual(PREVIOUS);
      expect(await readdir(dir)).toEqual(['target.json']);
    },
  );

  it.each(beforeRename)('a failed %s with no previous file leaves no file at all', async (step) => {
    const dir = await tempDir();
    await failureOf(writeFileAtomically(join(dir, 'new.json'), NEXT, { fs: faultyFs(step) }));
    expect(await readdir(dir)).toEqual([]);
  });

  it.each(beforeRename)('a failed %s under a producer leaves the previous file too', async (step) => {
    const { dir, file } = await withPrevious();
    const fs = faultyFs(step);
    const error = await failureOf(
      writeFileAtomically(
        file,
        async (handle) => {
          await handle.write('first half, ');
          await handle.write('second half');
        },
        { fs },
      ),
    );
    expect(error.message.startsWith(`Cannot write ${file}: EIO: injected failure, ${step} `)).toBe(true);
    expect(await readFile(file)).toEqual(PREVIOUS);
    expect(await readdir(dir)).toEqual(['target.json']);
  });

  it('a failed fsync of the folder comes after the rename: the new file is complete, nothing else is left, and the error says the change may not be durable', async () => {
    const { dir, file } = await withPrevious();
    const error = await failureOf(writeFileAtomically(file, NEXT, { fs: faultyFs('fsync-folder') }));
    expect(error.committed).toBe(true);
    expect(error.file).toBe(file);
    expect(error.message.startsWith(`${file} was written, but its folder could not be flushed to disk`)).toBe(
      true,
    );
    expect(error.message).toContain('EIO: injected failure');
    expect(await readFile(file, 'utf8')).toBe(NEXT);
    expect(await readdir(dir)).toEqual(['target.json']);
  });

  it('skips the folder fsync where folders cannot be fsynced (Windows, or a file system that says so)', async () => {
    const { file } = await withPrevious();
    const windows = { ...faultyFs('fsync-folder'), syncsFolders: false };
    await writeFileAtomically(file, NEXT, { fs: windows });
    await writeFileAtomically(file, NEXT, { fs: faultyFs('fsync-folder', { code: 'EINVAL' }) });
    expect(await readFile(file, 'utf8')).toBe(NEXT);
  });

  it("reports a producer's own failure in its own words, removing the temporary file", async () => {
    const { dir, file } = await withPrevious();
    const error = await failureOf(
      writeFileAtomically(file, async (handle) => {
        await handle.write('half a document');
        throw Object.assign(new Error('ENOENT: no such file, open DejaVuSans.ttf'), { code: 'ENOENT' });
      }),
    );
    expect(error.message).toBe(`Cannot write ${file}: ENOENT: no such file, open DejaVuSans.ttf`);
    expect(await readFile(file)).toEqual(PREVIOUS);
    expect(await readdir(dir)).toEqual(['target.json']);
  });

  it('names the folder when it is missing', async () => {
    const dir = await tempDir();
    const file = join(dir, 'gone', 'target.json');
    await expect(writeFileAtomically(file, NEXT)).rejects.toThrow(
      `Cannot write ${file}: the folder ${join(dir, 'gone')} does not exist`,
    );
  });
});

describe('writeFolderAtomically', () => {
  const NEW_FILES = new Map([
    ['a.json', '{"a":2}\n'],
    ['b.json', '{"b":2}\n'],
  ]);

  async function withPreviousFolder(): Promise<{ dir: string; out: string }> {
    const dir = await tempDir();
    const out = join(dir, 'badges');
    await mkdir(out);
    await writeFile(join(out, 'a.json'), PREVIOUS);
    await writeFile(join(out, 'old-only.json'), 'kept');
    return { dir, out };
  }

  async function contents(folder: string): Promise<Record<string, string>> {
    const names = (await readdir(folder)).sort();
    return Object.fromEntries(
      await Promise.all(names.map(async (n) => [n, await readFile(join(folder, n), 'latin1')])),
    );
  }

  it('fsyncs every file and the new folder, swaps it into place, fsyncs the parent, then drops the old one', async () => {
    const { dir, out } = await withPreviousFolder();
    const fs = faultyFs(null);
    await writeFolderAtomically(out, NEW_FILES, { replace: true, fs });
    const parent = basename(dir);
    expect(stepsOf(fs.steps)).toEqual([
      'open a.json',
      'write a.json',
      'fsync a.json',
      'close a.json',
      'open b.json',
      'write b.json',
      'fsync b.json',
      'close b.json',
      'open-folder .badges.tmp',
      'fsync-folder .badges.tmp',
      'rename badges',
      'rename .badges.tmp',
      `open-folder ${parent}`,
      `fsync-folder ${parent}`,
    ]);
    expect(await contents(out)).toEqual({ 'a.json': '{"a":2}\n', 'b.json': '{"b":2}\n' });
    expect(await readdir(dir)).toEqual(['badges']);
  });

  const failures: [string, WriteStep, number][] = [
    ['opening the second file', 'open', 2],
    ['writing a file', 'write', 1],
    ['fsyncing a file', 'fsync', 2],
    ['closing a file', 'close', 1],
    ['fsyncing the new folder', 'fsync-folder', 1],
    ['moving the old folder aside', 'rename', 1],
    ['renaming the new folder into place', 'rename', 2],
  ];

  it.each(failures)(
    'a failure %s leaves the previous folder as it was and nothing else',
    async (_, step, nth) => {
      const { dir, out } = await withPreviousFolder();
      const before = await contents(out);
      const error = await failureOf(
        writeFolderAtomically(out, NEW_FILES, { replace: true, fs: faultyFs(step, { nth }) }),
      );
      expect(error.committed).toBe(false);
      expect(error.message).toMatch(/^Cannot write .*: EIO: injected failure/);
      expect(error.message).toContain(out);
      expect(await contents(out)).toEqual(before);
      expect(await readdir(dir)).toEqual(['badges']);
    },
  );

  it('a failed fsync of the parent comes after the swap: the new folder is complete and the old one gone', async () => {
    const { dir, out } = await withPreviousFolder();
    const error = await failureOf(
      writeFolderAtomically(out, NEW_FILES, { replace: true, fs: faultyFs('fsync-folder', { nth: 2 }) }),
    );
    expect(error.committed).toBe(true);
    expect(error.file).toBe(out);
    expect(await contents(out)).toEqual({ 'a.json': '{"a":2}\n', 'b.json': '{"b":2}\n' });
    expect(await readdir(dir)).toEqual(['badges']);
  });

  it('a failure with no previous folder leaves nothing', async () => {
    const dir = await tempDir();
    await failureOf(
      writeFolderAtomically(join(dir, 'badges'), NEW_FILES, { fs: faultyFs('fsync', { nth: 2 }) }),
    );
    expect(await readdir(dir)).toEqual([]);
  });

  it('refuses a folder that holds files unless asked to replace it, and replaces an empty one', async () => {
    const { out } = await withPreviousFolder();
    await expect(writeFolderAtomically(out, NEW_FILES)).rejects.toThrow(
      `Cannot write ${out}: it already exists and is not empty`,
    );
    const empty = join(await tempDir(), 'empty');
    await mkdir(empty);
    await writeFolderAtomically(empty, NEW_FILES);
    expect(Object.keys(await contents(empty))).toEqual(['a.json', 'b.json']);
  });
});

describe('every writer goes through it', () => {
  it('workspace save: a failed fsync keeps the previous file and the store at its revision; Retry then saves', async () => {
    const dir = await tempDir();
    const path = join(dir, 'w.json');
    const fs = faultyFs(null);
    const store = await WorkspaceStore.create(path, workspaceWith([]), { fs });
    const before = await readFile(path);
    fs.failing = 'fsync';
    const edited = { ...store.workspace, modules: [fullModule()] };
    const error = await store.save(edited, 0, NOW).then(
      () => null,
      (e: unknown) => (e instanceof AppFailure ? e.error : null),
    );
    expect(error).toMatchObject({ code: 'workspace.write-failed', file: path });
    expect(error?.message.startsWith(`${path} could not be saved: EIO: injected failure, fsync `)).toBe(true);
    expect(store.workspace.revision).toBe(0);
    expect(await readFile(path)).toEqual(before);
    expect(await readdir(dir)).toEqual(['w.json']);
    fs.failing = null;
    expect((await store.save(edited, 0, NOW)).revision).toBe(1);
    expect(JSON.parse(await readFile(path, 'utf8')).modules).toHaveLength(1);
  });

  it('workspace save: a failed folder fsync after the rename counts as saved, so the next save is not refused as stale', async () => {
    const dir = await tempDir();
    const path = join(dir, 'w.json');
    const store = await WorkspaceStore.create(path, workspaceWith([]), {
      fs: faultyFs('fsync-folder', { nth: 2 }),
    });
    const saved = await store.save({ ...store.workspace, title: 'One' }, 0, NOW);
    expect(saved.revision).toBe(1);
    expect(JSON.parse(await readFile(path, 'utf8'))).toMatchObject({ title: 'One', revision: 1 });
    expect((await store.save({ ...saved, title: 'Two' }, 1, NOW)).revision).toBe(2);
    expect(await readdir(dir)).toEqual(['w.json']);
  });

  it('private keys: a failed rename keeps the previous key file byte for byte, readable by the user alone', async () => {
    const dir = await tempDir();
    const fs = faultyFs(null);
    const keystore = new IssuerKeystore(dir, passphraseProtector('pw', FAST_SCRYPT), () => SIGNED_AT, fs);
    await keystore.generate('iss-kteu');
    const file = keystore.file('iss-kteu');
    const before = await readFile(file);
    fs.failing = 'rename';
    const error = await failureOf(keystore.generate('iss-kteu', { replace: true }));
    expect(error.file).toBe(file);
    expect(error.message.startsWith(`Cannot write ${file}: EIO`)).toBe(true);
    expect(await readFile(file)).toEqual(before);
    expect(await readdir(join(dir, 'keys'))).toEqual(['iss-kteu.json']);
    if (process.platform !== 'win32') expect((await stat(file)).mode & 0o777).toBe(0o600);
  });

  it('PDF specification: a failed write keeps the older export and names the file', async () => {
    const { dir, file } = await withPrevious();
    const built = buildSpecification(englishWorkspace, 'pw-die', { generatedAt: NOW });
    if (!built.ok) throw new Error(built.code);
    const error = await failureOf(exportSpecificationPdf(built.specification, file, faultyFs('write')));
    expect(error.message.startsWith(`Cannot write ${file}: EIO: injected failure, write `)).toBe(true);
    expect(await readFile(file)).toEqual(PREVIOUS);
    expect(await readdir(dir)).toEqual(['target.json']);
  });

  it('badge folder: a failure while swapping keeps the previously exported badges', async () => {
    const dir = await tempDir();
    const keystore = new IssuerKeystore(dir, passphraseProtector('pw', FAST_SCRYPT));
    await keystore.generate('iss-kteu');
    const outDir = join(dir, 'badges');
    const options = {
      workspace: signingWorkspace(),
      pathwayId: 'path-die',
      keystore,
      outDir,
      now: SIGNED_AT,
    };
    await exportPathwayBadges(options);
    const before = await Promise.all((await readdir(outDir)).map((n) => readFile(join(outDir, n))));
    const error = await failureOf(
      exportPathwayBadges({ ...options, replace: true, fs: faultyFs('rename', { nth: 2 }) }),
    );
    expect(error.file).toBe(outDir);
    expect(await Promise.all((await readdir(outDir)).map((n) => readFile(join(outDir, n))))).toEqual(before);
    expect((await readdir(dir)).sort()).toEqual(['badges', 'keys']);
  });
});

describe('writeFileAtomically, exclusive', () => {
  it('puts a complete file in place only where no file is, and leaves an existing one untouched', async () => {
    const dir = await tempDir();
    const target = join(dir, 'copy.json');
    await writeFileAtomically(target, '{"first":true}\n', { exclusive: true });
    expect(await readFile(target, 'utf8')).toBe('{"first":true}\n');
    await expect(writeFileAtomically(target, '{"second":true}\n', { exclusive: true })).rejects.toMatchObject(
      {
        code: 'EEXIST',
      },
    );
    expect(await readFile(target, 'utf8')).toBe('{"first":true}\n');
    expect(await readdir(dir)).toEqual(['copy.json']);
  });

  it('leaves no file at all when the step that puts it in place fails', async () => {
    const dir = await tempDir();
    const target = join(dir, 'copy.json');
    await expect(
      writeFileAtomically(target, 'content', { exclusive: true, fs: faultyFs('rename') }),
    ).rejects.toThrow(`Cannot write ${target}`);
    expect(await readdir(dir)).toEqual([]);
  });
});
