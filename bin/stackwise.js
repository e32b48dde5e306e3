#!/usr/bin/env node
// The command line runs the built main-process services (npm install builds them via "prepare").
import { existsSync } from 'node:fs';

const cli = new URL('../out/main/cli.js', import.meta.url);
if (!existsSync(cli)) {
  console.error('stackwise: the app is not built yet. Run "npm run build" in the Stackwise folder first.');
  process.exit(2);
}
await import(cli.href);
