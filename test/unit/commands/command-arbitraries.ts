import { readFileSync } from 'node:fs';
import {
  addChoiceGroup,
  addStage,
  modulesInPathway,
  moveStage,
  placeChoiceGroup,
  placeModule,
  removeChoiceGroup,
  removeModule,
  removeStage,
  renameChoiceGroup,
  renameStage,
  setChoiceCount,
} from '@shared/domain/pathway-ops';
import { addPrerequisite, removePrerequisite } from '@shared/domain/prerequisites';
import { reviewableFields } from '@shared/domain/review';
import { decodeWorkspace } from '@shared/schemas/decode';
import type { Pathway } from '@shared/schemas/pathway';
import fc from 'fast-check';
import { NOW } from '../../fixtures/builders';
import { deepFreeze } from '../domain/pathway-invariants';

/*
 * Arbitrary editor commands (and the runs in command-runs.ts) that drive them over a workspace, checking after each step that
 * the workspace is valid or the command refused with a known DomainError.
 */
export const sampleFile = 'resources/samples/teacher-education.json';
export const sample = (() => {
  const decoded = decodeWorkspace(
    readFileSync(new URL(`../../../${sampleFile}`, import.meta.url), 'utf8'),
    sampleFile,
  );
  if (!decoded.ok) throw new Error(JSON.stringify(decoded.error));
  return deepFreeze(decoded.workspace);
})();

// ---- Arbitrary input: text of any length (empty, past every limit, unicode), numbers of any kind. ----

export const anyText = fc.oneof(
  { arbitrary: fc.string({ maxLength: 30 }), weight: 3 },
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 300 }), weight: 1 },
  { arbitrary: fc.string({ minLength: 190, maxLength: 215 }), weight: 1 },
  {
    arbitrary: fc.constantFrom(
      '',
      '   ',
      'x'.repeat(201),
      'é'.repeat(10_001),
      '\u0000\u200b',
      '😀'.repeat(121),
    ),
    weight: 1,
  },
);
/** Text that is usually fine, so that commands get past their first check and meet the later ones. */
export const fairText = fc.oneof({ arbitrary: fc.constantFrom('Module', 'A title'), weight: 2 }, anyText);
export const anyNumber = fc.oneof(
  fc.integer({ min: -3, max: 120 }),
  fc.double(),
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -0, 1e12, 2 ** 53 + 1),
);
export const anyNow = fc.oneof(
  { arbitrary: fc.constantFrom(NOW, '2026-12-01T10:00:00.000Z'), weight: 4 },
  anyText,
);

/** An id: mostly one the workspace holds (picked when the command runs), else any text at all. */
export type IdChoice = { existing: number } | { text: string };
export const idChoice: fc.Arbitrary<IdChoice> = fc.oneof(
  { arbitrary: fc.nat().map((existing) => ({ existing })), weight: 3 },
  {
    arbitrary: fc.oneof(anyText, fc.constantFrom('new-1', 'new-2', 'n_3')).map((text) => ({ text })),
    weight: 1,
  },
);
export const pick = (ids: readonly string[], choice: IdChoice): string =>
  'text' in choice ? choice.text : (ids[choice.existing % Math.max(ids.length, 1)] ?? 'nothing-here');
/** A fresh id: usually a valid one nobody holds, sometimes any text or one that is taken. */
export const newIdChoice: fc.Arbitrary<IdChoice> = fc.oneof(
  { arbitrary: fc.uuid().map((text) => ({ text })), weight: 3 },
  idChoice,
);

// ---- Pathway operations, with their arguments resolved against the pathway they change. ----

