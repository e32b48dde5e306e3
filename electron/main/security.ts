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

/** The Electron window may show only the app's own bundled page (or the dev server while developing). */
export function isAppUrl(url: string, appUrl: string): boolean {
  try {
    const target = new URL(url);
    const app = new URL(appUrl);
    if (app.protocol === 'file:') return target.protocol === 'file:' && target.pathname === app.pathname;
    return target.origin === app.origin;
  } catch {
    return false;
  }
}

/** Requests the renderer may make: its own files and devtools; never remote content. */
export function isAllowedRequest(url: string, appUrl: string): boolean {
  try {
    const target = new URL(url);
    // blob: carries the downloads the renderer makes itself (the PDF, a package, a profile file).
    if (target.protocol === 'devtools:' || target.protocol === 'data:' || target.protocol === 'blob:')
      return true;
    const app = new URL(appUrl);
    if (app.protocol === 'file:') return target.protocol === 'file:';
    return target.origin === app.origin;
  } catch {
    return false;
  }
}

/** Host header values the browser host answers to; anything else is a DNS-rebinding attempt. */
export function allowedHosts(port: number): string[] {
  return [`127.0.0.1:${port}`, `localhost:${port}`];
}

export function allowedOrigins(port: number): string[] {
  return allowedHosts(port).map((host) => `http://${host}`);
}
