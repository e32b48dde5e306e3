import { parseArgs } from 'node:util';
import { version } from '../../../package.json';
import { type CliIO, EXIT } from './command';
import { commands } from './commands';

function help(): string {
  return [
    `stackwise ${version}: design stackable micro-credential pathways`,
    '',
    'Usage: stackwise <command> [options]',
    '',
    'Commands:',
    ...commands.flatMap((c) => [`  ${c.usage}`, `      ${c.summary}`]),
    '  help',
    '      show this help',
    '',
    'Options:',
    '  -h, --help      show this help (also after a command)',
    '  -v, --version   print the version',
    '',
    'Exit codes: 0 done, 1 the workspace or design has a problem, 2 wrong usage.',
  ].join('\n');
}

/** Runs one command line; returns the exit code. */
export async function runCli(
  argv: string[],
  io: CliIO = { out: (t) => console.log(t), err: (t) => console.error(t) },
): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    io.out(help());
    return EXIT.ok;
  }
  if (name === '--version' || name === '-v') {
    io.out(version);
    return EXIT.ok;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.err(`stackwise: unknown command "${name}". Run stackwise --help for usage.`);
    return EXIT.usage;
  }
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: rest,
      allowPositionals: true,
      options: { ...command.options, help: { type: 'boolean', short: 'h' } },
    });
  } catch (e) {
    io.err(
      `stackwise ${name}: ${e instanceof Error ? e.message : String(e)}\nUsage: stackwise ${command.usage}`,
    );
    return EXIT.usage;
  }
  if (parsed.values.help) {
    io.out(`Usage: stackwise ${command.usage}\n\n${command.summary}`);
    return EXIT.ok;
  }
  return command.run({ positionals: parsed.positionals, values: parsed.values }, io);
}
