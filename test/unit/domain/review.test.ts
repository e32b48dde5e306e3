import { createHash } from 'node:crypto';
import { describeRefusal } from '@locales/catalogue';
import { translator } from '@locales/translate';
import { updateModule } from '@shared/commands/modules';
import { updatePathway } from '@shared/commands/pathways';
import {
  allowedActions,
  canonicalJson,
  designContent,
  frozenDesignOf,
  nextMinorVersion,
  type ReviewAction,
  type ReviewState,
  refusalOf,
  reviseApprovedDesigns,
  sha256Hex,
} from '@shared/domain/review';
import type { Workspace } from '@shared/schemas/workspace';
import { describe, expect, it } from 'vitest';
import { createEditorStore, step } from '../../../renderer/src/editor/store';
import { approvedStem, LATER, twoDesigns } from '../../fixtures/review/designs';
import { deepFreeze } from './pathway-invariants';

const moduleOf = (ws: Workspace, id: string) => {
  const found = ws.modules.find((m) => m.id === id);
  if (!found) throw new Error(`no module ${id}`);
  return found;
};
const pathwayOf = (ws: Workspace, id: string) => {
  const found = ws.pathways.find((p) => p.id === id);
  if (!found) throw new Error(`no pathway ${id}`);
  return found;
};

describe('review states', () => {
  const stem = pathwayOf(twoDesigns(), 'path-stem');

  it.each<[ReviewState, ReviewAction[]]>([
    ['draft', ['submit']],
    ['in-review', ['request-changes', 'approve']],
    ['changes-requested', ['submit']],
    ['approved', []],
  ])('%s allows %j', (state, actions) => {
    expect(allowedActions(state)).toEqual(actions);
    for (const action of actions) expect(refusalOf(action, state, stem)).toBeNull();
  });

  it.each<[ReviewState, ReviewAction, string]>([
    [
      'draft',
      'approve',
      '“STEM Foundations” is a draft that was never submitted for review; submit it before approving',
    ],
    [
      'draft',
      'request-changes',
      '“STEM Foundations” is a draft that was never submitted for review; there is nothing to request changes on',
    ],
    ['in-review', 'submit', '“STEM Foundations” is already in review'],
    [
      'changes-requested',
      'approve',
      'Changes were requested on “STEM Foundations”; the designer must submit it again before it can be approved',
    ],
    [
      'changes-requested',
      'request-changes',
      'Changes have already been requested on “STEM Foundations”; wait until the designer submits it again',
    ],
    [
      'approved',
      'submit',
      'Version 1.0.0 of “STEM Foundations” is approved and frozen; edit the design to start a new version',
    ],
    [
      'approved',
      'approve',
      'Version 1.0.0 of “STEM Foundations” is approved and frozen; edit the design to start a new version',
    ],
  ])('%s refuses %s', (state, action, message) => {
    const refusal = refusalOf(action, state, stem);
    expect(refusal).toMatchObject({ code: 'review.not-allowed', field: 'state' });
    expect(refusal && describeRefusal(refusal, translator('en'))).toBe(message);
  });
});

describe('canonical JSON and the content hash', () => {
  it('sorts keys at every depth and leaves out undefined properties', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { z: 1, y: null }], c: 'x' }, u: undefined })).toBe(
      '{"a":{"c":"x","d":[2,{"y":null,"z":1}]},"b":1}',
    );
  });

  it('is the same text whatever order the keys were written in', () => {
    const ws = twoDesigns();
    const reordered: Workspace = {
      ...ws,
      modules: ws.modules.map((m) => Object.fromEntries(Object.entries(m).reverse()) as typeof m).reverse(),
      pathways: ws.pathways.map((p) => Object.fromEntries(Object.entries(p).reverse()) as typeof p),
    };
    expect(designContent(reordered, 'path-stem')).toBe(designContent(ws, 'path-stem'));
  });

  it('holds the pathway and exactly its own modules, without dates, status or revision', () => {
    const frozen = frozenDesignOf(twoDesigns(), 'path-stem');
    expect(frozen.modules.map((m) => m.id)).toEqual(['mod-a', 'mod-b']);
    for (const entity of [frozen.pathway, ...frozen.modules]) {
      expect(entity).not.toHaveProperty('createdAt');
      expect(entity).not.toHaveProperty('updatedAt');
      expect(entity).not.toHaveProperty('status');
    }
    expect(frozen.pathway).toMatchObject({ id: 'path-stem', version: '1.0.0' });
  });

  it('ignores volatile fields: dates, status and the workspace revision', () => {
    const ws = twoDesigns();
    const touched: Workspace = {
      ...ws,
      revision: 9,
      modules: ws.modules.map((m) => ({ ...m, updatedAt: LATER, createdAt: LATER, status: 'approved' })),
      pathways: ws.pathways.map((p) => ({ ...p, updatedAt: LATER, status: 'in-review' })),
    };
    expect(designContent(touched, 'path-stem')).toBe(designContent(ws, 'path-stem'));
  });

  it('changes when the content of the pathway or one of its modules changes, not another pathway’s', () => {
    const ws = twoDesigns();
    const base = designContent(ws, 'path-stem');
    const credit = updateModule(
      ws,
      { ...moduleOf(ws, 'mod-b'), credit: { value: 6, system: 'ECTS' } },
      LATER,
    );
    const award = updatePathway(
      ws,
      'path-stem',
      (p) => ({ ...p, award: { ...p.award, title: 'STEM Certificate' } }),
      LATER,
    );
    const elsewhere = updateModule(ws, { ...moduleOf(ws, 'mod-c'), title: 'Reading Data' }, LATER);
    expect(designContent(credit, 'path-stem')).not.toBe(base);
    expect(designContent(award, 'path-stem')).not.toBe(base);
    expect(designContent(elsewhere, 'path-stem')).toBe(base);
  });

  it('hashes with SHA-256 in lowercase hex, as Node computes it', async () => {
    const text = designContent(twoDesigns(), 'path-stem');
    const hash = await sha256Hex(text);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).toBe(createHash('sha256').update(text, 'utf8').digest('hex'));
    expect(await sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});

