import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  APP_URL,
  refuseFileRequest,
  resolveAppFile,
  serveAppRequest,
} from '../../electron/main/app-protocol';
import { CONTENT_SECURITY_POLICY } from '../../electron/main/security';

const root = '/opt/Stackwise/resources/app.asar/out/renderer';

describe('which file an app:// URL names', () => {
  it('serves the page and its assets from the built renderer, with their MIME types', () => {
    expect(APP_URL).toBe('app://stackwise/index.html');
    expect(resolveAppFile('app://stackwise/index.html', root)).toEqual({
      path: `${root}/index.html`,
      mimeType: 'text/html; charset=utf-8',
    });
    expect(resolveAppFile('app://stackwise/', root)?.path).toBe(`${root}/index.html`);
    expect(resolveAppFile('app://stackwise/index.html#/pathway/p1', root)?.path).toBe(`${root}/index.html`);
    expect(resolveAppFile('app://stackwise/assets/index-Ab12.js', root)).toEqual({
      path: `${root}/assets/index-Ab12.js`,
      mimeType: 'text/javascript; charset=utf-8',
    });
    expect(resolveAppFile('app://stackwise/assets/index-Ab12.css', root)?.mimeType).toBe(
      'text/css; charset=utf-8',
    );
    expect(resolveAppFile('app://stackwise/favicon.svg', root)?.mimeType).toBe('image/svg+xml');
    expect(resolveAppFile('app://stackwise/assets/inter.woff2', root)?.mimeType).toBe('font/woff2');
    expect(resolveAppFile('app://stackwise/assets/my%20logo.png', root)?.path).toBe(
      `${root}/assets/my logo.png`,
    );
  });

  it.each([
    ['a parent segment', 'app://stackwise/../../../../etc/passwd'],
    ['a parent segment inside the path', 'app://stackwise/assets/../index.html'],
    ['a dot segment', 'app://stackwise/./index.html'],
    ['an encoded parent segment', 'app://stackwise/%2e%2e/%2e%2e/etc/passwd'],
    ['a half-encoded parent segment', 'app://stackwise/assets/.%2E/index.html'],
    ['a parent segment at the end', 'app://stackwise/assets/..'],
    ['an encoded slash', 'app://stackwise/assets%2F..%2F..%2Fsecret.js'],
    ['an encoded backslash', 'app://stackwise/..%5C..%5Csecret.js'],
    ['a backslash', 'app://stackwise/..\\..\\secret.js'],
    ['an absolute path in a segment', 'app://stackwise/%2Fetc%2Fpasswd'],
    ['a Windows drive letter', 'app://stackwise/C:%5CWindows%5Cwin.ini'],
    ['a NUL byte', 'app://stackwise/index.html%00.js'],
    ['malformed percent-encoding', 'app://stackwise/%E0%A4%A.js'],
    ['an empty segment', 'app://stackwise/assets//index.js'],
    ['another host', 'app://evil/index.html'],
    ['credentials', 'app://user:pw@stackwise/index.html'],
    ['another scheme', 'file:///opt/Stackwise/resources/app.asar/out/renderer/index.html'],
    ['a web address', 'https://stackwise/index.html'],
    ['a file type the renderer is not made of', 'app://stackwise/main.ts'],
    ['a file without an extension', 'app://stackwise/assets/LICENSE'],
    ['not a URL', 'not a url'],
  ])('refuses %s', (_what, url) => {
    expect(resolveAppFile(url, root)).toBeUndefined();
  });
});

describe('the app:// handler on a built renderer folder', () => {
  let dir: string;
  let rendererDir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'stackwise-app-protocol-'));
    rendererDir = join(dir, 'renderer');
    await mkdir(join(rendererDir, 'assets'), { recursive: true });
    await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>Stackwise</title>');
    await writeFile(join(rendererDir, 'assets', 'index.js'), 'console.log(1);');
    await writeFile(join(dir, 'secret.js'), 'the key');
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('answers a file with its type, the CSP and nosniff', async () => {
    const page = await serveAppRequest(new Request('app://stackwise/index.html'), rendererDir);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await page.text()).toContain('<title>Stackwise</title>');
    const script = await serveAppRequest(new Request('app://stackwise/assets/index.js'), rendererDir);
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await script.text()).toBe('console.log(1);');
  });

  it('answers 404 outside the folder or for a missing file, 405 to anything but GET and HEAD', async () => {
    for (const url of [
      'app://stackwise/../secret.js',
      'app://stackwise/%2e%2e/secret.js',
      'app://stackwise/..%2Fsecret.js',
      'app://stackwise/assets/missing.js',
      'app://stackwise/assets',
    ]) {
      const response = await serveAppRequest(new Request(url), rendererDir);
      expect(response.status, url).toBe(404);
      expect(await response.text()).not.toContain('the key');
    }
    const post = await serveAppRequest(
      new Request('app://stackwise/index.html', { method: 'POST', body: 'x' }),
      rendererDir,
    );
    expect(post.status).toBe(405);
    const head = await serveAppRequest(
      new Request('app://stackwise/index.html', { method: 'HEAD' }),
      rendererDir,
    );
    expect(head.status).toBe(200);
  });

  it('refuses every file: request', async () => {
    const response = refuseFileRequest();
    expect(response.status).toBe(403);
  });
});
