#!/usr/bin/env node
/**
 * `npm run audit:electron [folder…]`: Doyensec's electronegativity over electron/ and renderer/ (or the
 * folders named) as one app, so that its whole-app checks (navigation limits, permission handler, CSP)
 * see the main process and the page together. Prints every finding; exits 1 when any is HIGH or MEDIUM.
 *
 * It makes no network request: AvailableSecurityFixesGlobalCheck, which downloads Electron's release
 * list, is left out (Electron's version is kept current through npm), and the HTTP client the tool
 * fetches newer translations of its messages with is replaced by one that fails at once, so it uses
 * the English it ships.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const require = createRequire(import.meta.url);
const toolDir = dirname(require.resolve('@doyensec/electronegativity/package.json'));

// electronegativity parses TypeScript with typescript-estree 4, which npm hoists beside the project's
// TypeScript 7 (no JavaScript API); it must load the TypeScript 4 that electronegativity ships.
const toolTypescript = require.resolve('typescript', { paths: [toolDir] });
const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function (request, parent, ...rest) {
  if (request === 'typescript' && /[\\/](@typescript-eslint|tsutils)[\\/]/.test(parent?.filename ?? ''))
    return toolTypescript;
  return resolveFilename.call(this, request, parent, ...rest);
};

const offline = () => Promise.reject(new Error('electronegativity runs offline here'));
offline.head = offline;
const load = Module._load;
Module._load = function (request, parent, ...rest) {
  if (request === 'got' && (parent?.filename ?? '').startsWith(toolDir)) return offline;
  return load.call(this, request, parent, ...rest);
};

const run = require('@doyensec/electronegativity');
const electronVersion = JSON.parse(readFileSync(require.resolve('electron/package.json'), 'utf8')).version;

const BLOCKING = new Set(['HIGH', 'MEDIUM']);
const named = process.argv.slice(2);
const folders = (named.length > 0 ? named : ['electron', 'renderer']).map((f) => resolve(root, f));

// One scan over a copy holding every folder side by side; paths are mapped back to the project.
const scanDir = mkdtempSync(join(tmpdir(), 'stackwise-audit-'));
const origin = new Map();
let result;
try {
  for (const folder of folders) {
    const copy = join(scanDir, basename(folder));
    cpSync(folder, copy, { recursive: true, filter: (src) => basename(src) !== 'node_modules' });
    origin.set(copy, folder);
  }
  result = await run({
    input: scanDir,
    excludeFromScan: ['AvailableSecurityFixesGlobalCheck'],
    electronVersionOverride: electronVersion,
    isRelative: false,
    isVerbose: false,
  });
} finally {
  rmSync(scanDir, { recursive: true, force: true });
}

/** A scanned file's path in the project ("N/A" stays: a whole-app finding has no file). */
function projectPath(file) {
  for (const [copy, folder] of origin)
    if (file.startsWith(`${copy}/`) || file.startsWith(`${copy}\\`))
      return relative(root, join(folder, relative(copy, file)));
  return file;
}

const unreadable = result.errors.filter((e) => !e.tolerable);
for (const e of unreadable) console.error(`could not parse ${projectPath(e.file)}: ${e.message}`);
const findings = result.issues.map((issue) => ({
  id: issue.id,
  severity: issue.severity.name,
  confidence: issue.confidence.name,
  where: `${projectPath(issue.file)}:${issue.location.line}:${issue.location.column}`,
}));
for (const f of findings)
  console.log(`${f.severity.padEnd(13)} ${f.confidence.padEnd(9)} ${f.id.padEnd(40)} ${f.where}`);
const count = (severity) => findings.filter((f) => f.severity === severity).length;
console.log(
  `electronegativity over ${folders.map((f) => relative(root, f) || '.').join(', ')}: ` +
    `${count('HIGH')} HIGH, ${count('MEDIUM')} MEDIUM, ${count('LOW')} LOW, ${count('INFORMATIONAL')} INFORMATIONAL`,
);
process.exitCode = unreadable.length > 0 || findings.some((f) => BLOCKING.has(f.severity)) ? 1 : 0;
