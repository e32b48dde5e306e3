import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createIssuer, deleteIssuer, updateIssuer } from '@shared/commands/issuers';
import { createModule, deleteModule, updateModule } from '@shared/commands/modules';
import { mergeDesign } from '@shared/commands/package-design';
import {
  createPathway,
  deletePathway,
  duplicatePathwayInWorkspace,
  renamePathway,
  updatePathway,
} from '@shared/commands/pathways';
import { deleteQaProfile, saveQaProfile } from '@shared/commands/qa-profiles';
import {
  addComment,
  approveDesign,
  requestChanges,
  resolveComment,
  submitForReview,
} from '@shared/commands/reviews';
import { renameWorkspace } from '@shared/commands/workspace';
import { DomainError, domainErrorCodes } from '@shared/domain/errors';
import {
  addChoiceGroup,
  addStage,
  duplicatePathway,
  modulesInPathway,
  moveStage,
  newPathway,
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
import { designContent, reviewableFields } from '@shared/domain/review';
import { decodeWorkspace } from '@shared/schemas/decode';
import type { Pathway } from '@shared/schemas/pathway';
import { Workspace } from '@shared/schemas/workspace';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fullModule, NOW, workspaceWith } from '../../fixtures/builders';
import { deepFreeze, pathwayViolations } from '../domain/pathway-invariants';

const sampleFile = 'resources/samples/teacher-education.json';
const sample = (() => {
  const decoded = decodeWorkspace(
    readFileSync(new URL(`../../../${sampleFile}`, import.meta.url), 'utf8'),
    sampleFile,
  );
  if (!decoded.ok) throw new Error(JSON.stringify(decoded.error));
  return deepFreeze(decoded.workspace);
})();

// ---- Arbitrary input: text of any length (empty, past every limit, unicode), numbers of any kind. ----

const anyText = fc.oneof(
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
const fairText = fc.oneof({ arbitrary: fc.constantFrom('Module', 'A title'), weight: 2 }, anyText);
const anyNumber = fc.oneof(
  fc.integer({ min: -3, max: 120 }),
  fc.double(),
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -0, 1e12, 2 ** 53 + 1),
);
const anyNow = fc.oneof({ arbitrary: fc.constantFrom(NOW, '2026-12-01T10:00:00.000Z'), weight: 4 }, anyText);

/** An id: mostly one the workspace holds (picked when the command runs), else any text at all. */
type IdChoice = { existing: number } | { text: string };
const idChoice: fc.Arbitrary<IdChoice> = fc.oneof(
  { arbitrary: fc.nat().map((existing) => ({ existing })), weight: 3 },
  {
    arbitrary: fc.oneof(anyText, fc.constantFrom('new-1', 'new-2', 'n_3')).map((text) => ({ text })),
    weight: 1,
  },
);
const pick = (ids: readonly string[], choice: IdChoice): string =>
  'text' in choice ? choice.text : (ids[choice.existing % Math.max(ids.length, 1)] ?? 'nothing-here');
/** A fresh id: usually a valid one nobody holds, sometimes any text or one that is taken. */
const newIdChoice: fc.Arbitrary<IdChoice> = fc.oneof(
  { arbitrary: fc.uuid().map((text) => ({ text })), weight: 3 },
  idChoice,
);

// ---- Pathway operations, with their arguments resolved against the pathway they change. ----

