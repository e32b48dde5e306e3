import { readFileSync } from 'node:fs';
import { errorDetailText, problemText } from '@locales/problems';
import { translator } from '@locales/translate';
import { decodeWorkspace, encodeWorkspace } from '@shared/schemas/decode';
import { migrateWorkspace } from '@shared/schemas/migrations';
import { problemsOf } from '@shared/schemas/problems';
import { Workspace } from '@shared/schemas/workspace';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { fullModule, workspaceWith } from '../../fixtures/builders';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/${name}`, import.meta.url), 'utf8');

describe('Workspace schema', () => {
  it('round-trips through the text Stackwise writes', () => {
    const workspace = workspaceWith();
    const decoded = decodeWorkspace(encodeWorkspace(workspace), 'w.json');
    expect(decoded).toEqual({ ok: true, workspace, fromVersion: 2 });
  });

  it('refuses two modules with one id and a pathway that names a missing module', () => {
    const workspace = workspaceWith([fullModule(), fullModule({ code: 'OTHER' })]);
    const withPathway = {
      ...workspace,
      pathways: [
        {
          id: 'p1',
          title: 'STEM Foundations',
          award: { title: 'STEM Foundations Certificate' },
          stages: [{ id: 's1', title: 'Stage 1', items: [{ kind: 'module', moduleId: 'ghost' }] }],
          createdAt: workspace.createdAt,
          updatedAt: workspace.createdAt,
        },
      ],
    };
    const result = Workspace.safeParse(withPathway);
    expect(result.success).toBe(false);
    const tr = translator('en');
    const messages = problemsOf(result.error as z.ZodError).map((p) => `${p.field}: ${problemText(p, tr)}`);
    expect(messages).toEqual(
      expect.arrayContaining([
        'modules[1].id: Id mod-pbl is used twice',
        'pathways[0].stages[0].items[0]: Module ghost does not exist',
      ]),
    );
  });
});

describe('decodeWorkspace', () => {
  it('says where JSON is broken, by line and column', () => {
    const decoded = decodeWorkspace(
      '{\n  "format": "stackwise.workspace",\n  "schemaVersion": 2,,\n}',
      '/data/w.json',
    );
    expect(decoded.ok).toBe(false);
    if (decoded.ok) return;
    expect(decoded.error.code).toBe('workspace.corrupt');
    expect(decoded.error.file).toBe('/data/w.json');
    expect(decoded.error.params).toMatchObject({ file: '/data/w.json', variant: 'at', line: 3 });
    expect(errorDetailText({ ...decoded.error, message: '' }, translator('en'))).toMatch(
      /^\/data\/w\.json is not valid JSON \(line 3, column \d+\)/,
    );
  });

  it('recognises a JSON file that is not a workspace', () => {
    const decoded = decodeWorkspace('{"name":"some-package","version":"1.0.0"}', 'package.json');
    expect(decoded).toMatchObject({ ok: false, error: { code: 'workspace.foreign' } });
  });

  it('refuses a workspace from a newer Stackwise, naming both versions', () => {
    const decoded = decodeWorkspace('{"format":"stackwise.workspace","schemaVersion":7}', 'w.json');
    expect(decoded).toMatchObject({ ok: false, error: { code: 'workspace.too-new' } });
    if (!decoded.ok) {
      expect(decoded.error.params).toEqual({ file: 'w.json', version: 7, supported: 2 });
      expect(errorDetailText({ ...decoded.error, message: '' }, translator('en'))).toMatch(
        /schema version 7.*reads up to 2/,
      );
    }
  });

  it('lists each invalid field with its path', () => {
    const workspace = workspaceWith([fullModule({ title: '' })]);
    const decoded = decodeWorkspace(JSON.stringify(workspace), 'w.json');
    expect(decoded).toMatchObject({
      ok: false,
      error: {
        code: 'workspace.invalid',
        problems: [{ field: 'modules[0].title', params: { label: 'module.title', minimum: 1 } }],
      },
    });
  });
});

describe('migration from schema version 1', () => {
  it('brings the prototype format forward and keeps every module, credit and outcome', () => {
    const decoded = decodeWorkspace(fixture('workspace-v1.json'), 'v1.json');
    expect(decoded.ok).toBe(true);
    if (!decoded.ok) return;
    expect(decoded.fromVersion).toBe(1);
    const { workspace } = decoded;
    expect(workspace.schemaVersion).toBe(2);
    expect(workspace.modules.map((m) => m.code)).toEqual(['STEM-01', 'STEM-02']);
    expect(workspace.modules[0]?.credit).toEqual({ value: 5, system: 'ECTS' });
    expect(workspace.modules[1]?.credit).toEqual({ value: 10, system: 'UK' });
    expect(workspace.modules[0]?.learningOutcomes.map((o) => o.statement)).toEqual([
      'Plan inquiry-based science lessons.',
      'Use simulations to teach forces and motion.',
    ]);
    expect(workspace.pathways[0]?.stages[0]?.items).toEqual([{ kind: 'module', moduleId: 'm-stem-1' }]);
  });

  it('does not change the value it was given', () => {
    const raw = JSON.parse(fixture('workspace-v1.json'));
    const copy = structuredClone(raw);
    migrateWorkspace(raw);
    expect(raw).toEqual(copy);
  });
});
