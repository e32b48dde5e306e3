import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** `npm run audit:electron` as CI runs it: its exit code and what it printed. */
async function audit(...folders: string[]): Promise<{ code: number; output: string }> {
  try {
    const { stdout } = await promisify(execFile)('node', ['scripts/audit-electron.mjs', ...folders], {
      cwd: root,
    });
    return { code: 0, output: stdout };
  } catch (e) {
    const failure = e as { code?: number; stdout?: string; stderr?: string };
    return { code: failure.code ?? -1, output: `${failure.stdout ?? ''}${failure.stderr ?? ''}` };
  }
}

describe('electronegativity over the Electron app (npm run audit:electron)', () => {
  it('finds nothing HIGH or MEDIUM in electron/ and renderer/', { timeout: 120_000 }, async () => {
    const { code, output } = await audit();
    expect(output).toMatch(/electronegativity over electron, renderer: 0 HIGH, 0 MEDIUM/);
    expect(code).toBe(0);
  });

  it('fails on an app that is not hardened, naming each finding', { timeout: 120_000 }, async () => {
    const { code, output } = await audit('test/fixtures/electron-audit/insecure-app');
    expect(code).toBe(1);
    for (const check of [
      'CONTEXT_ISOLATION_JS_CHECK',
      'SANDBOX_JS_CHECK',
      'AUXCLICK_JS_CHECK',
      'OPEN_EXTERNAL_JS_CHECK',
      'LIMIT_NAVIGATION_GLOBAL_CHECK',
      'PERMISSION_REQUEST_HANDLER_GLOBAL_CHECK',
      'CSP_GLOBAL_CHECK',
    ])
      expect(output).toContain(check);
    expect(output).toMatch(/insecure-app\/main\.js:\d+:\d+/);
    expect(output).toMatch(/: 2 HIGH, 5 MEDIUM/);
  });
});
