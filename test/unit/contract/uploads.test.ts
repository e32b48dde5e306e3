import { contract } from '@shared/contract/commands';
import {
  base64Length,
  decodedLength,
  MAX_UPLOAD_BYTES,
  MAX_UPLOAD_FILES,
  UploadedFile,
  UploadedFiles,
} from '@shared/contract/uploads';
import { describe, expect, it } from 'vitest';

const file = (name: string, base64 = 'eyJhIjoxfQ==') => ({ name, base64 });

describe('uploaded files', () => {
  it('accepts a file name and its base64 bytes', () => {
    expect(UploadedFile.parse(file('STEM-package.zip'))).toEqual(file('STEM-package.zip'));
    expect(UploadedFile.parse(file('empty.json', ''))).toEqual(file('empty.json', ''));
  });

  it('refuses names that are paths or could leave a folder', () => {
    for (const name of [
      '',
      '../workspace.json',
      'a/b.json',
      'a\\b.json',
      '.',
      '..',
      'a\0.json',
      'x'.repeat(256),
    ]) {
      expect(UploadedFile.safeParse(file(name)).success, name).toBe(false);
    }
  });

  it('refuses content that is not base64', () => {
    for (const base64 of ['not base64!', 'abc', 'ab=c', '====']) {
      expect(UploadedFile.safeParse(file('a.json', base64)).success, base64).toBe(false);
    }
  });

  it('caps a file at MAX_UPLOAD_BYTES, measured on its base64 before decoding', () => {
    expect(base64Length(3)).toBe(4);
    expect(base64Length(4)).toBe(8);
    expect(decodedLength('eyJhIjoxfQ==')).toBe(7);
    const length = base64Length(MAX_UPLOAD_BYTES);
    const atCap = `${'A'.repeat(length - 4)}AAA=`;
    expect(decodedLength(atCap)).toBe(MAX_UPLOAD_BYTES);
    expect(UploadedFile.safeParse(file('big.zip', atCap)).success).toBe(true);
    for (const over of ['A'.repeat(length), `${atCap}AAAA`]) {
      const result = UploadedFile.safeParse(file('big.zip', over));
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]?.message).toBe('upload-too-large');
    }
  });

  it('takes several files with distinct names, up to MAX_UPLOAD_FILES', () => {
    expect(UploadedFiles.safeParse([file('a.json'), file('b.json')]).success).toBe(true);
    expect(UploadedFiles.safeParse([]).success).toBe(false);
    expect(UploadedFiles.safeParse([file('a.json'), file('a.json')]).success).toBe(false);
    const many = Array.from({ length: MAX_UPLOAD_FILES + 1 }, (_, i) => file(`${i}.json`));
    expect(UploadedFiles.safeParse(many).success).toBe(false);
  });

  it('lets Open package and Verify take a path or uploaded bytes, never both', () => {
    const open = contract['package.open'].input;
    expect(open.safeParse({ path: '/tmp/p.zip' }).success).toBe(true);
    expect(open.safeParse({ file: file('p.zip') }).success).toBe(true);
    expect(open.safeParse({ path: '/tmp/p.zip', file: file('p.zip') }).success).toBe(false);
    const verify = contract['badges.verify'].input;
    expect(verify.safeParse({ path: '/tmp/badges' }).success).toBe(true);
    expect(verify.safeParse({ files: [file('a.json')] }).success).toBe(true);
    expect(verify.safeParse({ files: [] }).success).toBe(false);
    expect(contract['workspace.import'].input.safeParse({ file: file('../w.json') }).success).toBe(false);
    expect(contract['dialog.pick'].input.safeParse({ purpose: 'open-package' }).success).toBe(true);
    expect(contract['dialog.pick'].input.safeParse({ purpose: 'anything' }).success).toBe(false);
  });
});
