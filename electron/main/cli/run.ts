import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { decodeWorkspace } from '@shared/schemas/decode';
import { version } from '../../../package.json';
import { formatWorkspaceInfo } from './info';

const help = `stackwise ${version}: design stackable micro-credential pathways

Usage: stackwise <command> [options]

Commands:
  info <workspace-file> [--json]   print the workspace's issuers, modules and pathways (read-only)
  help                             show this help

Planned (not in this version yet): validate (QA findings), badges (signed Open Badges 3.0
definitions), spec (PDF programme specification), package (programme package), verify.

Options:
  -h, --help      show this help
  -v, --version   print the version`;

const planned = new Set(['validate', 'badges', 'spec', 'package', 'verify']);

/** Runs one command line; returns the exit code (0 done, 1 the workspace has a problem, 2 wrong usage). */
export async function runCli(argv: string[], out = console.log, err = console.error): Promise<number> {
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
        json: { type: 'boolean' },
      },
    });
  } catch (e) {
    err(`stackwise: ${e instanceof Error ? e.message : String(e)}\nRun stackwise --help for usage.`);
    return 2;
  }
  const [command, ...rest] = parsed.positionals;
  if (parsed.values.version) {
    out(version);
    return 0;
  }
  if (parsed.values.help || command === undefined || command === 'help') {
    out(help);
    return 0;
  }
  if (planned.has(command)) {
    err(`stackwise ${command} is not available in this version yet. Run stackwise --help for what is.`);
    return 2;
  }
  if (command !== 'info') {
    err(`stackwise: unknown command "${command}". Run stackwise --help for usage.`);
    return 2;
  }
  const [file] = rest;
  if (file === undefined || rest.length > 1) {
    err('Usage: stackwise info <workspace-file> [--json]');
    return 2;
  }
  const path = resolve(file);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    err(
      code === 'ENOENT'
        ? `stackwise: ${path} does not exist`
        : `stackwise: ${path} cannot be read: ${(e as Error).message}`,
    );
    return 1;
  }
  const decoded = decodeWorkspace(text, path);
  if (!decoded.ok) {
    err(`stackwise: ${decoded.error.message}`);
    for (const problem of decoded.error.problems?.slice(5) ?? [])
      err(`  ${problem.field}: ${problem.message}`);
    return 1;
  }
  if (parsed.values.json) {
    const { workspace } = decoded;
    out(
      JSON.stringify(
        {
          file: path,
          title: workspace.title,
          schemaVersion: decoded.fromVersion,
          issuers: workspace.issuers.map(({ id, name, country, url }) => ({ id, name, country, url })),
          modules: workspace.modules.map(({ id, code, title, credit, level, status }) => ({
            id,
            code,
            title,
            credit,
            level,
            status,
          })),
          pathways: workspace.pathways.map(({ id, title, award, status }) => ({
            id,
            title,
            award: award.title,
            status,
          })),
        },
        null,
        2,
      ),
    );
  } else {
    out(formatWorkspaceInfo(decoded.workspace, path, decoded.fromVersion));
  }
  return 0;
}
