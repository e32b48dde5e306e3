/**
 * The Content-Security-Policy of every page Stackwise shows: only its own scripts, styles and images,
 * no inline script, no plugins, no framing, requests only to its own origin.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');

/** Scheme and host of a URL, compared explicitly: `URL.origin` is "null" for every custom scheme. */
function sameApp(target: URL, app: URL): boolean {
  if (app.protocol === 'http:' || app.protocol === 'https:') return target.origin === app.origin;
  return target.protocol === app.protocol && target.host === app.host && app.host !== '';
}

/**
 * The page the window loads: the built renderer over app://, or electron-vite's dev server while
 * developing. A packaged app ignores ELECTRON_RENDERER_URL: an environment variable must not be able to
 * hand the window, and with it every IPC command, to another origin.
 */
export function rendererUrl(devServerUrl: string | undefined, isPackaged: boolean, appUrl: string): string {
  return !isPackaged && devServerUrl ? devServerUrl : appUrl;
}

/**
 * The Electron window may show only the app's own page: app://stackwise/… when built, the dev server
 * while developing. Never a file: URL.
 */
export function isAppUrl(url: string, appUrl: string): boolean {
  try {
    const target = new URL(url);
    if (target.protocol === 'file:') return false;
    return sameApp(target, new URL(appUrl));
  } catch {
    return false;
  }
}

/** Requests the renderer may make: its own files and devtools; never file: URLs, never remote content. */
export function isAllowedRequest(url: string, appUrl: string): boolean {
  try {
    const target = new URL(url);
    // blob: carries the downloads the renderer makes itself (the PDF, a package, a profile file).
    if (target.protocol === 'devtools:' || target.protocol === 'data:' || target.protocol === 'blob:')
      return true;
    if (target.protocol === 'file:') return false;
    return sameApp(target, new URL(appUrl));
  } catch {
    return false;
  }
}

/**
 * The address a link may open in the user's browser, or undefined: https only, a named host (no IP
 * literal, no localhost, no credentials, no port), so a page can never reach a local service or a file.
 */
export function externalLinkTarget(url: string): string | undefined {
  if (url.length > 2048) return undefined;
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    return undefined;
  }
  if (target.protocol !== 'https:' || target.username || target.password || target.port) return undefined;
  const host = target.hostname.toLowerCase();
  const ipLiteral = host.startsWith('[') || /^[\d.]+$/.test(host);
  if (ipLiteral || !host.includes('.') || host === 'localhost' || host.endsWith('.localhost'))
    return undefined;
  return target.href;
}

/** Host header values the browser host answers to; anything else is a DNS-rebinding attempt. */
export function allowedHosts(port: number): string[] {
  return [`127.0.0.1:${port}`, `localhost:${port}`];
}

export function allowedOrigins(port: number): string[] {
  return allowedHosts(port).map((host) => `http://${host}`);
}