export const pathwayOp = fc.oneof(
  fc.record({ op: fc.constant('addStage'), id: newIdChoice, title: fairText, index: fc.option(anyNumber) }),
  fc.record({ op: fc.constant('renameStage'), stage: idChoice, title: anyText }),
  fc.record({ op: fc.constant('moveStage'), stage: idChoice, index: anyNumber }),
  fc.record({ op: fc.constant('removeStage'), stage: idChoice }),
  fc.record({
    op: fc.constant('placeModule'),
    module: idChoice,
    stage: idChoice,
    group: fc.option(idChoice),
    index: anyNumber,
  }),
  fc.record({ op: fc.constant('removeModule'), module: idChoice }),
  fc.record({
    op: fc.constant('addChoiceGroup'),
    stage: idChoice,
    id: newIdChoice,
    title: anyText,
    choose: anyNumber,
    index: fc.option(anyNumber),
  }),
  fc.record({ op: fc.constant('placeChoiceGroup'), group: idChoice, stage: idChoice, index: anyNumber }),
  fc.record({ op: fc.constant('renameChoiceGroup'), group: idChoice, title: anyText }),
  fc.record({ op: fc.constant('setChoiceCount'), group: idChoice, choose: anyNumber }),
  fc.record({ op: fc.constant('removeChoiceGroup'), group: idChoice }),
  fc.record({ op: fc.constant('addPrerequisite'), before: idChoice, after: idChoice }),
  fc.record({ op: fc.constant('removePrerequisite'), before: idChoice, after: idChoice }),
  // What the pathway form does: any title, description and award title in one edit.
  fc.record({ op: fc.constant('edit'), title: fairText, description: anyText, awardTitle: fairText }),
);
export type PathwayOp = typeof pathwayOp extends fc.Arbitrary<infer T> ? T : never;

export const stageIds = (p: Pathway) => p.stages.map((s) => s.id);
export const groupIds = (p: Pathway) =>
  p.stages.flatMap((s) => s.items.flatMap((i) => (i.kind === 'choice' ? [i.id] : [])));

export function changeOf(o: PathwayOp, moduleIds: readonly string[]): (p: Pathway) => Pathway {
  return (p) => {
    const inPathway = modulesInPathway(p);
    const stage = (c: IdChoice) => pick(stageIds(p), c);
    const group = (c: IdChoice) => pick(groupIds(p), c);
    const module = (c: IdChoice) => pick([...inPathway, ...moduleIds], c);
    const index = (n: number | null) => (n === null ? undefined : n);
    switch (o.op) {
      case 'addStage':
        return addStage(p, { id: pick([], o.id), title: o.title }, index(o.index));
      case 'renameStage':
        return renameStage(p, stage(o.stage), o.title);
      case 'moveStage':
        return moveStage(p, stage(o.stage), o.index);
      case 'removeStage':
        return removeStage(p, stage(o.stage));
      case 'placeModule': {
        const target = { stageId: stage(o.stage), index: o.index };
        return placeModule(
          p,
          module(o.module),
          o.group === null ? target : { ...target, groupId: group(o.group) },
        );
      }
      case 'removeModule':
        return removeModule(p, pick(inPathway, o.module));
      case 'addChoiceGroup':
        return addChoiceGroup(
          p,
          stage(o.stage),
          { id: pick([], o.id), title: o.title, choose: o.choose },
          index(o.index),
        );
      case 'placeChoiceGroup':
        return placeChoiceGroup(p, group(o.group), { stageId: stage(o.stage), index: o.index });
      case 'renameChoiceGroup':
        return renameChoiceGroup(p, group(o.group), o.title);
      case 'setChoiceCount':
        return setChoiceCount(p, group(o.group), o.choose);
      case 'removeChoiceGroup':
        return removeChoiceGroup(p, group(o.group));
      case 'addPrerequisite':
        return addPrerequisite(p, { before: pick(inPathway, o.before), after: pick(inPathway, o.after) });
      case 'removePrerequisite': {
        const edge = p.prerequisites[0];
        const before = 'existing' in o.before && edge ? edge.before : pick(inPathway, o.before);
        const after = 'existing' in o.after && edge ? edge.after : pick(inPathway, o.after);
        return removePrerequisite(p, { before, after });
      }
      case 'edit':
        return {
          ...p,
          title: o.title,
          description: o.description,
          award: { ...p.award, title: o.awardTitle },
        };
    }
  };
}

