import { mkdir, readFile, writeFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createHandlers } from '../../electron/main/handlers';
import { createHost } from '../../electron/main/host/server';
import { resourcePath } from '../../electron/main/resources';
import { startServices } from '../../electron/main/services';
import { tempDirsPerTest } from '../support/temp-dir';

const tempDir = tempDirsPerTest();

describe('opening a sample workspace', () => {
  it('copies the Kazakh sample into the data folder as it ships and opens the copy', async () => {
    const dataDir = await tempDir();
    const { workspaces } = await startServices({ shell: 'browser', dataDir });
    const session = await workspaces.openSample('digital-competence-kk');

    expect(session.path).toBe(join(dataDir, 'samples', 'digital-competence-kk.json'));
    expect(await readFile(session.path, 'utf8')).toBe(
      await readFile(resourcePath('samples', 'digital-competence-kk.json'), 'utf8'),
    );
    expect(session.workspace).toMatchObject({
      id: 'ws-sample-digital-competence-kk',
      title: 'Алатау педагогикалық университеті (үлгі)',
      language: 'kk',
    });
    expect(workspaces.current().path).toBe(session.path);
  });

  it('opens the English sample when none is named, beside the Kazakh one', async () => {
    const dataDir = await tempDir();
    const { workspaces } = await startServices({ shell: 'browser', dataDir });
    const kazakh = await workspaces.openSample('digital-competence-kk');
    const english = await workspaces.openSample();

    expect(english.path).toBe(join(dataDir, 'samples', 'teacher-education.json'));
    expect(english.workspace.id).toBe('ws-sample-teacher-education');
    expect((await workspaces.openSample('digital-competence-kk')).path).toBe(kazakh.path);
  });

  it('keeps the user’s copy of a sample, edits and all, when it is opened again', async () => {
    const dataDir = await tempDir();
    const { workspaces } = await startServices({ shell: 'browser', dataDir });
    const first = await workspaces.openSample('digital-competence-kk');
    const edited = { ...first.workspace, title: 'Менің үлгім' };
    await workspaces.save(edited, first.workspace.revision);

    const again = await workspaces.openSample('digital-competence-kk');
    expect(again.workspace.title).toBe('Менің үлгім');
    expect(
      JSON.parse(await readFile(resourcePath('samples', 'digital-competence-kk.json'), 'utf8')).title,
    ).toBe('Алатау педагогикалық университеті (үлгі)');
  });
});

describe('the workspace.openSample command', () => {
  const TOKEN = 'test-token-0123456789';
  let server: Server | undefined;

  afterEach(async () => {
    await new Promise<void>((done) => (server ? server.close(() => done()) : done()));
    server = undefined;
  });

  async function host() {
    const dataDir = await tempDir();
    const rendererDir = join(dataDir, 'renderer');
    await mkdir(rendererDir);
    await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>Stackwise</title>');
    const services = await startServices({ shell: 'browser', dataDir });
    server = await createHost({ handlers: createHandlers(services), rendererDir, token: TOKEN });
    const origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
    return (body: unknown) =>
      fetch(`${origin}/api/workspace.openSample`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${TOKEN}` },
        body: JSON.stringify(body),
      });
  }

  it('opens the sample it names, the English one without a name, and refuses a sample Stackwise lacks', async () => {
    const post = await host();
    const kazakh = await (await post({ sample: 'digital-competence-kk' })).json();
    expect(kazakh).toMatchObject({
      ok: true,
      value: { workspace: { id: 'ws-sample-digital-competence-kk' } },
    });
    const english = await (await post({})).json();
    expect(english).toMatchObject({ ok: true, value: { workspace: { id: 'ws-sample-teacher-education' } } });

    const unknown = await post({ sample: '../../etc/passwd' });
    expect(unknown.status).toBe(400);
    expect((await unknown.json()).error.code).toBe('request.invalid');
  });
});
