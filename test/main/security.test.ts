import { describe, expect, it } from 'vitest';
import { APP_URL } from '../../electron/main/app-protocol';
import {
  allowedHosts,
  externalLinkTarget,
  isAllowedRequest,
  isAppUrl,
  rendererUrl,
} from '../../electron/main/security';

const packaged = APP_URL;
const dev = 'http://localhost:5173/';

describe('what the Electron window may load and navigate to', () => {
  it('navigates only within the app: app://stackwise built, the dev server while developing', () => {
    expect(isAppUrl(packaged, packaged)).toBe(true);
    expect(isAppUrl(`${packaged}#/pathway`, packaged)).toBe(true);
    expect(isAppUrl('app://stackwise/', packaged)).toBe(true);
    expect(isAppUrl('app://other/index.html', packaged)).toBe(false);
    // URL.origin is "null" for every custom scheme: that must not make two of them the same app.
    expect(isAppUrl('evil://stackwise/index.html', packaged)).toBe(false);
    expect(isAppUrl('evil://x/', 'app://y/')).toBe(false);
    expect(isAppUrl('file:///opt/Stackwise/resources/app.asar/out/renderer/index.html', packaged)).toBe(
      false,
    );
    expect(isAppUrl('file:///etc/passwd', packaged)).toBe(false);
    expect(isAppUrl('https://evil.example/', packaged)).toBe(false);
    expect(isAppUrl('http://localhost:5173/anything', dev)).toBe(true);
    expect(isAppUrl('http://localhost:5174/', dev)).toBe(false);
    expect(isAppUrl('file:///etc/passwd', dev)).toBe(false);
    expect(isAppUrl('not a url', packaged)).toBe(false);
  });

  it('requests its own files, data: and blob: (downloads it makes); never file:, never the network', () => {
    expect(isAllowedRequest('app://stackwise/assets/index.js', packaged)).toBe(true);
    expect(isAllowedRequest('blob:app://stackwise/3f1c2d', packaged)).toBe(true);
    expect(isAllowedRequest('data:image/svg+xml;base64,PHN2Zy8+', packaged)).toBe(true);
    expect(isAllowedRequest('app://elsewhere/x.js', packaged)).toBe(false);
    expect(
      isAllowedRequest('file:///opt/Stackwise/resources/app.asar/out/renderer/index.html', packaged),
    ).toBe(false);
    expect(isAllowedRequest('file:///etc/passwd', packaged)).toBe(false);
    expect(isAllowedRequest('https://fonts.example/font.woff2', packaged)).toBe(false);
    expect(isAllowedRequest('http://127.0.0.1:8080/', packaged)).toBe(false);
    expect(isAllowedRequest('http://localhost:5173/src/main.tsx', dev)).toBe(true);
    expect(isAllowedRequest('file:///home/me/.ssh/id_ed25519', dev)).toBe(false);
    expect(isAllowedRequest('https://cdn.example/react.js', dev)).toBe(false);
  });

  it('opens in the browser only plain https addresses of named hosts', () => {
    expect(externalLinkTarget('https://www.qaa.ac.uk/the-quality-code')).toBe(
      'https://www.qaa.ac.uk/the-quality-code',
    );
    expect(externalLinkTarget('https://Example.ORG/a b')).toBe('https://example.org/a%20b');
    for (const url of [
      'http://example.org/',
      'file:///etc/passwd',
      'smb://server/share',
      'javascript:alert(1)',
      'ms-msdt:/id PCWDiagnostic',
      'https://user:pw@example.org/',
      'https://example.org:8443/',
      'https://127.0.0.1/',
      'https://0x7f.1/',
      'https://[::1]/',
      'https://localhost/',
      'https://router.localhost/',
      'https://intranet/',
      `https://example.org/${'a'.repeat(2100)}`,
      'not a url',
    ])
      expect(externalLinkTarget(url), url).toBeUndefined();
  });

  it('lets the browser host answer only to its own loopback names', () => {
    expect(allowedHosts(4173)).toEqual(['127.0.0.1:4173', 'localhost:4173']);
  });
});

describe('the page the window loads', () => {
  it('is the dev server only while developing; a packaged app ignores ELECTRON_RENDERER_URL', () => {
    expect(rendererUrl('http://localhost:5173', false, APP_URL)).toBe('http://localhost:5173');
    expect(rendererUrl(undefined, false, APP_URL)).toBe(APP_URL);
    expect(rendererUrl('http://evil.example', true, APP_URL)).toBe(APP_URL);
  });
});
