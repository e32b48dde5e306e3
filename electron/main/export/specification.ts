import { qaWords } from '@locales/findings';
import { translator } from '@locales/translate';
import { documentLanguage } from '@shared/i18n/document-language';
import type { Language } from '@shared/i18n/languages';
import { checkDesignForExport } from '@shared/qa/design-check';
import type { QaReport } from '@shared/qa/engine';
import type { QaProfile } from '@shared/schemas/review';
import type { Workspace } from '@shared/schemas/workspace';
import { buildSpecification, type SpecificationResult } from '@shared/spec/build';
import { specQaInput } from '@shared/spec/qa-input';

export interface SpecificationRequest {
  generatedAt: string;
  /** The QA run the export is made from, when the caller has one; otherwise the export profiles run here. */
  qa?: { report: QaReport; profiles: readonly QaProfile[] };
  /** Another language than the pathway's (`stackwise spec --lang`). */
  language?: Language;
}

/**
 * The programme specification as the app, the command line and the package make it: in the pathway's
 * language unless told otherwise, with the QA appendix of the same engine run, worded in that language.
 */
export function specificationOf(
  workspace: Workspace,
  pathwayId: string,
  request: SpecificationRequest,
): SpecificationResult {
  const pathway = workspace.pathways.find((p) => p.id === pathwayId);
  const language = request.language ?? documentLanguage(workspace, pathway);
  const qa = request.qa ?? (pathway ? checkDesignForExport(workspace, pathwayId) : undefined);
  return buildSpecification(workspace, pathwayId, {
    generatedAt: request.generatedAt,
    language,
    ...(qa && { qa: specQaInput(qa.report, qa.profiles, qaWords(workspace, translator(language))) }),
  });
}