const pathwayOp = fc.oneof(
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
type PathwayOp = typeof pathwayOp extends fc.Arbitrary<infer T> ? T : never;

const stageIds = (p: Pathway) => p.stages.map((s) => s.id);
const groupIds = (p: Pathway) =>
  p.stages.flatMap((s) => s.items.flatMap((i) => (i.kind === 'choice' ? [i.id] : [])));

function changeOf(o: PathwayOp, moduleIds: readonly string[]): (p: Pathway) => Pathway {
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

const actor = fc.record({ id: newIdChoice, name: fairText, role: fc.option(fairText), now: anyNow });
type ActorInput = typeof actor extends fc.Arbitrary<infer T> ? T : never;

const command = fc.oneof(
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
type Command = typeof command extends fc.Arbitrary<infer T> ? T : never;

const ids = <T extends { id: string }>(list: readonly T[]) => list.map((x) => x.id);
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

function run(ws: Workspace, c: Command): Workspace {
  const pathway = (choice: IdChoice) => pick(ids(ws.pathways), choice);
  const moduleId = (choice: IdChoice) => pick(ids(ws.modules), choice);
  const who = (a: ActorInput) => ({
    id: pick([], a.id),
    name: a.name,
    ...(a.role !== null && { role: a.role }),
    now: a.now,
  });
  switch (c.op) {
    case 'renameWorkspace':
      return renameWorkspace(ws, c.title);
    case 'createModule':
      return createModule(
        ws,
        fullModule({
          id: pick([], c.id),
          code: c.code,
          title: c.title,
          credit: { value: c.credit, system: 'ECTS' },
          issuerId: c.issuer === null ? undefined : pick(ids(ws.issuers), c.issuer),
        }),
      );
    case 'updateModule': {
      const id = moduleId(c.module);
      const current = ws.modules.find((m) => m.id === id) ?? fullModule({ id });
      const issuerId = c.issuer === null ? current.issuerId : pick(ids(ws.issuers), c.issuer);
      return updateModule(ws, { ...current, code: c.code, title: c.title, issuerId }, c.now);
    }
    case 'deleteModule':
      return deleteModule(ws, moduleId(c.module));
    case 'createIssuer':
      return createIssuer(ws, {
        id: pick([], c.id),
        name: c.name,
        description: '',
        awardingBody: '',
        country: c.country,
        ...(c.url !== null && { url: c.url }),
      });
    case 'updateIssuer': {
      const id = pick(ids(ws.issuers), c.issuer);
      const current = ws.issuers.find((i) => i.id === id);
      const base = current ?? { id, name: '', description: '', awardingBody: '', country: 'IE' };
      return updateIssuer(ws, { ...base, name: c.name });
    }
    case 'deleteIssuer':
      return deleteIssuer(ws, pick(ids(ws.issuers), c.issuer));
    case 'createPathway':
      return createPathway(
        ws,
        newPathway({
          id: pick([], c.id),
          title: c.title,
          awardTitle: c.awardTitle,
          now: c.now,
          stageIds: [pick([], c.stages[0]), pick([], c.stages[1])],
          stageTitles: ['Stage 1', 'Stage 2'],
        }),
      );
    case 'renamePathway':
      return renamePathway(ws, pathway(c.pathway), c.title);
    case 'deletePathway':
      return deletePathway(ws, pathway(c.pathway));
    case 'duplicatePathway': {
      let n = 0;
      return duplicatePathwayInWorkspace(ws, pathway(c.pathway), {
        id: pick([], c.id),
        title: c.title,
        now: c.now,
        newId: c.freshIds ? () => `copy-${++n}` : () => 'same-id',
      });
    }
    case 'updatePathway':
      return updatePathway(ws, pathway(c.pathway), changeOf(c.change, ids(ws.modules)), c.now);
    case 'saveQaProfile':
      return saveQaProfile(ws, {
        id: pick(ids(ws.qaProfiles), c.id),
        title: c.title,
        version: c.version,
        source: '',
        rules: [{ ruleId: c.ruleId, severity: 'error', params: {} }],
      });
    case 'deleteQaProfile':
      return deleteQaProfile(ws, pick(ids(ws.qaProfiles), c.profile));
    case 'submitForReview':
      return submitForReview(ws, pathway(c.pathway), who(c.actor));
    case 'requestChanges':
      return requestChanges(ws, pathway(c.pathway), who(c.actor));
    case 'approveDesign': {
      const id = pathway(c.pathway);
      const canonical = ws.pathways.some((p) => p.id === id) ? designContent(ws, id) : '';
      return approveDesign(ws, id, {
        ...who(c.actor),
        errorCount: c.errorCount,
        profileVersions: { 'qaa-2022': c.profileVersion },
        content: c.honest ? { canonical, hash: sha256(canonical) } : { canonical: c.hash, hash: c.hash },
      });
    }
    case 'addComment': {
      const id = pathway(c.pathway);
      const target = ws.pathways.find((p) => p.id === id);
      const inPathway = target ? modulesInPathway(target) : [];
      return addComment(ws, id, {
        ...who(c.actor),
        moduleId: pick(inPathway, c.module),
        field: c.field,
        text: c.text,
      });
    }
    case 'resolveComment': {
      const id = pathway(c.pathway);
      const comments = ws.reviews.find((r) => r.pathwayId === id)?.comments ?? [];
      return resolveComment(ws, id, pick(ids(comments), c.comment), { name: c.actor.name, now: c.actor.now });
    }
    case 'mergeDesign':
      return mergeDesign(ws, sample, pick(ids(sample.pathways), c.pathway), { trusted: c.trusted }).workspace;
  }
}

const knownCodes = new Set<string>(domainErrorCodes);

/** What is wrong with a workspace a command returned, beyond its schema: each pathway's own invariants. */
function violations(ws: Workspace): string[] {
  const parsed = Workspace.safeParse(ws);
  const problems = parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  for (const p of ws.pathways) {
    problems.push(...pathwayViolations(p).map((v) => `${p.id}: ${v}`));
    const own = [...stageIds(p), ...groupIds(p)];
    if (new Set(own).size !== own.length) problems.push(`${p.id}: a stage or group id is used twice`);
  }
  return problems;
}

/** Runs the commands in turn: each returns a workspace that keeps every invariant, or refuses with a DomainError. */
function drive(start: Workspace, commands: readonly Command[], tally?: Map<string, number>): void {
  let ws = deepFreeze(start);
  for (const c of commands) {
    let next: Workspace;
    try {
      next = run(ws, c);
    } catch (e) {
      if (!(e instanceof DomainError)) {
        throw new Error(`${c.op} threw ${String(e)} for ${JSON.stringify(c).slice(0, 400)}`, { cause: e });
      }
      expect(knownCodes.has(e.code), e.code).toBe(true);
      continue;
    }
    expect(violations(next), `after ${JSON.stringify(c).slice(0, 400)}`).toEqual([]);
    if (next !== ws) tally?.set(c.op, (tally.get(c.op) ?? 0) + 1);
    ws = deepFreeze(next);
  }
}

/** The sample with a QA profile of its own and its first pathway in review with a comment: every command has something to act on. */
const inReview = (() => {
  const [pathway] = sample.pathways;
  const moduleId = pathway ? modulesInPathway(pathway)[0] : undefined;
  if (!pathway || !moduleId) throw new Error('the sample has no pathway with a module');
  const designer = { id: 'c-1', name: 'Olena', now: NOW };
  let ws = saveQaProfile(sample, { id: 'inst-1', title: 'Ours', version: '1', source: '', rules: [] });
  ws = addComment(ws, pathway.id, { ...designer, moduleId, field: 'title', text: 'Shorter?' });
  ws = submitForReview(ws, pathway.id, { ...designer, id: 'd-1' });
  return deepFreeze(ws);
})();

describe('every editor command, with arbitrary input', () => {
  it('on the sample workspace (and the sample in review): returns a valid workspace or refuses with a DomainError of a known code', () => {
    fc.assert(
      fc.property(fc.boolean(), fc.array(command, { maxLength: 25 }), (reviewing, commands) =>
        drive(reviewing ? inReview : sample, commands),
      ),
      { numRuns: 200 },
    );
  });

  it('on workspaces the commands build from an empty one: the same', () => {
    fc.assert(
      fc.property(fc.array(command, { minLength: 10, maxLength: 40 }), (commands) =>
        drive(workspaceWith([]), commands),
      ),
      { numRuns: 100 },
    );
  });

  it('changes the workspace often enough, for each command, for the runs above to mean something', () => {
    const tally = new Map<string, number>();
    fc.assert(
      fc.property(fc.array(command, { maxLength: 30 }), (commands) => drive(inReview, commands, tally)),
      { numRuns: 400, seed: 7 },
    );
    // Merging the sample into itself finds every entity already there, so it never changes anything.
    const rare = commandNames.filter((op) => op !== 'mergeDesign' && (tally.get(op) ?? 0) < 3);
    expect(rare).toEqual([]);
  });

  it('refuses a pathway renamed past 200 characters, by any route, as field.invalid on its title', () => {
    const long = 'x'.repeat(201);
    const id = sample.pathways[0]?.id ?? '';
    for (const attempt of [
      () => renamePathway(sample, id, long),
      () => updatePathway(sample, id, (p) => ({ ...p, title: long }), NOW),
      () => duplicatePathwayInWorkspace(sample, id, { id: 'copy', title: long, now: NOW, newId: () => 'n' }),
      () =>
        duplicatePathway(sample.pathways[0] as Pathway, {
          id: 'copy',
          title: long,
          now: NOW,
          newId: () => 'n',
        }),
    ]) {
      expect(attempt).toThrowError(expect.objectContaining({ code: 'field.invalid', field: 'title' }));
    }
  });
});

/** Every command the runs drive; the Record makes a command added to `command` above appear here too. */
const commandNames = Object.keys({
  renameWorkspace: true,
  createModule: true,
  updateModule: true,
  deleteModule: true,
  createIssuer: true,
  updateIssuer: true,
  deleteIssuer: true,
  createPathway: true,
  renamePathway: true,
  deletePathway: true,
  duplicatePathway: true,
  updatePathway: true,
  saveQaProfile: true,
  deleteQaProfile: true,
  submitForReview: true,
  requestChanges: true,
  approveDesign: true,
  addComment: true,
  resolveComment: true,
  mergeDesign: true,
} satisfies Record<Command['op'], true>);
