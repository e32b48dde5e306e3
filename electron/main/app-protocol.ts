import { readFile } from 'node:fs/promises';
import { extname, isAbsolute, join, relative } from 'node:path';
import { CONTENT_SECURITY_POLICY } from './security';

/**
 * The desktop app's page lives at app://stackwise/ rather than file://: a real origin for the CSP's
 * 'self' and the IPC sender check, and a handler that answers only files of the built renderer.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'stackwise';
export const APP_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/** What the built renderer is made of; a file of any other kind is not served. */
const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
};

export interface AppFile {
  path: string;
  mimeType: string;
}

/**
 * The file inside `rootDir` that an app:// URL names, or undefined when the URL is not one of ours or
 * could step outside the folder: `..` and `.` segments (plain or percent-encoded), encoded separators,
 * backslashes, drive letters, NUL, a query-free path only.
 */
export function resolveAppFile(url: string, rootDir: string): AppFile | undefined {
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    return undefined;
  }
  if (target.protocol !== `${APP_SCHEME}:` || target.host !== APP_HOST) return undefined;
  if (target.username || target.password) return undefined;
  // The URL parser already folds `..` segments; the raw string is checked too, so that a URL which
  // needed folding is refused rather than quietly served from somewhere else.
  if (/(^|[/\\])(\.|%2e){1,2}([/\\?#]|$)/i.test(url.slice(`${APP_SCHEME}://${APP_HOST}`.length)))
    return undefined;
  const raw = target.pathname === '/' ? '/index.html' : target.pathname;
  const segments: string[] = [];
  for (const encoded of raw.slice(1).split('/')) {
    let segment: string;
    try {
      segment = decodeURIComponent(encoded);
    } catch {
      return undefined;
    }
    if (segment === '' || segment === '.' || segment === '..') return undefined;
    if (/[/\\:\0]/.test(segment)) return undefined;
    segments.push(segment);
  }
  const path = join(rootDir, ...segments);
  const inside = relative(rootDir, path);
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) return undefined;
  const mimeType = MIME_TYPES[extname(path).toLowerCase()];
  return mimeType ? { path, mimeType } : undefined;
}

function refusal(status: number, text: string): Response {
  return new Response(text, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}

/** The app:// handler: GET of a file of the built renderer, with its MIME type and the CSP; 404 otherwise. */
export async function serveAppRequest(request: Request, rootDir: string): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return refusal(405, 'Method not allowed');
  const file = resolveAppFile(request.url, rootDir);
  if (!file) return refusal(404, 'Not found');
  let body: Buffer;
  try {
    body = await readFile(file.path);
  } catch {
    return refusal(404, 'Not found');
  }
  return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), {
    status: 200,
    headers: {
      'Content-Type': file.mimeType,
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-cache',
    },
  });
}

/** Every file:// request of the app's session: the page never reads the disk through the browser. */
export function refuseFileRequest(): Response {
  return refusal(403, 'file: URLs are refused');
}
