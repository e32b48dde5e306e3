import { checkDesignForExport } from '@shared/qa/design-check';
import { errorText } from '../../services/refusal';
import { exportPathwayBadges } from '../../signing/badge-export';
import { type CliCommand, EXIT, readWorkspaceFile } from '../command';
import { cliKeystore } from './keys';

const usage =
  'badges <workspace-file> --pathway ID -o FOLDER [--identity url|did:key] [--jwt] [--replace] [--data-dir DIR]';

export const badges: CliCommand = {
  name: 'badges',
  usage,
  options: {
    pathway: { type: 'string' },
    output: { type: 'string', short: 'o' },
    identity: { type: 'string' },
    jwt: { type: 'boolean' },
    replace: { type: 'boolean' },
    'data-dir': { type: 'string' },
  },
  async run({ positionals, values }, io) {
    const [file] = positionals;
    const identity = values.identity;
    if (
      file === undefined ||
      positionals.length > 1 ||
      typeof values.pathway !== 'string' ||
      typeof values.output !== 'string' ||
      (identity !== undefined && identity !== 'url' && identity !== 'did:key')
    ) {
      io.err(io.tr.t('cli.usage', { usage }));
      return EXIT.usage;
    }
    const opened = await readWorkspaceFile(file, io);
    if (!opened.ok) return EXIT.problem;
    if (opened.workspace.pathways.some((p) => p.id === values.pathway)) {
      // The same engine as the app and `stackwise validate`: a design with QA errors is not signed.
      const { errors } = checkDesignForExport(opened.workspace, values.pathway);
      if (errors > 0) {
        const problem = io.tr.t('cli.badges.qaErrors', { pathway: values.pathway, errors, file });
        io.err(`stackwise badges: ${opened.path}: ${problem}`);
        return EXIT.problem;
      }
    }
    const keystore = cliKeystore(values['data-dir'], io);
    if (!keystore) return EXIT.usage;
    try {
      const result = await exportPathwayBadges({
        workspace: opened.workspace,
        pathwayId: values.pathway,
        keystore,
        outDir: values.output,
        vcJwt: values.jwt === true,
        replace: values.replace === true,
        ...(identity ? { identity } : {}),
      });
      io.out(io.tr.t('cli.badges.written', { folder: result.outDir }));
      for (const name of result.files) io.out(`  ${name}`);
      for (const note of result.notes) io.err(io.tr.t('cli.note', { note }));
      return EXIT.ok;
    } catch (e) {
      // Missing keys, a wrong passphrase, an unknown pathway or an existing folder: the design or setup, not usage.
      io.err(`stackwise badges: ${opened.path}: ${errorText(e, io.tr)}`);
      return EXIT.problem;
    }
  },
};
