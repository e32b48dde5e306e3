import { DomainError } from '../domain/errors';
import { documentLanguage } from '../i18n/document-language';
import { isLanguage, type Language } from '../i18n/languages';
import type { Say } from '../i18n/say';
import type { Issuer } from '../schemas/issuer';
import type { Module } from '../schemas/module';
import type { Pathway } from '../schemas/pathway';
import type { Workspace } from '../schemas/workspace';
import { moduleAchievement, pathwayAchievement } from './achievement';
import { issuerProfile } from './issuer-profile';
import { previousApprovedVersions } from './previous-approved';
import { awardIssuerId, moduleIssuerId } from './signers';
import type { ObAchievement } from './types';

export interface AchievementRef {
  workspaceId: string;
  kind: 'module' | 'pathway';
  entityId: string;
  version: string;
}

/** What only the caller can decide: stable ids (hashing lives outside shared/) and each issuer's profile id. */
export interface DefinitionIds {
  /** A stable URI for one version of a module's or pathway's badge definition. */
  achievementId(ref: AchievementRef): string;
  /** The issuer's profile id: its web address or its did:key, as its key decides. */
  issuerProfileId(issuer: Issuer): string;
  /** The catalogue of a language: the definitions' words are in their module's or pathway's language. */
  words(language: Language): Say;
}

/** One badge definition ready to be written and signed. */
export interface BadgeDefinition {
  kind: 'module' | 'pathway';
  entityId: string;
  issuerId: string;
  status: Module['status'];
  /** The stem of its file names, e.g. "TE-PBL-01-v1.0.0". */
  fileStem: string;
  achievement: ObAchievement;
}

export interface BuiltDefinitions {
  definitions: BadgeDefinition[];
  /** Things the designer should know (e.g. a skill that could not be aligned); not errors. */
  notes: string[];
}

/** The module ids of a pathway, once each, in stage order. */
export function pathwayModuleIds(pathway: Pathway): string[] {
  const ids = pathway.stages.flatMap((s) =>
    s.items.flatMap((i) => (i.kind === 'module' ? [i.moduleId] : i.moduleIds)),
  );
  return [...new Set(ids)];
}

function fileSafe(text: string): string {
  return text.replace(/[^\p{L}\p{N}._-]+/gu, '-');
}

/**
 * Every badge definition of a pathway: one Achievement per module of its stack, then the award's.
 * Each is awarded by its module's issuer (the workspace's first issuer when unset); the award by the
 * issuer all its modules share, else the workspace's first issuer.
 */
const optional = <K extends string, V>(key: K, value: V | undefined) =>
  (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };

export function buildPathwayDefinitions(
  workspace: Workspace,
  pathwayId: string,
  ids: DefinitionIds,
): BuiltDefinitions {
  const pathwayIndex = workspace.pathways.findIndex((p) => p.id === pathwayId);
  const pathway = workspace.pathways[pathwayIndex];
  if (!pathway) {
    throw new DomainError('credentials.unknown-pathway', {
      field: 'pathways',
      params: { id: pathwayId, known: workspace.pathways.map((p) => p.id).join(', ') },
    });
  }
  const [firstIssuer] = workspace.issuers;
  if (!firstIssuer) {
    throw new DomainError('credentials.no-issuer', { field: 'issuers' });
  }
  const issuers = new Map(workspace.issuers.map((i) => [i.id, i]));
  const issuerOf = (module: Module): Issuer => {
    const issuer = issuers.get(moduleIssuerId(module, firstIssuer.id));
    if (!issuer) {
      throw new DomainError('credentials.unknown-issuer', {
        field: `modules.${module.id}.issuerId`,
        params: { module: module.code, issuer: module.issuerId ?? '' },
      });
    }
    return issuer;
  };
  const modules = new Map(workspace.modules.map((m) => [m.id, m]));
  const stack = pathwayModuleIds(pathway).flatMap((id) => modules.get(id) ?? []);
  const awardId = ids.achievementId({
    workspaceId: workspace.id,
    kind: 'pathway',
    entityId: pathway.id,
    version: pathway.version,
  });
  const notes: string[] = [];
  const previous = previousApprovedVersions(workspace, pathway.id);
  const related = (kind: 'module' | 'pathway', entityId: string, version: string | undefined) =>
    version === undefined
      ? undefined
      : {
          id: ids.achievementId({ workspaceId: workspace.id, kind, entityId, version }),
          type: ['Related'] as ['Related'],
          version,
        };
  const pathwayLanguage = documentLanguage(workspace, pathway);
  const pathwayWords = ids.words(pathwayLanguage);
  // A module's badge speaks the module's own language when Stackwise has words for it.
  const wordsOf = (module: Module) =>
    isLanguage(module.language) ? ids.words(module.language) : pathwayWords;
  const moduleAchievementIds = new Map<string, string>();
  const definitions: BadgeDefinition[] = stack.map((module) => {
    const issuer = issuerOf(module);
    const id = ids.achievementId({
      workspaceId: workspace.id,
      kind: 'module',
      entityId: module.id,
      version: module.version,
    });
    moduleAchievementIds.set(module.id, id);
    return {
      kind: 'module',
      entityId: module.id,
      issuerId: issuer.id,
      status: module.status,
      fileStem: fileSafe(`${module.code}-v${module.version}`),
      achievement: moduleAchievement(
        module,
        {
          id,
          creator: issuerProfile(issuer, ids.issuerProfileId(issuer), wordsOf(module)),
          stackableTowards: [awardId],
          ...optional('previousApproved', related('module', module.id, previous.modules.get(module.id))),
        },
        notes,
        wordsOf(module),
      ),
    };
  });
  const stackIssuers = new Set(stack.map((m) => issuerOf(m).id));
  const awardIssuer = issuers.get(awardIssuerId(stackIssuers, firstIssuer.id)) ?? firstIssuer;
  definitions.push({
    kind: 'pathway',
    entityId: pathway.id,
    issuerId: awardIssuer.id,
    status: pathway.status,
    fileStem: fileSafe(`award-${pathway.id}-v${pathway.version}`),
    achievement: pathwayAchievement(
      pathway,
      {
        id: awardId,
        creator: issuerProfile(awardIssuer, ids.issuerProfileId(awardIssuer), pathwayWords),
        modules,
        moduleAchievementIds,
        language: pathwayLanguage,
        ...optional('previousApproved', related('pathway', pathway.id, previous.pathway)),
      },
      pathwayWords,
    ),
  });
  return { definitions, notes };
}

/** The exact bytes of an achievement file: two-space JSON and a final newline (what the digest covers). */
export function encodeAchievement(achievement: ObAchievement): string {
  return `${JSON.stringify(achievement, null, 2)}\n`;
}
