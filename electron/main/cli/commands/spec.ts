import { resolve } from 'node:path';
import { checkDesignForExport } from '@shared/qa/design-check';
import { buildSpecification } from '@shared/spec/build';
import { specQaInput } from '@shared/spec/qa-input';
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
    const workspace = opened.workspace;
    const qa = workspace.pathways.some((p) => p.id === pathway)
      ? checkDesignForExport(workspace, pathway)
      : undefined;
    const built = buildSpecification(workspace, pathway, {
      generatedAt: new Date().toISOString(),
      ...(qa && { qa: specQaInput(workspace, qa.report, qa.profiles) }),
    });
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
