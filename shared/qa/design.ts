import { z } from 'zod';
import type { Issuer } from '../schemas/issuer';
import type { Module } from '../schemas/module';
import type { Pathway, Stage } from '../schemas/pathway';
import type { Workspace } from '../schemas/workspace';
import type { Target } from './rule';

/** Text that says nothing: missing, empty or only spaces. */
export function isBlank(text: string | undefined): boolean {
  return text === undefined || text.trim() === '';
}

/** The params every module finding carries: the code and title the designer sees on the board. */
export function moduleParams(module: Pick<Module, 'code' | 'title'>): {
  moduleCode: string;
  moduleTitle: string;
} {
  return { moduleCode: module.code, moduleTitle: module.title };
}

export function moduleTarget(module: Module, field?: string, pathway?: Pathway): Target {
  return {
    kind: 'module',
    moduleId: module.id,
    ...(pathway ? { pathwayId: pathway.id } : {}),
    ...(field === undefined ? {} : { field }),
  };
}

/** The issuer that awards a module: its own, or the workspace's first (as the schema documents). */
export function issuerOf(workspace: Workspace, module: Module): Issuer | undefined {
  if (module.issuerId !== undefined) return workspace.issuers.find((i) => i.id === module.issuerId);
  return workspace.issuers[0];
}

/** Whether any pathway of the workspace stacks the module. */
export function inSomePathway(workspace: Workspace, module: Module): boolean {
  return workspace.pathways.some((p) =>
    p.stages.some((s) =>
      s.items.some((item) =>
        item.kind === 'module' ? item.moduleId === module.id : item.moduleIds.includes(module.id),
      ),
    ),
  );
}

export interface PlacedModule {
  module: Module;
  stageIndex: number;
  stage: Stage;
  groupId?: string;
}

/** The pathway's modules with where they sit, stage by stage in board order; unknown ids are skipped. */
export function placedModules(workspace: Workspace, pathway: Pathway): PlacedModule[] {
  const byId = new Map(workspace.modules.map((m) => [m.id, m]));
  return pathway.stages.flatMap((stage, stageIndex) =>
    stage.items.flatMap((item) => {
      const ids = item.kind === 'module' ? [item.moduleId] : item.moduleIds;
      const groupId = item.kind === 'choice' ? item.id : undefined;
      return ids.flatMap((id) => {
        const module = byId.get(id);
        if (!module) return [];
        return [{ module, stageIndex, stage, ...(groupId === undefined ? {} : { groupId }) }];
      });
    }),
  );
}

/** The outcomes no evidence requirement lists, with their index in the module's list. */
export function uncoveredOutcomes(module: Module): { index: number; statement: string }[] {
  const covered = new Set(module.evidenceRequirements.flatMap((e) => e.outcomeIds));
  return module.learningOutcomes.flatMap((outcome, index) =>
    covered.has(outcome.id) ? [] : [{ index, statement: outcome.statement }],
  );
}

/** A statement on one line, cut to a length a finding can quote (the catalogue adds the quotes). */
export function excerpt(text: string, max = 60): string {
  const flat = text.trim().replace(/\s+/g, ' ');
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** Params of rules that ask for a text long enough to say something. */
export const minimumText = z.strictObject({
  /** Shorter text ("TBC", "n/a") says nothing a learner can act on. */
  minCharacters: z.number().int().min(1).max(2000).default(15),
});

/** Why a text says too little: empty, or shorter than the profile asks; null when it is enough. */
export function textShortfall(
  text: string,
  minCharacters: number,
):
  | { variant: 'empty'; params: Record<string, never> }
  | { variant: 'too-short'; params: { characterCount: number; minimum: number } }
  | null {
  if (isBlank(text)) return { variant: 'empty', params: {} };
  const length = text.trim().length;
  return length < minCharacters
    ? { variant: 'too-short', params: { characterCount: length, minimum: minCharacters } }
    : null;
}

/** Params of a rule that takes none; strict, so a misspelt parameter is reported rather than ignored. */
export const noParams = z.strictObject({});