describe('nextMinorVersion', () => {
  it.each([
    ['1.0.0', '1.1.0'],
    ['1.4.2', '1.5.0'],
    ['2.9', '2.10'],
  ])('%s → %s', (from, to) => expect(nextMinorVersion(from)).toBe(to));
});

describe('reviseApprovedDesigns', () => {
  it('starts a new draft version when a module of an approved design is edited, keeping the approval', async () => {
    const approved = deepFreeze(await approvedStem());
    const edited = updateModule(
      approved,
      { ...moduleOf(approved, 'mod-a'), title: 'Inquiry Science' },
      LATER,
    );
    const revised = reviseApprovedDesigns(approved, edited);
    expect(pathwayOf(revised, 'path-stem')).toMatchObject({ version: '1.1.0', status: 'draft' });
    const review = revised.reviews.find((r) => r.pathwayId === 'path-stem');
    expect(review?.state).toBe('draft');
    expect(review?.decisions.map((d) => [d.decision, d.designVersion])).toEqual([
      ['submitted', '1.0.0'],
      ['approved', '1.0.0'],
    ]);
    const approval = review?.decisions[1];
    expect(canonicalJson(approval?.frozenDesign)).toBe(designContent(approved, 'path-stem'));
    expect(approval?.contentHash).toBe(await sha256Hex(designContent(approved, 'path-stem')));
    expect(moduleOf(revised, 'mod-a').title).toBe('Inquiry Science');
    // The edited module is a new version too; a module that did not change keeps its version.
    expect(moduleOf(revised, 'mod-a').version).toBe(nextMinorVersion(moduleOf(approved, 'mod-a').version));
    const untouched = revised.modules.find((m) => m.id !== 'mod-a');
    expect(untouched?.version).toBe(approved.modules.find((m) => m.id === untouched?.id)?.version);
  });

  it('starts a new version when the pathway itself is edited', async () => {
    const approved = await approvedStem();
    const edited = updatePathway(
      approved,
      'path-stem',
      (p) => ({ ...p, description: 'Three stages' }),
      LATER,
    );
    expect(pathwayOf(reviseApprovedDesigns(approved, edited), 'path-stem').version).toBe('1.1.0');
  });

  it('keeps a version the edit set itself instead of bumping it again', async () => {
    const approved = await approvedStem();
    const edited = updatePathway(approved, 'path-stem', (p) => ({ ...p, version: '2.0.0' }), LATER);
    expect(pathwayOf(reviseApprovedDesigns(approved, edited), 'path-stem')).toMatchObject({
      version: '2.0.0',
      status: 'draft',
    });
  });

  it('leaves an approved design alone when the edit is elsewhere or changes only volatile fields', async () => {
    const approved = await approvedStem();
    const elsewhere = updateModule(
      approved,
      { ...moduleOf(approved, 'mod-c'), title: 'Reading Data' },
      LATER,
    );
    expect(reviseApprovedDesigns(approved, elsewhere)).toBe(elsewhere);
    const restamped = updateModule(approved, { ...moduleOf(approved, 'mod-a'), status: 'retired' }, LATER);
    expect(reviseApprovedDesigns(approved, restamped)).toBe(restamped);
  });

  it('leaves designs that are not approved alone', () => {
    const ws = twoDesigns();
    const edited = updateModule(ws, { ...moduleOf(ws, 'mod-a'), title: 'Inquiry Science' }, LATER);
    expect(reviseApprovedDesigns(ws, edited)).toBe(edited);
  });

  it('as the editor store’s afterCommand: one undo step, and undo brings the approved version back', async () => {
    const approved = await approvedStem();
    const store = createEditorStore(
      { path: 'w.json', workspace: approved },
      async (_ws, base) => ({ ok: true, value: { revision: base + 1, savedAt: LATER } }),
      10_000,
      { afterCommand: reviseApprovedDesigns },
    );
    store.dispatch(step('history.workspace.rename', { note: 'Edit STEM-101' }), (ws) =>
      updateModule(ws, { ...moduleOf(ws, 'mod-a'), title: 'Inquiry Science' }, LATER),
    );
    expect(pathwayOf(store.getState().workspace, 'path-stem').version).toBe('1.1.0');
    expect(store.getState().past).toHaveLength(1);
    store.undo();
    expect(store.getState().workspace).toBe(approved);
  });
});
