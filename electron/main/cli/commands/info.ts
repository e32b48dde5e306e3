import { type CliCommand, EXIT, readWorkspaceFile } from '../command';
import { formatWorkspaceInfo } from './info-format';

export const info: CliCommand = {
  name: 'info',
  usage: 'info <workspace-file> [--json]',
  options: { json: { type: 'boolean' } },
  async run({ positionals, values }, io) {
    const [file] = positionals;
    if (file === undefined || positionals.length > 1) {
      io.err(io.tr.t('cli.usage', { usage: this.usage }));
      return EXIT.usage;
    }
    const opened = await readWorkspaceFile(file, io);
    if (!opened.ok) return EXIT.problem;
    const { workspace } = opened;
    if (values.json) {
      io.out(
        JSON.stringify(
          {
            file: opened.path,
            title: workspace.title,
            schemaVersion: opened.fromVersion,
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
      io.out(formatWorkspaceInfo(workspace, opened.path, io.tr, opened.fromVersion));
    }
    return EXIT.ok;
  },
};
