import {
  addComment,
  approveDesign,
  requestChanges,
  resolveComment,
  submitForReview,
} from '@shared/commands/reviews';
import { designContent, sha256Hex } from '@shared/domain/review';
import { Workspace } from '@shared/schemas/workspace';
import { describe, expect, it } from 'vitest';
import { NOW } from '../../fixtures/builders';
import { approvedStem, designer, LATER, reviewer, twoDesigns } from '../../fixtures/review/designs';
import { deepFreeze } from '../domain/pathway-invariants';
import { refusal } from '../refusal';

const reviewOf = (ws: Workspace) => ws.reviews.find((r) => r.pathwayId === 'path-stem');
const statusOf = (ws: Workspace) => ws.pathways.find((p) => p.id === 'path-stem')?.status;

async function approval(ws: Workspace, overrides: Partial<Parameters<typeof approveDesign>[2]> = {}) {
  const canonical = designContent(ws, 'path-stem');
  return {
    ...reviewer,
    id: 'dec-9',
    errorCount: 0,
    profileVersions: { 'uk-qaa-2022': '1.0.0', 'pathway-structure': '1.0.0' },
    content: { canonical, hash: await sha256Hex(canonical) },
    ...overrides,
  };
}

describe('review decisions', () => {
  it('submits a draft: in review, with the decision recorded and the pathway status in step', () => {
    const ws = submitForReview(deepFreeze(twoDesigns()), 'path-stem', designer);
    expect(reviewOf(ws)).toMatchObject({ id: 'path-stem', state: 'in-review' });
    expect(reviewOf(ws)?.decisions).toEqual([
      {
        id: 'dec-1',
        decision: 'submitted',
        reviewer: 'Olena Kovalenko',
        role: 'Instructional designer',
        date: NOW,
        designVersion: '1.0.0',
        contentHash: '',
        profileVersions: {},
      },
    ]);
    expect(statusOf(ws)).toBe('in-review');
    expect(ws.pathways.find((p) => p.id === 'path-data')?.status).toBe('draft');
    expect(Workspace.safeParse(ws).success).toBe(true);
  });

  it('requests changes on a design in review, then takes it back after a new submission', () => {
    const submitted = submitForReview(twoDesigns(), 'path-stem', designer);
    const changes = requestChanges(submitted, 'path-stem', { ...reviewer, id: 'dec-2' });
    expect(reviewOf(changes)?.state).toBe('changes-requested');
    expect(statusOf(changes)).toBe('changes-requested');
    const again = submitForReview(changes, 'path-stem', { ...designer, id: 'dec-3' });
    expect(reviewOf(again)?.decisions.map((d) => d.decision)).toEqual([
      'submitted',
      'changes-requested',
      'submitted',
    ]);
    expect(reviewOf(again)?.state).toBe('in-review');
  });

  it('approves with who, role, date, version, profile versions, hash and the frozen design', async () => {
    const submitted = submitForReview(twoDesigns(), 'path-stem', designer);
    const ws = approveDesign(submitted, 'path-stem', await approval(submitted));
    const decision = reviewOf(ws)?.decisions.at(-1);
    expect(decision).toMatchObject({
      decision: 'approved',
      reviewer: 'Dr Ruth Adeyemi',
      role: 'QA officer',
      date: LATER,
      designVersion: '1.0.0',
      profileVersions: { 'uk-qaa-2022': '1.0.0', 'pathway-structure': '1.0.0' },
    });
    expect(decision?.contentHash).toBe(await sha256Hex(designContent(submitted, 'path-stem')));
    expect(decision?.frozenDesign?.modules.map((m) => m.code)).toEqual(['STEM-101', 'STEM-102']);
    expect(statusOf(ws)).toBe('approved');
    // The stored file must still decode: the snapshot travels through the workspace schema unchanged.
    const decoded = Workspace.parse(JSON.parse(JSON.stringify(ws)));
    expect(decoded.reviews[0]?.decisions[1]?.frozenDesign).toEqual(decision?.frozenDesign);
  });

  it('refuses to approve a draft that was never submitted', async () => {
    const ws = twoDesigns();
    const input = await approval(ws);
    const error = refusal(() => approveDesign(ws, 'path-stem', input));
    expect(error.code).toBe('review.not-allowed');
    expect(error.field).toBe('state');
    expect(error.message).toBe(
      '“STEM Foundations” is a draft that was never submitted for review; submit it before approving',
    );
    expect(reviewOf(ws)).toBeUndefined();
  });

  it('refuses to approve while QA errors remain, naming how many', async () => {
    const submitted = submitForReview(twoDesigns(), 'path-stem', designer);
    const input = await approval(submitted, { errorCount: 2 });
    const error = refusal(() => approveDesign(submitted, 'path-stem', input));
    expect(error).toMatchObject({ code: 'review.errors-remain', field: 'errorCount' });
    expect(error.message).toBe(
      '“STEM Foundations” cannot be approved: 2 QA errors must be fixed before approval',
    );
    const one = refusal(() => approveDesign(submitted, 'path-stem', { ...input, errorCount: 1 }));
    expect(one.message).toMatch(/1 QA error must be fixed/);
  });

  it('refuses approval without a name or a role, with a malformed hash, or over changed content', async () => {
    const submitted = submitForReview(twoDesigns(), 'path-stem', designer);
    const input = await approval(submitted);
    expect(refusal(() => approveDesign(submitted, 'path-stem', { ...input, name: ' ' }))).toMatchObject({
      field: 'name',
      message: 'Your name is required to approve',
    });
    expect(refusal(() => approveDesign(submitted, 'path-stem', { ...input, role: '' }))).toMatchObject({
      code: 'review.role-required',
      field: 'role',
    });
    const badHash = { ...input, content: { ...input.content, hash: 'ABC' } };
    expect(refusal(() => approveDesign(submitted, 'path-stem', badHash)).code).toBe('review.invalid-hash');
    const edited = {
      ...submitted,
      modules: submitted.modules.map((m) => (m.id === 'mod-b' ? { ...m, title: 'Coding' } : m)),
    };
    expect(refusal(() => approveDesign(edited, 'path-stem', input))).toMatchObject({
      code: 'review.content-changed',
      message: '“STEM Foundations” changed while it was being approved; approve it again',
    });
  });

  it('refuses every decision on an approved design until an edit starts a new version', async () => {
    const approved = await approvedStem();
    for (const run of [
      () => submitForReview(approved, 'path-stem', designer),
      () => requestChanges(approved, 'path-stem', reviewer),
    ]) {
      expect(refusal(run).message).toBe(
        'Version 1.0.0 of “STEM Foundations” is approved and frozen; edit the design to start a new version',
      );
    }
  });

  it('refuses a decision without a name, and on a pathway that does not exist', () => {
    expect(
      refusal(() => submitForReview(twoDesigns(), 'path-stem', { ...designer, name: '' })),
    ).toMatchObject({
      code: 'review.name-required',
      message: 'Your name is required to submit for review',
    });
    expect(refusal(() => submitForReview(twoDesigns(), 'nope', designer))).toMatchObject({
      code: 'review.pathway-not-found',
      message: 'Pathway nope does not exist',
    });
  });
});

