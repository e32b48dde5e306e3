import { resolve } from 'node:path';
import { isLanguage } from '@shared/i18n/languages';
import { exportSpecificationPdf } from '../../export/export-spec';
import { specificationRefusal } from '../../export/spec-words';
import { specificationOf } from '../../export/specification';
import { type CliCommand, EXIT, readWorkspaceFile } from '../command';

export const spec: CliCommand = {
  name: 'spec',
  usage: 'spec <workspace-file> --pathway ID -o <file.pdf> [--lang en|uk|kk|ru]',
  options: { pathway: { type: 'string', short: 'p' }, output: { type: 'string', short: 'o' } },
  async run({ positionals, values }, io) {
    const [file] = positionals;
    const { pathway, output, lang } = values;
    if (
      file === undefined ||
      positionals.length > 1 ||
      typeof pathway !== 'string' ||
      typeof output !== 'string'
    ) {
      io.err(io.tr.t('cli.usage', { usage: this.usage }));
      return EXIT.usage;
    }
    const opened = await readWorkspaceFile(file, io);
    if (!opened.ok) return EXIT.problem;
    // The same QA run as the app's, in the pathway's language unless --lang names another.
    const built = specificationOf(opened.workspace, pathway, {
      generatedAt: new Date().toISOString(),
      ...(isLanguage(lang) && { language: lang }),
    });
    if (!built.ok) {
      io.err(`stackwise spec: ${opened.path}: ${specificationRefusal(built, io.tr)}`);
      return EXIT.problem;
    }
    try {
      const { pages } = await exportSpecificationPdf(built.specification, output);
      io.out(io.tr.t('cli.spec.wrote', { file: resolve(output), pages }));
      return EXIT.ok;
    } catch (e) {
      io.err(`stackwise spec: ${e instanceof Error ? e.message : String(e)}`);
      return EXIT.problem;
    }
  },
};
