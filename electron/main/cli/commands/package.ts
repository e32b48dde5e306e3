import { exportPackage } from '../../package/export';
import { errorText } from '../../services/refusal';
import { type CliCommand, EXIT, readWorkspaceFile } from '../command';
import { cliKeystore } from './keys';

const usage = 'package <workspace-file> --pathway ID -o FILE.zip [--data-dir DIR]';

export const packageCommand: CliCommand = {
  name: 'package',
  usage,
  summary:
    "write a pathway's programme package: design, signed badges, issuer key, PDF, QA report, signed manifest",
  options: {
    pathway: { type: 'string' },
    output: { type: 'string', short: 'o' },
    'data-dir': { type: 'string' },
  },
  async run({ positionals, values }, io) {
    const [file] = positionals;
    if (
      file === undefined ||
      positionals.length > 1 ||
      typeof values.pathway !== 'string' ||
      typeof values.output !== 'string'
    ) {
      io.err(`Usage: stackwise ${usage}`);
      return EXIT.usage;
    }
    const opened = await readWorkspaceFile(file, io);
    if (!opened.ok) return EXIT.problem;
    const keystore = cliKeystore(values['data-dir'], io);
    if (!keystore) return EXIT.usage;
    try {
      const result = await exportPackage({
        workspace: opened.workspace,
        pathwayId: values.pathway,
        keystore,
        outFile: values.output,
      });
      io.out(`Programme package written to ${result.outFile}:`);
      io.out('  manifest.json (signed manifest)');
      for (const f of result.files) io.out(`  ${f.path}`);
      io.out(`Manifest signed by ${result.signedBy.profileId} with ${result.signedBy.verificationMethod}`);
      for (const note of result.notes) io.err(`note: ${note}`);
      return EXIT.ok;
    } catch (e) {
      // QA errors, missing keys, a wrong passphrase, an unknown pathway, an unwritable folder: the design or setup.
      io.err(`stackwise package: ${opened.path}: ${errorText(e)}`);
      return EXIT.problem;
    }
  },
};
