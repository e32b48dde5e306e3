import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

/** The built command line (run `npm run build` first), as `npx stackwise` runs it. */
export const STACKWISE_BIN = fileURLToPath(new URL('../../bin/stackwise.js', import.meta.url));

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs `stackwise …` with extra environment; no key passphrase unless the test gives one, and English
 * unless the test names a locale (the command line speaks the system's language).
 */
export async function stackwiseWith(env: Record<string, string>, ...args: string[]): Promise<CliRun> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [STACKWISE_BIN, ...args], {
      env: { ...process.env, STACKWISE_KEY_PASSPHRASE: '', LANG: 'C', LC_ALL: '', LC_MESSAGES: '', ...env },
    });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const failed = e as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

export const stackwise = (...args: string[]): Promise<CliRun> => stackwiseWith({}, ...args);
