import { Writable } from 'node:stream';
import { translator } from '@locales/translate';
import { AppFailure } from '@shared/contract/errors';
import { documentLanguage } from '@shared/i18n/document-language';
import { renderSpecificationPdf } from '../export/spec-pdf';
import { specificationRefusal } from '../export/spec-words';
import { specificationOf } from '../export/specification';
import { titleStem } from './exports-folder';
import type { WorkspaceService } from './workspace-service';

/** The app's exports of the open workspace, as saved at the revision the window shows. */
export class ExportService {
  constructor(private readonly workspaces: WorkspaceService) {}

  /** The programme specification as PDF bytes, for the renderer to offer as a download or save. */
  async specification(
    pathwayId: string,
    shown: { revision: number; workspacePath: string },
  ): Promise<{ fileName: string; base64: string; pages: number }> {
    const { workspace } = this.workspaces.shown(shown.revision, shown.workspacePath);
    if (!workspace.pathways.some((p) => p.id === pathwayId)) {
      throw new AppFailure({
        code: 'request.invalid',
        message: `Pathway ${pathwayId} is not in the open workspace`,
      });
    }
    // In the pathway's language, not the window's: the document belongs to the programme.
    const built = specificationOf(workspace, pathwayId, { generatedAt: new Date().toISOString() });
    if (!built.ok) {
      const message = specificationRefusal(built, translator(documentLanguage(workspace, undefined)));
      throw new AppFailure({ code: 'request.invalid', message });
    }
    const chunks: Buffer[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        chunks.push(chunk);
        done();
      },
    });
    try {
      const pages = await renderSpecificationPdf(built.specification, sink);
      const pathway = workspace.pathways.find((p) => p.id === pathwayId);
      return {
        fileName: `${titleStem(pathway?.title ?? 'pathway')}-specification.pdf`,
        base64: Buffer.concat(chunks).toString('base64'),
        pages,
      };
    } catch (e) {
      throw new AppFailure({
        code: 'export.failed',
        message: `The programme specification could not be made: ${e instanceof Error ? e.message : String(e)}`,
      });
    }
  }
}
