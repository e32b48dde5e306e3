import {
  createPathway,
  deletePathway,
  duplicatePathwayInWorkspace,
  renamePathway,
  updatePathway,
} from '@shared/commands/pathways';
import { newPathway, placeModule, renameStage } from '@shared/domain/pathway-ops';
import type { Pathway } from '@shared/schemas/pathway';
import type { Review } from '@shared/schemas/review';
import { Workspace } from '@shared/schemas/workspace';
import { describe, expect, it } from 'vitest';
import { fullModule, NOW, workspaceWith } from '../../fixtures/builders';
import { deepFreeze } from '../domain/pathway-invariants';
import { refusal } from '../refusal';

const LATER = '2026-12-01T08:00:00.000Z';

const pathway = (id: string, title = 'STEM Foundations') =>
  newPathway({
    id,
    title,
    awardTitle: 'STEM Foundations Certificate',
    now: NOW,
    stageIds: [`${id}-s1`, `${id}-s2`],
    stageTitles: ['Stage 1', 'Stage 2'],
  });

const review = (id: string, pathwayId: string): Review => ({
  id,
  pathwayId,
  state: 'draft',
  comments: [],
  decisions: [],
});

function workspace() {
  return deepFreeze({
    ...workspaceWith([fullModule(), fullModule({ id: 'mod-b', code: 'TE-B' })]),
    pathways: [pathway('p1'), pathway('p2', 'Data-Informed Educator')],
    reviews: [review('r1', 'p1'), review('r2', 'p2')],
  });
}

describe('pathway commands', () => {
  it('creates a pathway at the end of the list', () => {
    const after = createPathway(workspace(), pathway('p3', 'Leadership'));
    expect(after.pathways.map((p) => p.title)).toEqual([
      'STEM Foundations',
      'Data-Informed Educator',
      'Leadership',
    ]);
    expect(Workspace.safeParse(after).success).toBe(true);
  });

  it('refuses a pathway whose id is taken or that names a module the workspace lacks', () => {
    expect(() => createPathway(workspace(), pathway('p1'))).toThrowError(
      expect.objectContaining({ code: 'pathway.duplicate-id', field: 'id' }),
    );
    const ghost = placeModule(pathway('p3'), 'ghost', { stageId: 'p3-s1', index: 0 });
    expect(refusal(() => createPathway(workspace(), ghost))).toMatchObject({
      code: 'pathway.module-not-found',
      message: 'Module ghost does not exist in this workspace, so “STEM Foundations” cannot use it',
    });
  });

  it('renames a pathway, trimming the title, and keeps the workspace for the same title', () => {
    const before = workspace();
    const after = renamePathway(before, 'p2', '  Data-Wise Educator ');
    expect(after.pathways[1]?.title).toBe('Data-Wise Educator');
    expect(after.pathways[0]).toBe(before.pathways[0]);
    expect(renamePathway(before, 'p2', 'Data-Informed Educator')).toBe(before);
    expect(refusal(() => renamePathway(before, 'p2', ' '))).toMatchObject({
      code: 'field.invalid',
      field: 'title',
      message: 'Pathway title is required',
    });
  });

  it('refuses a title past 200 characters, from a rename or from any pathway operation', () => {
    const before = workspace();
    expect(refusal(() => renamePathway(before, 'p2', 'x'.repeat(201)))).toMatchObject({
      code: 'field.invalid',
      field: 'title',
      params: { issue: 'too_big', maximum: 200 },
      message: 'Pathway title must be at most 200 characters',
    });
    const longer = (p: Pathway) => ({ ...p, title: 'x'.repeat(201) });
    expect(refusal(() => updatePathway(before, 'p2', longer, LATER))).toMatchObject({
      code: 'field.invalid',
      field: 'title',
      message: 'Pathway title must be at most 200 characters',
    });
  });

  it('deletes a pathway with its reviews and keeps the modules', () => {
    const after = deletePathway(workspace(), 'p1');
    expect(after.pathways.map((p) => p.id)).toEqual(['p2']);
    expect(after.reviews.map((r) => r.id)).toEqual(['r2']);
    expect(after.modules).toHaveLength(2);
  });

  it('duplicates a pathway right after the original, as a draft with fresh ids', () => {
    let n = 0;
    const after = duplicatePathwayInWorkspace(workspace(), 'p1', {
      id: 'p1-copy',
      title: 'STEM Foundations (copy)',
      now: LATER,
      newId: () => `fresh-${++n}`,
    });
    expect(after.pathways.map((p) => p.id)).toEqual(['p1', 'p1-copy', 'p2']);
    expect(after.pathways[1]?.stages.map((s) => s.id)).toEqual(['fresh-1', 'fresh-2']);
    expect(after.reviews).toHaveLength(2);
    expect(() =>
      duplicatePathwayInWorkspace(workspace(), 'p1', { id: 'p2', title: 'X', now: LATER, newId: () => 'x' }),
    ).toThrowError(expect.objectContaining({ code: 'pathway.duplicate-id' }));
  });

  it('updates a pathway through an operation and stamps updatedAt', () => {
    const after = updatePathway(
      workspace(),
      'p1',
      (p) => placeModule(p, 'mod-b', { stageId: 'p1-s2', index: 0 }),
      LATER,
    );
    expect(after.pathways[0]?.stages[1]?.items).toEqual([{ kind: 'module', moduleId: 'mod-b' }]);
    expect(after.pathways[0]).toMatchObject({ updatedAt: LATER, createdAt: NOW });
    expect(after.pathways[1]?.updatedAt).toBe(NOW);
    expect(Workspace.safeParse(after).success).toBe(true);
  });

  it('returns the same workspace when the operation changed nothing', () => {
    const before = workspace();
    expect(updatePathway(before, 'p1', (p) => renameStage(p, 'p1-s1', 'Stage 1'), LATER)).toBe(before);
  });

  it('refuses an operation that brings in a module the workspace lacks', () => {
    expect(() =>
      updatePathway(workspace(), 'p1', (p) => placeModule(p, 'ghost', { stageId: 'p1-s1', index: 0 }), LATER),
    ).toThrowError(expect.objectContaining({ code: 'pathway.module-not-found', field: 'moduleId' }));
  });

  it('names an unknown pathway', () => {
    for (const run of [
      () => renamePathway(workspace(), 'nope', 'X'),
      () => deletePathway(workspace(), 'nope'),
      () => updatePathway(workspace(), 'nope', (p) => p, LATER),
      () =>
        duplicatePathwayInWorkspace(workspace(), 'nope', {
          id: 'c',
          title: 'C',
          now: LATER,
          newId: () => 'x',
        }),
    ]) {
      expect(refusal(run)).toMatchObject({
        code: 'pathway.not-found',
        field: 'pathwayId',
        message: 'Pathway nope does not exist',
      });
    }
  });
});
