import { resolve } from 'node:path';
import { buildSpecification } from '@shared/spec/build';
import { exportSpecificationPdf } from '../../export/export-spec';
import { type CliCommand, EXIT, readWorkspaceFile } from '../command';

export const spec: CliCommand = {
  name: 'spec',
  usage: 'spec <workspace-file> --pathway ID -o <file.pdf>',
  summary: 'write the PDF programme specification of a pathway',
  options: { pathway: { type: 'string', short: 'p' }, output: { type: 'string', short: 'o' } },
  async run({ positionals, values }, io) {
    const [file] = positionals;
    const { pathway, output } = values;
    if (
      file === undefined ||
      positionals.length > 1 ||
      typeof pathway !== 'string' ||
      typeof output !== 'string'
    ) {
      io.err(`Usage: stackwise ${this.usage}`);
      return EXIT.usage;
    }
    const opened = await readWorkspaceFile(file, io);
    if (!opened.ok) return EXIT.problem;
    const built = buildSpecification(opened.workspace, pathway, { generatedAt: new Date().toISOString() });
    if (!built.ok) {
      io.err(`stackwise spec: ${opened.path}: ${built.message}`);
      return EXIT.problem;
    }
    try {
      const { pages } = await exportSpecificationPdf(built.specification, output);
      io.out(`Wrote ${resolve(output)} (${pages} pages)`);
      return EXIT.ok;
    } catch (e) {
      io.err(`stackwise spec: ${e instanceof Error ? e.message : String(e)}`);
      return EXIT.problem;
    }
  },
};
