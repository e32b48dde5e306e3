import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Workspace } from '@shared/schemas/workspace';
import { describe, expect, it } from 'vitest';
import { startServices } from '../../electron/main/services';
import ruSpec from '../../resources/locales/ru/spec.json';
import ukSpec from '../../resources/locales/uk/spec.json';
import { signedPackage } from '../fixtures/package/signed-package';
import { signingWorkspace } from '../fixtures/signing/workspace';
import { tempDirsPerTest } from '../support/temp-dir';

const tempDir = tempDirsPerTest();
const run = promisify(execFile);

const pdfText = async (pdf: string) => (await run('pdftotext', ['-raw', '-enc', 'UTF-8', pdf, '-'])).stdout;

/** The signing fixture with the documents' language set on the workspace and, optionally, the pathway. */
function inLanguages(workspaceLanguage: 'uk' | 'ru', pathwayLanguage?: 'uk' | 'ru'): Workspace {
  const workspace = signingWorkspace();
  return {
    ...workspace,
    language: workspaceLanguage,
    pathways: workspace.pathways.map((p) => (pathwayLanguage ? { ...p, language: pathwayLanguage } : p)),
  };
}

describe('the documents of a pathway are in its language', () => {
  it('the app’s PDF (spec.render) follows the pathway, else the workspace', async () => {
    const dir = await tempDir();
    const services = await startServices({ shell: 'browser', dataDir: join(dir, 'data') });
    const render = async (workspace: Workspace) => {
      const current = services.workspaces.current().workspace;
      const { revision } = await services.workspaces.save({ ...workspace, id: current.id }, current.revision);
      const shown = { revision, workspacePath: services.workspaces.current().path };
      const pdf = join(dir, `${revision}.pdf`);
      const made = await services.exports.specification('path-die', shown);
      await writeFile(pdf, Buffer.from(made.base64, 'base64'));
      return pdfText(pdf);
    };
    const russian = await render(inLanguages('uk', 'ru'));
    expect(russian).toContain(ruSpec['section.structure']);
    expect(russian).not.toContain(ukSpec['section.structure']);
    const ukrainian = await render(inLanguages('uk'));
    expect(ukrainian).toContain(ukSpec['section.structure']);
    expect(ukrainian).toContain(ukSpec.contents);
  });

  it('the package’s specification.pdf is in the pathway’s language', async () => {
    const dir = await tempDir();
    const { outFile } = await signedPackage(dir, { workspace: inLanguages('uk', 'ru') });
    const pdf = join(dir, 'specification.pdf');
    await writeFile(
      pdf,
      (await run('unzip', ['-p', outFile, 'specification.pdf'], { encoding: 'buffer' })).stdout,
    );
    const text = await pdfText(pdf);
    expect(text).toContain(ruSpec['cover.kicker'].toLocaleUpperCase('ru'));
    expect(text).toContain(ruSpec['section.matrix']);
  });
});
