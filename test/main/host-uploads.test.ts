import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { encodeWorkspace } from '@shared/schemas/decode';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHandlers } from '../../electron/main/handlers';
import { createHost } from '../../electron/main/host/server';
import { startServices } from '../../electron/main/services';
import { exportPathwayBadges } from '../../electron/main/signing/badge-export';
import { workspaceWith } from '../fixtures/builders';
import { signedPackage } from '../fixtures/package/signed-package';
import { signingWorkspace } from '../fixtures/signing/workspace';
import { tempDirsPerTest } from '../support/temp-dir';

const tempDir = tempDirsPerTest();
const TOKEN = 'test-token-0123456789';
let server: Server;
let origin: string;
let dataDir: string;
let scratch: string;

beforeEach(async () => {
  dataDir = await tempDir();
  scratch = await tempDir();
  const rendererDir = join(scratch, 'renderer');
  await mkdir(rendererDir);
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>Stackwise</title>');
  const services = await startServices({ shell: 'browser', dataDir });
  server = await createHost({ handlers: createHandlers(services), rendererDir, token: TOKEN });
  origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});

afterEach(() => new Promise<void>((done) => server.close(() => done())));

async function post(name: string, body: unknown) {
  const response = await fetch(`${origin}/api/${name}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${TOKEN}` },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: await response.json() };
}

const upload = async (path: string, name: string) => ({
  name,
  base64: (await readFile(path)).toString('base64'),
});
const dataFolderFiles = async () => (await readdir(dataDir, { recursive: true })).sort();

describe('the browser host takes files through uploads', () => {
  it('has no native file dialog and says so', async () => {
    const { body } = await post('dialog.pick', { purpose: 'open-package' });
    expect(body).toMatchObject({ ok: false, error: { code: 'dialog.unavailable' } });
  });

  it('checks an uploaded programme package and keeps nothing of it', async () => {
    const { outFile } = await signedPackage(scratch);
    const before = await dataFolderFiles();
    const { status, body } = await post('package.open', { file: await upload(outFile, 'STEM-package.zip') });
    expect(status).toBe(200);
    expect(body.ok).toBe(true);
    expect(body.value.report.ok).toBe(true);
    expect(body.value.report.file).toBe('STEM-package.zip');
    expect(body.value.report.files.every((f: { status: string }) => f.status === 'intact')).toBe(true);
    expect(await dataFolderFiles()).toEqual(before);
  });

  it('names the uploaded file when it is not a package', async () => {
    const { body } = await post('package.open', {
      file: { name: 'notes.zip', base64: Buffer.from('not a zip').toString('base64') },
    });
    expect(body.ok).toBe(false);
    expect(body.error.code).toBe('package.not-zip');
    expect(body.error.message).toContain('notes.zip');
    expect(body.error.message).not.toContain('stackwise-upload-');
  });

  it('verifies uploaded badge files by their names', async () => {
    const { keystore } = await signedPackage(scratch);
    const outDir = join(scratch, 'badges');
    const exported = await exportPathwayBadges({
      workspace: signingWorkspace(),
      pathwayId: 'path-die',
      keystore,
      outDir,
    });
    const files = await Promise.all(exported.files.map((name) => upload(join(outDir, name), name)));
    const { body } = await post('badges.verify', { files });
    expect(body.ok).toBe(true);
    const verdicts = body.value.verdicts as { file: string; ok: boolean; skipped?: boolean }[];
    expect(verdicts.map((v) => v.file).sort()).toEqual(
      exported.files.filter((f) => /\.(json|jsonld|jwt)$/.test(f)).sort(),
    );
    expect(verdicts.every((v) => v.ok || v.skipped)).toBe(true);
  });

  it('refuses an upload over the cap before reading it', async () => {
    const { status, body } = await post('badges.verify', {
      files: [{ name: 'a.json', base64: 'A'.repeat(28_000_000) }],
    });
    expect(status).toBe(400);
    expect(body.error.problems).toMatchObject([{ field: 'files[0].base64', code: 'upload-too-large' }]);
    expect(body.error.message).toMatch(/too large to upload/);
  });

  it('keeps an uploaded workspace as a new file in workspaces/, never over another, and opens it', async () => {
    const workspace = workspaceWith();
    const file = { name: 'faculty.json', base64: Buffer.from(encodeWorkspace(workspace)).toString('base64') };
    const first = await post('workspace.import', { file });
    expect(first.body.ok).toBe(true);
    expect(first.body.value.path).toBe(join(dataDir, 'workspaces', 'faculty.json'));
    expect(first.body.value.workspace.title).toBe('Faculty of Education');
    const second = await post('workspace.import', { file });
    expect(second.body.value.path).toBe(join(dataDir, 'workspaces', 'faculty-2.json'));
    expect((await post('workspace.current', {})).body.value.path).toBe(second.body.value.path);
  });

  it('keeps no uploaded workspace that does not open, and names it in the error', async () => {
    const file = { name: 'broken.json', base64: Buffer.from('{ not json').toString('base64') };
    const { body } = await post('workspace.import', { file });
    expect(body).toMatchObject({ ok: false, error: { code: 'workspace.corrupt', file: 'broken.json' } });
    expect(await readdir(join(dataDir, 'workspaces'))).toEqual([]);
    expect((await post('workspace.current', {})).body.value.path).toBe(join(dataDir, 'workspace.json'));
  });

  it('creates a new workspace in the data folder when no path is given', async () => {
    const { body } = await post('workspace.create', { title: 'Spring draft' });
    expect(body.value.path).toBe(join(dataDir, 'workspaces', 'Spring-draft.json'));
    const again = await post('workspace.create', { title: 'Spring draft' });
    expect(again.body.value.path).toBe(join(dataDir, 'workspaces', 'Spring-draft-2.json'));
  });
});
