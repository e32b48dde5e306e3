import { execFile } from 'node:child_process';
import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { encodeWorkspace } from '@shared/schemas/decode';
import { describe, expect, it } from 'vitest';
import kazakh from '../../resources/locales/kk/spec.json';
import { englishWorkspace } from '../fixtures/spec/english';
import { stackwise, stackwiseWith } from '../support/cli';
import { tempDirsPerTest } from '../support/temp-dir';

const tempDir = tempDirsPerTest();
const run = promisify(execFile);

async function workspaceFile(): Promise<{ dir: string; file: string }> {
  const dir = await tempDir();
  const file = join(dir, 'workspace.json');
  await writeFile(file, encodeWorkspace(englishWorkspace));
  return { dir, file };
}

describe('stackwise spec (built)', () => {
  it('writes the programme specification of a pathway with the shipped font', async () => {
    const { dir, file } = await workspaceFile();
    const pdf = join(dir, 'die.pdf');
    const { code, stdout } = await stackwise('spec', file, '--pathway', 'pw-die', '-o', pdf);
    expect(code).toBe(0);
    const { stdout: info } = await run('pdfinfo', [pdf]);
    const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
    expect(stdout.trim()).toBe(`Wrote ${pdf} (${pages} pages)`);
    const { stdout: text } = await run('pdftotext', ['-raw', pdf, '-']);
    expect(text).toContain('Data-Informed Educator Certificate');
    // The CLI runs the same QA engine as the app and puts its result in the specification.
    expect(text).toMatch(/QA status\s+(Conforms: no open findings|\d+ errors?)/);
    expect((await run('pdffonts', [pdf])).stdout).toMatch(
      /DejaVuSans\s+CID TrueType\s+Identity-H\s+yes yes yes/,
    );
    expect((await readdir(dir)).sort()).toEqual(['die.pdf', 'workspace.json']);
  });

  it('writes it in Kazakh with --lang kk, and says so in Kazakh', async () => {
    const { dir, file } = await workspaceFile();
    const pdf = join(dir, 'die.pdf');
    const { code, stdout } = await stackwiseWith(
      { LANG: 'C' },
      'spec',
      file,
      '-p',
      'pw-die',
      '-o',
      pdf,
      '--lang',
      'kk',
    );
    expect(code).toBe(0);
    expect(stdout.trim()).toMatch(/ жазылды \(\d+ бет\)$/);
    const { stdout: text } = await run('pdftotext', ['-raw', '-enc', 'UTF-8', pdf, '-']);
    for (const heading of [kazakh['section.summary'], kazakh['section.structure'], kazakh['section.modules']])
      expect(text).toContain(heading);
  });

  it('names an unknown pathway and writes nothing (exit 1)', async () => {
    const { dir, file } = await workspaceFile();
    const { code, stderr } = await stackwise(
      'spec',
      file,
      '--pathway',
      'pw-missing',
      '-o',
      join(dir, 'x.pdf'),
    );
    expect(code).toBe(1);
    expect(stderr).toContain(
      `stackwise spec: ${file}: Pathway pw-missing does not exist in workspace “Faculty of Education: digital pedagogy”. Its pathways: pw-die (Data-Informed Educator).`,
    );
    expect(await readdir(dir)).toEqual(['workspace.json']);
  });

  it('says why it cannot write the file (exit 1)', async () => {
    const { dir, file } = await workspaceFile();
    const target = join(dir, 'no-such-folder', 'x.pdf');
    const { code, stderr } = await stackwise('spec', file, '--pathway', 'pw-die', '-o', target);
    expect(code).toBe(1);
    expect(stderr.trim()).toBe(
      `stackwise spec: Cannot write ${target}: the folder ${join(dir, 'no-such-folder')} does not exist`,
    );
  });

  it('exits 2 when the pathway or the output is missing', async () => {
    const { file } = await workspaceFile();
    const noPathway = await stackwise('spec', file, '-o', 'x.pdf');
    expect(noPathway.code).toBe(2);
    expect(noPathway.stderr).toContain('Usage: stackwise spec <workspace-file> --pathway ID -o <file.pdf>');
    expect((await stackwise('spec', file, '--pathway', 'pw-die')).code).toBe(2);
    expect((await stackwise('spec', '--pathway', 'pw-die', '-o', 'x.pdf')).code).toBe(2);
  });
});
