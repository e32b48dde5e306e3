import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const HOST_SCRIPT = fileURLToPath(new URL('../../out/main/host.js', import.meta.url));
const DISK_FULL = fileURLToPath(new URL('./disk-full.mjs', import.meta.url));

export interface HostOptions {
  /** While a file exists at this path, every file the host creates fails as on a full disk. */
  diskFullWhile?: string;
}

export interface RunningHost {
  /** The address with the token, as the host printed it. */
  url: string;
  origin: string;
  token: string;
  process: ChildProcess;
  stop(signal?: NodeJS.Signals): Promise<void>;
}

/** Starts the built browser host (`npm run web`'s program) on a free port over a data folder. */
export function startHost(args: string[], options: HostOptions = {}): Promise<RunningHost> {
  if (!existsSync(HOST_SCRIPT)) throw new Error(`${HOST_SCRIPT} is missing: run "npm run build" first`);
  const faults = options.diskFullWhile ? ['--import', pathToFileURL(DISK_FULL).href] : [];
  const child = spawn(process.execPath, [...faults, HOST_SCRIPT, '--port', '0', ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: options.diskFullWhile
      ? { ...process.env, STACKWISE_TEST_DISK_FULL: options.diskFullWhile }
      : process.env,
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`The host did not start:\n${output}`)), 15_000);
    child.on('exit', (code) => reject(new Error(`The host exited with ${code}:\n${output}`)));
    child.stderr?.on('data', (chunk) => {
      output += chunk;
    });
    child.stdout?.on('data', (chunk) => {
      output += chunk;
      const match = /running at (http:\/\/127\.0\.0\.1:\d+)\/#token=([\w-]+)/.exec(output);
      if (!match?.[1] || !match[2]) return;
      clearTimeout(timer);
      const origin = match[1];
      const token = match[2];
      resolve({
        url: `${origin}/#token=${token}`,
        origin,
        token,
        process: child,
        stop: (signal = 'SIGTERM') =>
          new Promise((done) => {
            if (child.exitCode !== null || child.signalCode !== null) return done();
            // A host still holding a browser's keep-alive connection may take its time to close: a test's
            // teardown does not wait on it past a few seconds.
            const force = setTimeout(() => child.kill('SIGKILL'), 5_000);
            child.once('exit', () => {
              clearTimeout(force);
              done();
            });
            child.kill(signal);
          }),
      });
    });
  });
}

/** Sends one contract command to a running host. */
export async function command(host: Pick<RunningHost, 'origin' | 'token'>, name: string, body: unknown) {
  const response = await fetch(`${host.origin}/api/${name}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${host.token}` },
    body: JSON.stringify(body),
  });
  return {
    status: response.status,
    body: (await response.json()) as { ok: boolean; value?: any; error?: any },
  };
}
