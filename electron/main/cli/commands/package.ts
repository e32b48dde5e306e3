import { exportPackage } from '../../package/export';
import { MANIFEST_ENTRY } from '../../package/layout';
import { errorText } from '../../services/refusal';
import { type CliCommand, EXIT, readWorkspaceFile } from '../command';
import { cliKeystore } from './keys';

const usage = 'package <workspace-file> --pathway ID -o FILE.zip [--data-dir DIR]';

export const packageCommand: CliCommand = {
  name: 'package',
  usage,
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
      io.err(io.tr.t('cli.usage', { usage }));
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
      io.out(io.tr.t('cli.package.written', { file: result.outFile }));
      io.out(`  ${io.tr.t('cli.package.manifest', { file: MANIFEST_ENTRY })}`);
      for (const f of result.files) io.out(`  ${f.path}`);
      io.out(
        io.tr.t('cli.package.signedBy', {
          profile: result.signedBy.profileId,
          method: result.signedBy.verificationMethod,
        }),
      );
      for (const note of result.notes) io.err(io.tr.t('cli.note', { note }));
      return EXIT.ok;
    } catch (e) {
      // QA errors, missing keys, a wrong passphrase, an unknown pathway, an unwritable folder: the design or setup.
      io.err(`stackwise package: ${opened.path}: ${errorText(e, io.tr)}`);
      return EXIT.problem;
    }
  },
};
