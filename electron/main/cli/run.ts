import { parseArgs } from 'node:util';
import { type Translator, translator } from '@locales/translate';
import { languages } from '@shared/i18n/languages';
import { version } from '../../../package.json';
import { type CliCommand, type CliIO, type CliOutput, EXIT } from './command';
import { commands } from './commands';
import { systemLanguage, takeLangOption } from './language';

function help({ t }: Translator): string {
  return [
    t('cli.help.title', { version }),
    '',
    t('cli.help.usage'),
    '',
    t('cli.help.commands'),
    ...commands.flatMap((c) => [`  ${c.usage}`, `      ${t(`cli.command.${c.name}`)}`]),
    '  help',
    `      ${t('cli.help.help')}`,
    '',
    t('cli.help.options'),
    `  -h, --help      ${t('cli.help.option.help')}`,
    `  -v, --version   ${t('cli.help.option.version')}`,
    `  --lang <${languages.join('|')}>`,
    `                  ${t('cli.help.option.lang')}`,
    '',
    t('cli.help.exitCodes'),
  ].join('\n');
}

/** What went wrong with the options, in the reader's words where Node's parser gives a code for it. */
function optionProblem(error: unknown, tr: Translator): string {
  const { code, message } = error as { code?: string; message?: string };
  const option = /'(-[^' ]+)/.exec(message ?? '')?.[1] ?? '';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return tr.t('cli.option.unknown', { option });
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') return tr.t('cli.option.invalid', { option });
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') return tr.t('cli.option.extraArgument');
  return message ?? String(error);
}

async function runCommand(command: CliCommand, argv: string[], io: CliIO, lang: string | undefined) {
  const { tr } = io;
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { ...command.options, help: { type: 'boolean', short: 'h' } },
    });
  } catch (e) {
    io.err(
      `stackwise ${command.name}: ${optionProblem(e, tr)}\n${tr.t('cli.usage', { usage: command.usage })}`,
    );
    return EXIT.usage;
  }
  if (parsed.values.help) {
    io.out(`${tr.t('cli.usage', { usage: command.usage })}\n\n${tr.t(`cli.command.${command.name}`)}`);
    return EXIT.ok;
  }
  const values = lang === undefined ? parsed.values : { ...parsed.values, lang };
  return command.run({ positionals: parsed.positionals, values }, io);
}

/**
 * Runs one command line; returns the exit code. It speaks `--lang`, else the language of the user's
 * locale (`env`), else English.
 */
export async function runCli(
  argv: string[],
  output: CliOutput = { out: (t) => console.log(t), err: (t) => console.error(t) },
  env: NodeJS.ProcessEnv = process.env,
): Promise<number> {
  const taken = takeLangOption(argv);
  if (!taken.ok) {
    const tr = translator(systemLanguage(env));
    output.err(tr.t('cli.lang.unknown', { value: taken.value, languages: languages.join(', ') }));
    return EXIT.usage;
  }
  const io: CliIO = { ...output, tr: translator(taken.lang ?? systemLanguage(env)) };
  const [name, ...rest] = taken.argv;
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    io.out(help(io.tr));
    return EXIT.ok;
  }
  if (name === '--version' || name === '-v') {
    io.out(version);
    return EXIT.ok;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.err(io.tr.t('cli.unknownCommand', { name }));
    return EXIT.usage;
  }
  return runCommand(command, rest, io, taken.lang);
}
