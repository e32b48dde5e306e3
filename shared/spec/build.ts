import { pathwayCredits } from '../domain/credits';
import { documentLanguage } from '../i18n/document-language';
import type { Language } from '../i18n/languages';
import type { Workspace } from '../schemas/workspace';
import { approvalStatus } from './approval';
import { creditTotalWords } from './credit-words';
import { matrixSection } from './matrix';
import type { Specification, SpecQaInput } from './model';
import { moduleSection } from './module-section';
import { placementsOf } from './placements';
import { qaSection, qaStatus } from './qa-section';
import { structureSection } from './structure';
import { summarySection } from './summary';
import { coded, dateOf, say, stated } from './words';

export interface SpecificationOptions {
  /** ISO 8601 time the specification is produced (the PDF's creation date). */
  generatedAt: string;
  /** The QA engine's results; without them the appendix says the checks were not run. */
  qa?: SpecQaInput;
  /** Writes the document in this language instead of the pathway's (`stackwise spec --lang`). */
  language?: Language;
}

export type SpecificationResult =
  | { ok: true; specification: Specification }
  | {
      ok: false;
      code: 'spec.pathway-not-found';
      /** The pathway asked for, the workspace's title and its pathways as "id (title)". */
      params: { id: string; workspace: string; known: string[] };
    };

/** The programme specification of one pathway of a workspace, in the pathway's language. */
export function buildSpecification(
  workspace: Workspace,
  pathwayId: string,
  options: SpecificationOptions,
): SpecificationResult {
  const pathway = workspace.pathways.find((p) => p.id === pathwayId);
  if (!pathway) {
    return {
      ok: false,
      code: 'spec.pathway-not-found',
      params: {
        id: pathwayId,
        workspace: workspace.title,
        known: workspace.pathways.map((p) => `${p.id} (${p.title})`),
      },
    };
  }
  const modulesById = new Map(workspace.modules.map((m) => [m.id, m]));
  const placements = placementsOf(pathway, modulesById);
  const review = workspace.reviews.find((r) => r.pathwayId === pathway.id);
  const firstModuleIssuer = placements[0]?.module.issuerId;
  const issuer = workspace.issuers.find((i) => i.id === firstModuleIssuer) ?? workspace.issuers[0];
  const issuerName = issuer?.name ?? say('spec.cover.noIssuer');
  const categories = [...new Set(placements.flatMap((p) => (p.module.category ? [p.module.category] : [])))];
  return {
    ok: true,
    specification: {
      language: options.language ?? documentLanguage(workspace, pathway),
      metadata: {
        title: say('spec.document.title', { award: pathway.award.title }),
        author: issuerName,
        subject: say('spec.document.subject', { pathway: pathway.title, version: pathway.version }),
        keywords: [
          say('spec.document.keyword.specification'),
          say('spec.document.keyword.microCredentials'),
          pathway.award.title,
          ...categories.map((c) => coded('category', c)),
        ],
        createdAt: options.generatedAt,
        version: pathway.version,
      },
      cover: {
        kicker: say('spec.cover.kicker'),
        awardTitle: pathway.award.title,
        pathwayTitle: pathway.title,
        issuer: issuerName,
        approval: approvalStatus(pathway, review),
        facts: [
          {
            label: say('spec.fact.awardingBody'),
            value: issuer ? (stated(issuer.awardingBody) ?? issuer.name) : null,
          },
          { label: say('spec.fact.award'), value: coded('awardType', pathway.award.type) },
          {
            label: say('spec.column.credits'),
            value: creditTotalWords(pathwayCredits(pathway, modulesById)),
          },
          { label: say('spec.fact.version'), value: pathway.version },
          { label: say('spec.fact.qaStatus'), value: qaStatus(options.qa) },
          { label: say('spec.cover.produced'), value: dateOf(options.generatedAt) },
        ],
      },
      sections: [
        summarySection(pathway, placements, modulesById, issuer),
        structureSection(pathway, placements, modulesById),
        {
          id: 'modules',
          title: say('spec.section.modules'),
          blocks: [{ kind: 'paragraph', text: say('spec.modules.intro', { count: placements.length }) }],
          subsections: placements.map((p) => moduleSection(p, pathway, workspace)),
        },
        matrixSection(placements),
        qaSection(review, options.qa, workspace),
      ],
    },
  };
}
