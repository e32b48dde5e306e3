import { execFile } from 'node:child_process';
import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { encodeWorkspace } from '@shared/schemas/decode';
import type { Workspace } from '@shared/schemas/workspace';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../electron/main/cli/run';
import enCli from '../../resources/locales/en/cli.json';
import kkCli from '../../resources/locales/kk/cli.json';
import kkSpec from '../../resources/locales/kk/spec.json';
import ukCli from '../../resources/locales/uk/cli.json';
import ukSpec from '../../resources/locales/uk/spec.json';
import { englishWorkspace } from '../fixtures/spec/english';
import { tempDirsPerTest } from '../support/temp-dir';

const tempDir = tempDirsPerTest();
const run = promisify(execFile);

/** Runs the command line in-process, as `stackwise` would with this environment. */
async function stackwise(env: NodeJS.ProcessEnv, ...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (t) => out.push(t), err: (t) => err.push(t) }, env);
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

const english = { LANG: 'C' };

async function workspaceFile(workspace: Workspace = englishWorkspace) {
  const dir = await tempDir();
  const file = join(dir, 'workspace.json');
  await writeFile(file, encodeWorkspace(workspace));
  return { dir, file };
}

const pdfText = async (pdf: string) => (await run('pdftotext', ['-raw', '-enc', 'UTF-8', pdf, '-'])).stdout;

describe('stackwise --lang', () => {
  it('prints stackwise validate’s own lines in Ukrainian', async () => {
    const { dir } = await workspaceFile();
    const missing = join(dir, 'nope.json');
    const refused = await stackwise(english, 'validate', missing, '--lang', 'uk');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toBe(`stackwise: ${missing} не існує`);

    const help = await stackwise(english, '--lang=uk', 'validate', '--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Використання: stackwise validate <workspace-file>');
    expect(help.stdout).toContain(ukCli['command.validate']);
  });

  it('speaks the system’s language without --lang (LC_ALL before LANG), English for C or an unknown one', async () => {
    const help = async (env: NodeJS.ProcessEnv) => (await stackwise(env, '--help')).stdout;
    expect(await help({ LANG: 'kk_KZ.UTF-8' })).toContain(kkCli['help.commands']);
    expect(await help({ LANG: 'en_GB.UTF-8', LC_ALL: 'uk_UA.UTF-8' })).toContain(ukCli['help.commands']);
    expect(await help({ LANG: 'de_DE.UTF-8' })).toContain(enCli['help.commands']);
    expect(await help({})).toContain('Usage: stackwise <command> [options]');
    expect(await help({ LANG: 'kk_KZ.UTF-8' })).toContain('--lang <en|uk|kk|ru>');
  });

  it('refuses a language Stackwise does not speak (exit 2)', async () => {
    const refused = await stackwise(english, 'info', 'w.json', '--lang', 'de');
    expect(refused.code).toBe(2);
    expect(refused.stderr).toBe('stackwise: --lang must be one of en, uk, kk, ru, not “de”');
  });

  it('stackwise spec --lang kk writes the specification with Kazakh headings, and says so in Kazakh', async () => {
    const { dir, file } = await workspaceFile();
    const pdf = join(dir, 'die.pdf');
    const { code, stdout } = await stackwise(
      english,
      'spec',
      file,
      '--pathway',
      'pw-die',
      '-o',
      pdf,
      '--lang',
      'kk',
    );
    expect(code).toBe(0);
    expect(stdout).toMatch(
      new RegExp(`^${pdf.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} жазылды \\(\\d+ бет\\)$`),
    );
    const text = await pdfText(pdf);
    for (const heading of ['section.summary', 'section.structure', 'section.modules', 'section.qa'] as const)
      expect(text).toContain(kkSpec[heading]);
    expect(text).not.toContain('Outcomes and assessment');
    expect((await readdir(dir)).sort()).toEqual(['die.pdf', 'workspace.json']);
  });

  it('stackwise spec writes in the pathway’s language when --lang is not given', async () => {
    const ukrainian: Workspace = {
      ...englishWorkspace,
      pathways: englishWorkspace.pathways.map((p) => ({ ...p, language: 'uk' as const })),
    };
    const { dir, file } = await workspaceFile(ukrainian);
    const pdf = join(dir, 'die.pdf');
    const { code, stdout } = await stackwise(english, 'spec', file, '--pathway', 'pw-die', '-o', pdf);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Wrote .*die\.pdf \(\d+ pages\)$/);
    const text = await pdfText(pdf);
    expect(text).toContain(ukSpec['section.structure']);
    expect(text).toContain(ukSpec.contents);
  });
});
