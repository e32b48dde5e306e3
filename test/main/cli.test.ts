import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { encodeWorkspace } from '@shared/schemas/decode';
import { describe, expect, it } from 'vitest';
import { fullModule, workspaceWith } from '../fixtures/builders';
import { stackwise } from '../support/cli';
import { tempDirsPerTest } from '../support/temp-dir';

const tempDir = tempDirsPerTest();
const fixture = fileURLToPath(new URL('../fixtures/workspace-v1.json', import.meta.url));

describe('stackwise command line (built)', () => {
  it('prints help naming its commands', async () => {
    const { code, stdout } = await stackwise('--help');
    expect(code).toBe(0);
    expect(stdout).toMatch(/info <workspace-file>/);
    expect(stdout).toMatch(/validate/);
  });

  it('prints the issuers, modules and pathways of a workspace', async () => {
    const dir = await tempDir();
    const file = join(dir, 'w.json');
    const workspace = {
      ...workspaceWith([fullModule()]),
      issuers: [
        {
          id: 'iss',
          name: 'Kyiv Teacher Education University',
          description: '',
          awardingBody: '',
          country: 'UA',
        },
      ],
    };
    await writeFile(file, encodeWorkspace(workspace));
    const { code, stdout } = await stackwise('info', file);
    expect(code).toBe(0);
    expect(stdout).toContain('Workspace “Faculty of Education”');
    expect(stdout).toContain('Kyiv Teacher Education University — UA');
    expect(stdout).toMatch(/TE-PBL-01\s+Designing Project-Based Learning Activities — 5 ECTS, EQF 6, Draft/);
    expect(stdout).toContain('Pathways (0)');
  });

  it('reads an older file without migrating or writing it', async () => {
    const dir = await tempDir();
    const file = join(dir, 'old.json');
    const original = await readFile(fixture, 'utf8');
    await writeFile(file, original);
    const { code, stdout } = await stackwise('info', file, '--json');
    expect(code).toBe(0);
    const info = JSON.parse(stdout);
    expect(info.schemaVersion).toBe(1);
    expect(info.modules.map((m: { code: string }) => m.code)).toEqual(['STEM-01', 'STEM-02']);
    expect(info.pathways[0].award).toBe('STEM Foundations Certificate');
    expect(await readFile(file, 'utf8')).toBe(original);
  });

  it('gives a precise error and exit code 1 for a broken workspace', async () => {
    const dir = await tempDir();
    const file = join(dir, 'bad.json');
    await writeFile(file, encodeWorkspace(workspaceWith([fullModule({ code: '' })])));
    const { code, stderr } = await stackwise('info', file);
    expect(code).toBe(1);
    expect(stderr).toContain(`${file} is not a valid workspace (2 problems):`);
    expect(stderr).toContain('modules[0].code: Code is required');
    const missing = await stackwise('info', join(dir, 'nope.json'));
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('nope.json does not exist');
  });

  it('exits 2 on wrong usage, naming the usage or the unknown command', async () => {
    expect((await stackwise('info')).code).toBe(2);
    const unknown = await stackwise('frobnicate');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/unknown command "frobnicate"/);
    const incomplete = await stackwise('package', 'w.json');
    expect(incomplete.code).toBe(2);
    expect(incomplete.stderr).toMatch(/^Usage: stackwise package <workspace-file> --pathway ID/m);
  });
});
