import { timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { AppError } from '@shared/contract/errors';
import { type Handlers, runCommand } from '../handlers';
import { allowedHosts, allowedOrigins, CONTENT_SECURITY_POLICY } from '../security';

/** A workspace of thousands of modules stays well below this; anything larger is refused unread. */
export const MAX_BODY_BYTES = 32 * 1024 * 1024;

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
  '.ico': 'image/x-icon',
};

const securityHeaders = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

export interface HostOptions {
  handlers: Handlers;
  rendererDir: string;
  token: string;
  port?: number;
}

function send(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    ...securityHeaders,
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
  });
  res.end(text);
}

function refuse(res: ServerResponse, status: number, code: AppError['code'], message: string): void {
  send(res, status, { ok: false, error: { code, message } });
}

function tokenMatches(header: string | undefined, token: string): boolean {
  const given = Buffer.from(header?.startsWith('Bearer ') ? header.slice(7) : '');
  const expected = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

async function readBody(req: IncomingMessage): Promise<Buffer | 'too-large'> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) return 'too-large';
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/**
 * The browser host: the built renderer and the contract's commands over HTTP, on 127.0.0.1 only.
 * Commands need the per-run token, a same-origin (or absent) Origin and a JSON body valid for the command.
 */
export function createHost({ handlers, rendererDir, token, port = 0 }: HostOptions): Promise<Server> {
  const root = resolve(rendererDir);

  async function serveFile(pathname: string, res: ServerResponse): Promise<void> {
    const relative = normalize(decodeURIComponent(pathname === '/' ? '/index.html' : pathname));
    const file = join(root, relative);
    if (!file.startsWith(root + sep)) return refuse(res, 404, 'request.invalid', 'Not found');
    try {
      const body = await readFile(file);
      res.writeHead(200, {
        ...securityHeaders,
        'Content-Type': contentTypes[extname(file)] ?? 'application/octet-stream',
        'Cache-Control': extname(file) === '.html' ? 'no-store' : 'max-age=3600',
      });
      res.end(body);
    } catch {
      refuse(res, 404, 'request.invalid', `Not found: ${pathname}`);
    }
  }

  async function serveCommand(name: string, req: IncomingMessage, res: ServerResponse, listenPort: number) {
    const origin = req.headers.origin;
    if (origin !== undefined && !allowedOrigins(listenPort).includes(origin)) {
      return refuse(res, 403, 'request.invalid', `Requests from origin ${origin} are not allowed`);
    }
    if (!tokenMatches(req.headers.authorization, token)) {
      return refuse(
        res,
        401,
        'request.invalid',
        'Missing or wrong access token: open the address the host printed',
      );
    }
    if (!req.headers['content-type']?.startsWith('application/json')) {
      return refuse(res, 415, 'request.invalid', 'Content-Type must be application/json');
    }
    const body = await readBody(req);
    if (body === 'too-large') {
      return refuse(res, 413, 'request.invalid', `Request body is larger than ${MAX_BODY_BYTES} bytes`);
    }
    let request: unknown;
    try {
      request = body.length === 0 ? {} : JSON.parse(body.toString('utf8'));
    } catch {
      return refuse(res, 400, 'request.invalid', 'Request body is not valid JSON');
    }
    const result = await runCommand(handlers, name, request);
    if (!result.ok && result.error.code === 'request.unknown-command') return send(res, 404, result);
    if (!result.ok && result.error.code === 'request.invalid') return send(res, 400, result);
    send(res, 200, result);
  }

  const server = createServer((req, res) => {
    const listenPort = (server.address() as { port: number }).port;
    if (!allowedHosts(listenPort).includes(req.headers.host ?? '')) {
      return refuse(res, 403, 'request.invalid', 'Unexpected Host header');
    }
    const { pathname } = new URL(req.url ?? '/', 'http://127.0.0.1');
    const handle = async () => {
      if (pathname.startsWith('/api/')) {
        if (req.method !== 'POST') return refuse(res, 405, 'request.invalid', 'Commands are sent with POST');
        return serveCommand(pathname.slice('/api/'.length), req, res, listenPort);
      }
      if (req.method !== 'GET' && req.method !== 'HEAD')
        return refuse(res, 405, 'request.invalid', 'Method not allowed');
      return serveFile(pathname, res);
    };
    handle().catch((e) => {
      console.error('[stackwise] host request failed', e);
      if (!res.headersSent) refuse(res, 500, 'internal', 'The host failed to answer');
    });
  });
  return new Promise((resolveServer, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolveServer(server));
  });
}