// ---- Every editor command of shared/commands, with arbitrary payloads. ----

export const actor = fc.record({ id: newIdChoice, name: fairText, role: fc.option(fairText), now: anyNow });
export type ActorInput = typeof actor extends fc.Arbitrary<infer T> ? T : never;

export const command = fc.oneof(
  fc.record({ op: fc.constant('renameWorkspace'), title: anyText }),
  fc.record({
    op: fc.constant('createModule'),
    id: newIdChoice,
    code: fairText,
    title: fairText,
    credit: anyNumber,
    issuer: fc.option(idChoice),
  }),
  fc.record({
    op: fc.constant('updateModule'),
    module: idChoice,
    code: fairText,
    title: fairText,
    issuer: fc.option(idChoice),
    now: anyNow,
  }),
  fc.record({ op: fc.constant('deleteModule'), module: idChoice }),
  fc.record({
    op: fc.constant('createIssuer'),
    id: newIdChoice,
    name: fairText,
    url: fc.option(anyText),
    country: fc.constantFrom('IE', 'GB', '', 'Ireland'),
  }),
  fc.record({ op: fc.constant('updateIssuer'), issuer: idChoice, name: fairText }),
  fc.record({ op: fc.constant('deleteIssuer'), issuer: idChoice }),
  fc.record({
    op: fc.constant('createPathway'),
    id: newIdChoice,
    title: fairText,
    awardTitle: fairText,
    stages: fc.tuple(newIdChoice, newIdChoice),
    now: anyNow,
  }),
  fc.record({ op: fc.constant('renamePathway'), pathway: idChoice, title: anyText }),
  fc.record({ op: fc.constant('deletePathway'), pathway: idChoice }),
  fc.record({
    op: fc.constant('duplicatePathway'),
    pathway: idChoice,
    id: newIdChoice,
    title: anyText,
    now: anyNow,
    freshIds: fc.boolean(),
  }),
  fc.record({ op: fc.constant('updatePathway'), pathway: idChoice, change: pathwayOp, now: anyNow }),
  fc.record({
    op: fc.constant('saveQaProfile'),
    id: newIdChoice,
    title: fairText,
    version: fairText,
    ruleId: anyText,
  }),
  fc.record({ op: fc.constant('deleteQaProfile'), profile: idChoice }),
  fc.record({ op: fc.constant('submitForReview'), pathway: idChoice, actor }),
  fc.record({ op: fc.constant('requestChanges'), pathway: idChoice, actor }),
  fc.record({
    op: fc.constant('approveDesign'),
    pathway: idChoice,
    // Approval asks the most of its input: mostly a well-formed reviewer, so that it also succeeds.
    actor: fc.oneof(
      {
        arbitrary: fc.constant({ id: { text: 'a-1' }, name: 'Ines', role: 'QA officer', now: NOW }),
        weight: 2,
      },
      actor,
    ),
    errorCount: fc.oneof({ arbitrary: fc.constant(0), weight: 2 }, anyNumber),
    honest: fc.oneof({ arbitrary: fc.constant(true), weight: 3 }, fc.constant(false)),
    hash: anyText,
    profileVersion: fairText,
  }),
  fc.record({
    op: fc.constant('addComment'),
    pathway: idChoice,
    module: idChoice,
    field: fc.oneof(fc.constantFrom(...reviewableFields.map((f) => f.path)), anyText),
    text: fairText,
    actor,
  }),
  fc.record({ op: fc.constant('resolveComment'), pathway: idChoice, comment: idChoice, actor }),
  fc.record({ op: fc.constant('mergeDesign'), pathway: idChoice, trusted: fc.boolean() }),
);
export type Command = typeof command extends fc.Arbitrary<infer T> ? T : never;
