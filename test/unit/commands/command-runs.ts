import { createHash } from 'node:crypto';
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
import { modulesInPathway, newPathway } from '@shared/domain/pathway-ops';
import { designContent } from '@shared/domain/review';
import { Workspace } from '@shared/schemas/workspace';
import { expect } from 'vitest';
import { fullModule, NOW } from '../../fixtures/builders';
import { deepFreeze, pathwayViolations } from '../domain/pathway-invariants';

import {
  type ActorInput,
  type Command,
  changeOf,
  groupIds,
  type IdChoice,
  pick,
  sample,
  stageIds,
} from './command-arbitraries';

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
export function drive(start: Workspace, commands: readonly Command[], tally?: Map<string, number>): void {
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
export const inReview = (() => {
  const [pathway] = sample.pathways;
  const moduleId = pathway ? modulesInPathway(pathway)[0] : undefined;
  if (!pathway || !moduleId) throw new Error('the sample has no pathway with a module');
  const designer = { id: 'c-1', name: 'Olena', now: NOW };
  let ws = saveQaProfile(sample, { id: 'inst-1', title: 'Ours', version: '1', source: '', rules: [] });
  ws = addComment(ws, pathway.id, { ...designer, moduleId, field: 'title', text: 'Shorter?' });
  ws = submitForReview(ws, pathway.id, { ...designer, id: 'd-1' });
  return deepFreeze(ws);
})();

/** Every command the runs drive; the Record makes a command added to `command` above appear here too. */
export const commandNames = Object.keys({
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
