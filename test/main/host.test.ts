import { mkdir, writeFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHandlers } from '../../electron/main/handlers';
import { createHost } from '../../electron/main/host/server';
import { startServices } from '../../electron/main/services';
import { fullModule } from '../fixtures/builders';
import { tempDirsPerTest } from '../support/temp-dir';

const tempDir = tempDirsPerTest();
const TOKEN = 'test-token-0123456789';
let server: Server;
let origin: string;
let dataDir: string;

beforeEach(async () => {
  dataDir = await tempDir();
  const rendererDir = join(dataDir, 'renderer');
  await mkdir(rendererDir);
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>Stackwise</title>');
  await writeFile(join(dataDir, 'secret.txt'), 'outside the renderer');
  const services = await startServices({ shell: 'browser', dataDir });
  server = await createHost({ handlers: createHandlers(services), rendererDir, token: TOKEN });
  origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});

afterEach(() => new Promise<void>((done) => server.close(() => done())));

function post(name: string, body: unknown, headers: Record<string, string> = {}) {
  return fetch(`${origin}/api/${name}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${TOKEN}`, ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

/** fetch() will not send a forged Host header; a raw request can, as a DNS-rebinding page would. */
function rawRequest(path: string, headers: Record<string, string>): Promise<number> {
  const url = new URL(origin);
  return new Promise((resolve, reject) => {
    const req = request({ host: url.hostname, port: url.port, path, method: 'GET', headers }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end();
  });
}

describe('browser host', () => {
  it('answers a valid command with the service result', async () => {
    const response = await post('workspace.current', {});
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.ok).toBe(true);
    expect(body.value.path).toBe(join(dataDir, 'workspace.json'));
  });

  it('refuses a request without the token, or with a wrong one', async () => {
    const missing = await post('workspace.current', {}, { Authorization: '' });
    expect(missing.status).toBe(401);
    expect((await missing.json()).error.message).toMatch(/access token/);
    const wrong = await post('workspace.current', {}, { Authorization: 'Bearer not-the-token' });
    expect(wrong.status).toBe(401);
  });

  it('refuses a request from another origin even with the token', async () => {
    const response = await post('workspace.current', {}, { Origin: 'http://evil.example' });
    expect(response.status).toBe(403);
    expect((await response.json()).error.message).toBe(
      'Requests from origin http://evil.example are not allowed',
    );
  });

  it('refuses a foreign Host header (DNS rebinding)', async () => {
    expect(await rawRequest('/', { Host: 'attacker.example:80' })).toBe(403);
    expect(await rawRequest('/', { Host: new URL(origin).host })).toBe(200);
  });

  it('refuses a body that fails the command schema, naming the field', async () => {
    const response = await post('workspace.save', {
      baseRevision: 0,
      workspace: { format: 'stackwise.workspace' },
    });
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.error.code).toBe('request.invalid');
    expect(body.error.problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          field: 'workspace.id',
          params: expect.objectContaining({ label: 'id', missing: 1 }),
        }),
      ]),
    );
  });

  it('refuses malformed JSON, a non-JSON content type, an unknown command and GET on a command', async () => {
    expect((await post('workspace.current', '{oops')).status).toBe(400);
    expect((await post('workspace.current', '{}', { 'Content-Type': 'text/plain' })).status).toBe(415);
    expect((await post('workspace.delete-everything', {})).status).toBe(404);
    expect((await fetch(`${origin}/api/workspace.current`)).status).toBe(405);
  });

  it('saves through the contract and refuses a stale save', async () => {
    const current = await (await post('workspace.current', {})).json();
    const workspace = { ...current.value.workspace, modules: [fullModule()] };
    const saved = await (await post('workspace.save', { baseRevision: 0, workspace })).json();
    expect(saved).toMatchObject({ ok: true, value: { revision: 1 } });
    const stale = await post('workspace.save', { baseRevision: 0, workspace });
    expect(stale.status).toBe(200);
    expect((await stale.json()).error.code).toBe('workspace.stale');
  });

  it('serves the renderer with a strict CSP and nothing outside its folder', async () => {
    const page = await fetch(`${origin}/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(page.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect((await fetch(`${origin}/..%2Fsecret.txt`)).status).toBe(404);
    expect((await fetch(`${origin}/%2e%2e/secret.txt`)).status).toBe(404);
  });
});
