#!/usr/bin/env node
// Every test: build, unit and main-process tests (vitest), end-to-end tests (Playwright in Chromium).
// Ends with one line "N passed, N failed" totalling all suites; exits non-zero if anything failed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const reports = '.stackwise-test';
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

function run(command, args) {
  console.log(`\n$ ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', shell: process.platform === 'win32' });
  return result.status ?? 1;
}

function readJson(file) {
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null;
}

const build = run('npx', ['electron-vite', 'build']);
if (build !== 0) {
  console.log('\nThe build failed, so no test ran.');
  console.log('0 passed, 1 failed');
  process.exit(1);
}

const unitExit = run('npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile=${reports}/unit.json`,
]);
const e2eExit = run('npx', ['playwright', 'test']);

const unit = readJson(`${reports}/unit.json`);
const e2e = readJson(`${reports}/e2e.json`);
let passed = 0;
let failed = 0;
if (unit) {
  passed += unit.numPassedTests;
  failed += unit.numFailedTests;
} else {
  failed += 1;
  console.log('vitest wrote no report');
}
if (e2e) {
  passed += e2e.stats.expected + e2e.stats.flaky;
  failed += e2e.stats.unexpected;
} else {
  failed += 1;
  console.log('Playwright wrote no report');
}
// A runner that failed without failing a test (a crash, a file that would not load) still fails the run.
if ((unitExit !== 0 || e2eExit !== 0) && failed === 0) failed = 1;

console.log(
  `\nunit and main-process: ${unit ? `${unit.numPassedTests} passed, ${unit.numFailedTests} failed` : 'no report'}`,
);
console.log(
  `end-to-end: ${e2e ? `${e2e.stats.expected + e2e.stats.flaky} passed, ${e2e.stats.unexpected} failed` : 'no report'}`,
);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
