import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { newModule } from '@shared/domain/module';
import { checkDesignForExport } from '@shared/qa/design-check';
import { decodeWorkspace, encodeWorkspace } from '@shared/schemas/decode';
import type { Workspace } from '@shared/schemas/workspace';
import { expect, test } from './fixtures';

/** The sample, plus a bare module in its first pathway and one awarded by an issuer that states no country: most rules fire. */
async function workspaceWithGaps(): Promise<Workspace> {
  const text = await readFile(
    new URL('../../resources/samples/teacher-education.json', import.meta.url),
    'utf8',
  );
  const decoded = decodeWorkspace(text, 'sample');
  if (!decoded.ok) throw new Error(JSON.stringify(decoded.error));
  const sample = decoded.workspace;
  const now = '2026-12-01T00:00:00.000Z';
  const bare = newModule({ id: 'mod-bare', code: 'BARE-01', title: 'A module with nothing stated', now });
  const orphan = {
    ...newModule({ id: 'mod-orphan', code: 'ORPH-01', title: 'Issued by nobody', now }),
    issuerId: 'iss-partner',
  };
  const [first, ...rest] = sample.pathways;
  if (!first) throw new Error('the sample has no pathway');
  const [stage, ...stages] = first.stages;
  if (!stage) throw new Error('the sample pathway has no stage');
  const items = [
    ...stage.items,
    { kind: 'module' as const, moduleId: bare.id },
    { kind: 'module' as const, moduleId: orphan.id },
  ];
  return {
    ...sample,
    issuers: [
      ...sample.issuers,
      { id: 'iss-partner', name: 'Partner college', description: '', awardingBody: 'Partner college' },
    ],
    modules: [...sample.modules, bare, orphan],
    pathways: [{ ...first, stages: [{ ...stage, items }, ...stages] }, ...rest],
  };
}

test('every module field a QA finding points at is a field the module form shows', async ({
  page,
  dataDir,
  launchHost,
}) => {
  test.setTimeout(120_000);
  const workspace = await workspaceWithGaps();
  await writeFile(join(dataDir, 'workspace.json'), encodeWorkspace(workspace));
  const targets = new Map<string, Set<string>>();
  for (const pathway of workspace.pathways) {
    for (const { target } of checkDesignForExport(workspace, pathway.id).report.findings) {
      if (!target.moduleId || !target.field) continue;
      const fields = targets.get(target.moduleId) ?? new Set<string>();
      targets.set(target.moduleId, fields.add(target.field));
    }
  }
  // The check must have something to check: issuer, credit, outcomes and the rest are all targeted.
  expect([...(targets.get('mod-orphan') ?? [])]).toContain('issuerId');
  expect(targets.get('mod-bare')?.size ?? 0).toBeGreaterThan(5);

  const host = await launchHost();
  await page.goto(host.url);
  const library = page.getByRole('list', { name: 'Modules in this workspace' });
  for (const [moduleId, fields] of targets) {
    const code = workspace.modules.find((m) => m.id === moduleId)?.code ?? moduleId;
    await library.getByRole('button', { name: new RegExp(`^${code}\\b`) }).click();
    for (const field of fields) {
      await expect(
        page.locator(`.inspector [data-field="${field}"]`).first(),
        `${code}: a finding points at ${field}`,
      ).toBeAttached();
    }
  }
});
