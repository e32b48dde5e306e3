import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { mergeDesign } from '@shared/commands/package-design';
import { encodeWorkspace } from '@shared/schemas/decode';
import type { Workspace } from '@shared/schemas/workspace';
import { describe, expect, it } from 'vitest';
import { startServices } from '../../electron/main/services';
import { signedPackage } from '../fixtures/package/signed-package';
import { signingWorkspace } from '../fixtures/signing/workspace';
import { tempDirsPerTest } from '../support/temp-dir';

const tempDir = tempDirsPerTest();

/** The signing fixture, its pathway approved by a reviewer. */
function approvedWorkspace(): Workspace {
  const workspace = signingWorkspace();
  return {
    ...workspace,
    pathways: workspace.pathways.map((p) => ({ ...p, status: 'approved' as const })),
    modules: workspace.modules.map((m) => ({ ...m, status: 'approved' as const })),
    reviews: [
      {
        id: 'rev-1',
        pathwayId: 'path-die',
        state: 'approved',
        comments: [],
        decisions: [
          {
            id: 'dec-1',
            decision: 'approved',
            reviewer: 'Dr Ruth Adeyemi',
            role: 'QA officer',
            date: '2026-11-20T10:00:00.000Z',
            designVersion: '1.0.0',
            contentHash: 'a'.repeat(64),
            profileVersions: {},
          },
        ],
      },
    ],
  };
}

type Services = Awaited<ReturnType<typeof startServices>>;

/** The renderer's part of opening a package: the verified design merged into the open workspace. */
function merged(services: Services, opened: Awaited<ReturnType<Services['packages']['open']>>): Workspace {
  if (!opened.design) throw new Error('the package did not verify');
  const into = services.workspaces.current().workspace;
  return mergeDesign(into, opened.design.workspace, opened.design.pathwayId, { trusted: opened.keyKnown })
    .workspace;
}

describe('opening a package in the app', () => {
  it('keeps the approval only when the package is signed with a key this workspace holds', async () => {
    const dir = await tempDir();
    const { outFile } = await signedPackage(dir, { workspace: approvedWorkspace() });

    // Someone else's machine: an empty workspace, no keys. The signature is valid but proves little.
    const stranger = await startServices({ shell: 'browser', dataDir: join(dir, 'stranger') });
    const opened = await stranger.packages.open(outFile);
    expect(opened.report.ok).toBe(true);
    expect(opened.keyKnown).toBe(false);
    const imported = merged(stranger, opened);
    expect(imported.pathways.find((p) => p.id === 'path-die')?.status).toBe('draft');
    expect(imported.reviews.filter((r) => r.pathwayId === 'path-die')).toEqual([]);
    expect(imported.modules.map((m) => m.status)).toEqual(['draft', 'draft', 'draft']);

    // The issuer's own machine (its keystore, a workspace holding the issuer): the approval comes along.
    const ownWorkspace = join(dir, 'own.json');
    await writeFile(ownWorkspace, encodeWorkspace({ ...signingWorkspace(), modules: [], pathways: [] }));
    const own = await startServices({
      shell: 'browser',
      dataDir: join(dir, 'data'),
      workspacePath: ownWorkspace,
    });
    const reopened = await own.packages.open(outFile);
    expect(reopened.keyKnown).toBe(true);
    const review = merged(own, reopened).reviews.find((r) => r.pathwayId === 'path-die');
    expect(review?.decisions.map((d) => d.decision)).toEqual(['approved']);
    expect(merged(own, reopened).modules.every((m) => m.status === 'approved')).toBe(true);
  });
});

describe('exporting a package from the app', () => {
  it('never replaces an existing file, and wants a .zip name', async () => {
    const dir = await tempDir();
    const services = await startServices({ shell: 'browser', dataDir: join(dir, 'data') });
    const existing = join(dir, 'precious.zip');
    await writeFile(existing, 'an earlier package');
    const pathwayId = 'any';
    const workspace = services.workspaces.current().workspace;
    const at = (revision: number) => ({ revision, workspacePath: services.workspaces.current().path });
    await expect(services.packages.export(pathwayId, at(workspace.revision), existing)).rejects.toThrow(
      /Pathway any is not in the open workspace/,
    );
    const { revision } = await services.workspaces.save(
      { ...signingWorkspace(), id: workspace.id },
      workspace.revision,
    );
    await expect(services.packages.export('path-die', at(revision), existing)).rejects.toThrow(
      `${existing} already exists; choose a new name`,
    );
    await expect(services.packages.export('path-die', at(revision), join(dir, 'w.json'))).rejects.toThrow(
      'ends in .zip',
    );
    expect(await readFile(existing, 'utf8')).toBe('an earlier package');
  });
});

describe('exports act on what the window shows', () => {
  it('refuses to sign, package or print when the saved copy is not the revision the window shows', async () => {
    const dir = await tempDir();
    const services = await startServices({ shell: 'browser', dataDir: join(dir, 'data') });
    const workspace = services.workspaces.current().workspace;
    const { revision } = await services.workspaces.save(
      { ...signingWorkspace(), id: workspace.id },
      workspace.revision,
    );
    // The window shows a later revision whose save failed: main's copy is the one before it.
    const shown = { revision: revision + 1, workspacePath: services.workspaces.current().path };
    const notSaved = { error: { code: 'workspace.not-saved' } };
    await expect(services.signing.exportBadges('path-die', shown, join(dir, 'badges'))).rejects.toMatchObject(
      notSaved,
    );
    await expect(services.packages.export('path-die', shown, join(dir, 'p.zip'))).rejects.toMatchObject(
      notSaved,
    );
    await expect(services.exports.specification('path-die', shown)).rejects.toMatchObject(notSaved);
    // Another file's window (the same revision number means nothing there) is refused too.
    await expect(
      services.exports.specification('path-die', { revision, workspacePath: join(dir, 'another.json') }),
    ).rejects.toMatchObject(notSaved);
    await expect(readdir(dir)).resolves.toEqual(['data']);
    // The revision it shows is the saved one: the PDF is made.
    const pdf = await services.exports.specification('path-die', {
      revision,
      workspacePath: services.workspaces.current().path,
    });
    expect(Buffer.from(pdf.base64, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
  });
});