describe('review comments', () => {
  const comment = {
    id: 'c-1',
    name: 'Dr Ruth Adeyemi',
    now: NOW,
    moduleId: 'mod-b',
    field: 'admission.recognitionOfPriorLearning',
    text: 'Say how prior computing qualifications are recognised.',
  };

  it('pins a comment to a module and field, and the designer resolves it', () => {
    const ws = addComment(deepFreeze(twoDesigns()), 'path-stem', comment);
    expect(reviewOf(ws)?.comments).toEqual([
      {
        id: 'c-1',
        author: 'Dr Ruth Adeyemi',
        moduleId: 'mod-b',
        field: 'admission.recognitionOfPriorLearning',
        text: 'Say how prior computing qualifications are recognised.',
        createdAt: NOW,
        designVersion: '1.0.0',
      },
    ]);
    expect(statusOf(ws)).toBe('draft');
    const resolved = resolveComment(ws, 'path-stem', 'c-1', { name: 'Olena Kovalenko', now: LATER });
    expect(reviewOf(resolved)?.comments[0]).toMatchObject({
      resolvedAt: LATER,
      resolvedBy: 'Olena Kovalenko',
    });
    expect(resolveComment(resolved, 'path-stem', 'c-1', { name: 'Someone', now: NOW })).toBe(resolved);
    expect(Workspace.safeParse(resolved).success).toBe(true);
  });

  it('pins a comment to a whole module when no field is given', () => {
    const ws = addComment(twoDesigns(), 'path-stem', { ...comment, field: '' });
    expect(reviewOf(ws)?.comments[0]?.field).toBe('');
  });

  it('refuses a comment on a module outside the pathway, an unknown field, or with no text', () => {
    expect(
      refusal(() => addComment(twoDesigns(), 'path-stem', { ...comment, moduleId: 'mod-c' })),
    ).toMatchObject({
      code: 'review.module-not-in-pathway',
      field: 'moduleId',
      message: 'Module mod-c is not part of “STEM Foundations”; comment on one of its modules',
    });
    expect(
      refusal(() => addComment(twoDesigns(), 'path-stem', { ...comment, field: 'colour' })),
    ).toMatchObject({
      code: 'review.unknown-field',
      field: 'field',
      message: 'Field colour is not a field of a module',
    });
    expect(refusal(() => addComment(twoDesigns(), 'path-stem', { ...comment, text: '  ' }))).toMatchObject({
      field: 'text',
      message: 'Comment is required',
    });
    expect(refusal(() => addComment(twoDesigns(), 'path-stem', { ...comment, name: '' })).field).toBe('name');
  });

  it('refuses to resolve a comment that does not exist', () => {
    expect(
      refusal(() => resolveComment(twoDesigns(), 'path-stem', 'c-404', { name: 'Olena', now: NOW })),
    ).toMatchObject({ code: 'review.comment-not-found', message: 'Comment c-404 does not exist' });
  });
});
