import { describe, expect, it } from 'vitest';
import { allowedHosts, isAllowedRequest, isAppUrl } from '../../electron/main/security';

const packaged = 'file:///opt/Stackwise/resources/app/out/renderer/index.html';
const dev = 'http://localhost:5173/';

describe('what the Electron window may load and navigate to', () => {
  it('navigates only to the app page itself', () => {
    expect(isAppUrl(packaged, packaged)).toBe(true);
    expect(isAppUrl(`${packaged}#/pathway`, packaged)).toBe(true);
    expect(isAppUrl('file:///etc/passwd', packaged)).toBe(false);
    expect(isAppUrl('https://evil.example/', packaged)).toBe(false);
    expect(isAppUrl('http://localhost:5173/anything', dev)).toBe(true);
    expect(isAppUrl('http://localhost:5174/', dev)).toBe(false);
    expect(isAppUrl('not a url', packaged)).toBe(false);
  });

  it('requests its own files, data: and blob: (downloads it makes), never the network', () => {
    expect(
      isAllowedRequest('file:///opt/Stackwise/resources/app/out/renderer/assets/index.js', packaged),
    ).toBe(true);
    expect(isAllowedRequest('blob:file:///3f1c2d', packaged)).toBe(true);
    expect(isAllowedRequest('data:image/svg+xml;base64,PHN2Zy8+', packaged)).toBe(true);
    expect(isAllowedRequest('https://fonts.example/font.woff2', packaged)).toBe(false);
    expect(isAllowedRequest('http://127.0.0.1:8080/', packaged)).toBe(false);
    expect(isAllowedRequest('http://localhost:5173/src/main.tsx', dev)).toBe(true);
    expect(isAllowedRequest('https://cdn.example/react.js', dev)).toBe(false);
  });

  it('lets the browser host answer only to its own loopback names', () => {
    expect(allowedHosts(4173)).toEqual(['127.0.0.1:4173', 'localhost:4173']);
  });
});
