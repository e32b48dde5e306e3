import { randomBytes } from 'node:crypto';
import { homedir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { defaultDataDir } from '../data-dir';
import { createHandlers } from '../handlers';
import { startServices } from '../services';
import { createHost } from './server';

const usage = `Usage: npm run web -- [--workspace FILE] [--data-dir DIR] [--port N]

Serves Stackwise to a browser tab on 127.0.0.1, for machines where Electron cannot run.
  --workspace FILE  open this workspace instead of the default one in the data folder
  --data-dir DIR    the data folder (default: the same folder the desktop app uses)
  --port N          the port to listen on (default: any free port)`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      workspace: { type: 'string' },
      'data-dir': { type: 'string' },
      port: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(usage);
    return;
  }
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`--port must be a whole number from 0 to 65535, not ${values.port}`);
  }
  const dataDir = values['data-dir'] ?? defaultDataDir(process.platform, process.env, homedir());
  const services = await startServices({
    shell: 'browser',
    dataDir,
    ...(values.workspace !== undefined && { workspacePath: values.workspace }),
  });
  const token = randomBytes(32).toString('base64url');
  const server = await createHost({
    handlers: createHandlers(services),
    rendererDir: fileURLToPath(new URL('../renderer', import.meta.url)),
    token,
    port,
  });
  const address = server.address() as { port: number };
  console.log(`Stackwise is running at http://127.0.0.1:${address.port}/#token=${token}`);
  console.log('Open that address in a browser. Press Ctrl+C to stop.');
  const stop = () => server.close(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((e) => {
  console.error(`stackwise web: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
