import { readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppFailure } from '@shared/contract/errors';
import { pickPurposes } from '@shared/contract/uploads';
import { describe, expect, it } from 'vitest';
import { noNativePicker, pickedPath, pickerOptions } from '../../electron/main/file-picker';
import { readArchive } from '../../electron/main/package/archive-read';
import { withoutFolder, withUploadedFiles, zipOfFolder } from '../../electron/main/services/uploads';
import { workspaceFileName } from '../../electron/main/storage/file-names';
import { tempDirsPerTest } from '../support/temp-dir';

const tempDir = tempDirsPerTest();
const b64 = (text: string) => Buffer.from(text).toString('base64');

describe('native pickers', () => {
  it('pick a workspace, a package, badge files or folders, and a folder to export into', () => {
    expect(pickerOptions('open-workspace').filters).toEqual([
      { name: 'Stackwise workspace', extensions: ['json'] },
    ]);
    expect(pickerOptions('open-package').filters).toEqual([
      { name: 'Programme package', extensions: ['zip'] },
    ]);
    expect(pickerOptions('verify-file').properties).toEqual(['openFile']);
    expect(pickerOptions('verify-folder').properties).toEqual(['openDirectory']);
    expect(pickerOptions('badge-folder').properties).toContain('createDirectory');
    for (const purpose of pickPurposes) expect(pickerOptions(purpose).title).toBeTruthy();
  });

  it('return the chosen path, or null when cancelled', () => {
    expect(pickedPath({ canceled: false, filePaths: ['/home/me/p.zip'] })).toBe('/home/me/p.zip');
    expect(pickedPath({ canceled: true, filePaths: ['/home/me/p.zip'] })).toBeNull();
    expect(pickedPath({ canceled: false, filePaths: [] })).toBeNull();
  });

  it('the browser host has none and says so as data', async () => {
    const failure = await noNativePicker('open-package').catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(AppFailure);
    expect((failure as AppFailure).error.code).toBe('dialog.unavailable');
  });
});

describe('workspaceFileName', () => {
  it('keeps the uploaded name, made safe, numbered from the second attempt', () => {
    expect(workspaceFileName('faculty.json', 1)).toBe('faculty.json');
    expect(workspaceFileName('faculty.json', 2)).toBe('faculty-2.json');
    expect(workspaceFileName('My workspace', 1)).toBe('My-workspace.json');
    expect(workspaceFileName('Lehrerbildung (Entwurf).json', 3)).toBe('Lehrerbildung-Entwurf-3.json');
    expect(workspaceFileName('...json', 1)).toBe('workspace.json');
    expect(workspaceFileName(`${'x'.repeat(300)}.json`, 1)).toBe(`${'x'.repeat(100)}.json`);
  });
});

describe('uploads', () => {
  const uploadFolders = async () =>
    (await readdir(tmpdir())).filter((n) => n.startsWith('stackwise-upload-'));

  it('are read from a private temporary folder that is gone afterwards, even after a failure', async () => {
    const before = await uploadFolders();
    const seen = await withUploadedFiles(
      [{ name: 'a.json', base64: b64('{"a":1}') }],
      async (paths, folder) => {
        expect(paths).toEqual([join(folder, 'a.json')]);
        return (await readdir(folder)).length;
      },
    );
    expect(seen).toBe(1);
    const failed = withUploadedFiles([{ name: 'a.json', base64: b64('x') }], async ([path]) => {
      throw new AppFailure({
        code: 'package.not-zip',
        file: path as string,
        message: `${path} is not a zip`,
      });
    });
    await expect(failed).rejects.toMatchObject({ error: { file: 'a.json', message: 'a.json is not a zip' } });
    expect(await uploadFolders()).toEqual(before);
  });

  it('name the user’s file in messages, never the temporary folder', () => {
    expect(withoutFolder(`${join('/tmp/up-1', 'p.zip')} does not exist`, '/tmp/up-1')).toBe(
      'p.zip does not exist',
    );
  });

  it('the badge files an export wrote come back as one zip', async () => {
    const dir = await tempDir();
    const folder = join(dir, 'STEM-badges-2026');
    await writeFile(join(dir, 'ignored.json'), '{}');
    const { mkdir } = await import('node:fs/promises');
    await mkdir(folder);
    await writeFile(join(folder, 'a.json'), '{"a":1}');
    await writeFile(join(folder, 'b.json'), '{"b":2}');
    const zip = await zipOfFolder(folder, ['a.json', 'b.json']);
    expect(zip.fileName).toBe('STEM-badges-2026.zip');
    const file = join(dir, zip.fileName);
    await writeFile(file, Buffer.from(zip.base64, 'base64'));
    const entries = await readArchive(file);
    expect([...entries.keys()]).toEqual(['a.json', 'b.json']);
    expect(entries.get('b.json')?.toString()).toBe('{"b":2}');
  });
});
