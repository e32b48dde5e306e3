import {
  addChoiceGroup,
  addStage,
  choiceGroupStatus,
  locateModule,
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
import { Pathway as PathwaySchema } from '@shared/schemas/pathway';
import { describe, expect, it } from 'vitest';
import { NOW } from '../../fixtures/builders';
import { refusal } from '../refusal';
import { board, layout } from './pathway-board';

describe('newPathway', () => {
  it('starts a valid draft with two empty stages and a certificate award', () => {
    const p = newPathway({
      id: 'p',
      title: ' Data ',
      awardTitle: 'Award',
      now: NOW,
      stageIds: ['a', 'b'],
      stageTitles: ['Stage 1', 'Stage 2'],
    });
    expect(PathwaySchema.parse(p)).toEqual(p);
    expect(p).toMatchObject({
      title: 'Data',
      award: { title: 'Award', type: 'certificate' },
      stages: [
        { id: 'a', title: 'Stage 1', items: [] },
        { id: 'b', title: 'Stage 2', items: [] },
      ],
      status: 'draft',
      version: '1.0.0',
      createdAt: NOW,
      updatedAt: NOW,
    });
  });

  it('refuses an empty title and two stages with one id', () => {
    const init = {
      id: 'p',
      title: '',
      awardTitle: 'A',
      now: NOW,
      stageIds: ['a', 'b'] as [string, string],
      stageTitles: ['Stage 1', 'Stage 2'] as [string, string],
    };
    expect(refusal(() => newPathway(init))).toMatchObject({
      code: 'field.invalid',
      field: 'title',
      message: 'Pathway title is required',
    });
    expect(
      refusal(() =>
        newPathway({ ...init, title: 'T', stageIds: ['a', 'a'], stageTitles: ['Stage 1', 'Stage 2'] }),
      ).code,
    ).toBe('pathway.duplicate-id');
  });
});

describe('stages', () => {
  it('adds a stage at an index, or at the end', () => {
    expect(layout(addStage(board(), { id: 's0', title: 'Foundation' }, 0))).toBe(
      's0[] s1[A g1(B C)] s2[D] s3[]',
    );
    const p = addStage(board(), { id: 's4', title: ' Capstone ' });
    expect(p.stages.at(-1)).toEqual({ id: 's4', title: 'Capstone', items: [] });
  });

  it('refuses a stage id already used by a stage or a group, and a blank title', () => {
    expect(refusal(() => addStage(board(), { id: 'g1', title: 'X' }))).toMatchObject({
      code: 'pathway.duplicate-id',
      field: 'id',
      message: 'Id g1 is already used by a stage or choice group',
    });
    expect(refusal(() => addStage(board(), { id: 'new', title: '   ' }))).toMatchObject({
      code: 'field.invalid',
      message: 'Stage title is required',
    });
  });

  it('renames a stage, sharing the untouched ones, and returns the same pathway for the same title', () => {
    const before = board();
    const after = renameStage(before, 's2', 'Practice');
    expect(after.stages.map((s) => s.title)).toEqual(['Stage 1', 'Practice', 'Stage 3']);
    expect(after.stages[0]).toBe(before.stages[0]);
    expect(renameStage(before, 's2', 'Stage 2')).toBe(before);
  });

  it('moves a stage, clamping the index', () => {
    expect(layout(moveStage(board(), 's1', 2))).toBe('s2[D] s3[] s1[A g1(B C)]');
    expect(layout(moveStage(board(), 's3', -5))).toBe('s3[] s1[A g1(B C)] s2[D]');
    expect(layout(moveStage(board(), 's1', 99))).toBe('s2[D] s3[] s1[A g1(B C)]');
    const p = board();
    expect(moveStage(p, 's2', 1)).toBe(p);
  });

  it('removes a stage with its modules and the prerequisites that mention them', () => {
    const p = removeStage(board(), 's2');
    expect(layout(p)).toBe('s1[A g1(B C)] s3[]');
    expect(p.prerequisites).toEqual([]);
    expect(modulesInPathway(removeStage(board(), 's1'))).toEqual(['D']);
  });

  it('names an unknown stage', () => {
    expect(refusal(() => renameStage(board(), 'nope', 'X'))).toMatchObject({
      code: 'pathway.stage-not-found',
      field: 'stageId',
      message: 'Stage nope is not in this pathway',
    });
    expect(refusal(() => removeStage(board(), 'nope')).code).toBe('pathway.stage-not-found');
  });
});

describe('placeModule', () => {
  it('adds a new module to a stage at the index, clamped', () => {
    expect(layout(placeModule(board(), 'E', { stageId: 's2', index: 0 }))).toBe('s1[A g1(B C)] s2[E D] s3[]');
    expect(layout(placeModule(board(), 'E', { stageId: 's2', index: 42 }))).toBe(
      's1[A g1(B C)] s2[D E] s3[]',
    );
    expect(layout(placeModule(board(), 'E', { stageId: 's3', index: -1 }))).toBe('s1[A g1(B C)] s2[D] s3[E]');
  });

  it('adds a new module into a choice group', () => {
    expect(layout(placeModule(board(), 'E', { stageId: 's1', groupId: 'g1', index: 1 }))).toBe(
      's1[A g1(B E C)] s2[D] s3[]',
    );
  });

  it('moves a module that is already in the pathway instead of adding it twice', () => {
    expect(layout(placeModule(board(), 'A', { stageId: 's2', index: 1 }))).toBe('s1[g1(B C)] s2[D A] s3[]');
    expect(layout(placeModule(board(), 'C', { stageId: 's1', index: 0 }))).toBe('s1[C A g1(B)] s2[D] s3[]');
    expect(layout(placeModule(board(), 'D', { stageId: 's1', groupId: 'g1', index: 0 }))).toBe(
      's1[A g1(D B C)] s2[] s3[]',
    );
  });

  it('reads the index after the module left its old place (sortable semantics)', () => {
    const p = placeModule(board(), 'E', { stageId: 's2', index: 1 });
    expect(layout(p)).toBe('s1[A g1(B C)] s2[D E] s3[]');
    expect(layout(placeModule(p, 'D', { stageId: 's2', index: 1 }))).toBe('s1[A g1(B C)] s2[E D] s3[]');
    expect(layout(placeModule(board(), 'B', { stageId: 's1', groupId: 'g1', index: 1 }))).toBe(
      's1[A g1(C B)] s2[D] s3[]',
    );
  });

  it('keeps its prerequisites when a module moves', () => {
    expect(placeModule(board(), 'A', { stageId: 's3', index: 0 }).prerequisites).toEqual([
      { before: 'A', after: 'D' },
    ]);
  });

  it('returns the same pathway when the module is dropped where it already is', () => {
    const p = board();
    expect(placeModule(p, 'A', { stageId: 's1', index: 0 })).toBe(p);
    expect(placeModule(p, 'C', { stageId: 's1', groupId: 'g1', index: 9 })).toBe(p);
  });

  it('refuses an unknown stage, a group of another stage, and an id that is not an id', () => {
    expect(refusal(() => placeModule(board(), 'E', { stageId: 'zz', index: 0 })).code).toBe(
      'pathway.stage-not-found',
    );
    expect(
      refusal(() => placeModule(board(), 'E', { stageId: 's2', groupId: 'g1', index: 0 })),
    ).toMatchObject({
      code: 'pathway.group-not-found',
      field: 'groupId',
      message: 'Choice group g1 is not in stage “Stage 2”',
    });
    expect(refusal(() => placeModule(board(), 'a b', { stageId: 's2', index: 0 }))).toMatchObject({
      code: 'field.invalid',
      field: 'moduleId',
    });
  });
});

describe('removeModule and locateModule', () => {
  it('removes a module from a group or a stage, with its prerequisites', () => {
    expect(layout(removeModule(board(), 'B'))).toBe('s1[A g1(C)] s2[D] s3[]');
    const p = removeModule(board(), 'D');
    expect(layout(p)).toBe('s1[A g1(B C)] s2[] s3[]');
    expect(p.prerequisites).toEqual([]);
  });

  it('refuses a module that is not in the pathway', () => {
    expect(refusal(() => removeModule(board(), 'Z'))).toMatchObject({
      code: 'pathway.not-in-pathway',
      field: 'moduleId',
      message: 'Module Z is not in this pathway',
    });
  });

  it('locates modules in stages and groups, and lists them in board order', () => {
    expect(locateModule(board(), 'A')).toEqual({ stageId: 's1', index: 0 });
    expect(locateModule(board(), 'C')).toEqual({ stageId: 's1', groupId: 'g1', index: 1 });
    expect(locateModule(board(), 'D')).toEqual({ stageId: 's2', index: 0 });
    expect(locateModule(board(), 'Z')).toBeNull();
    expect(modulesInPathway(board())).toEqual(['A', 'B', 'C', 'D']);
  });
});

describe('choice groups', () => {
  it('adds an empty group at an index of a stage', () => {
    const p = addChoiceGroup(board(), 's2', { id: 'g2', title: 'Any 2', choose: 2 }, 0);
    expect(p.stages[1]?.items).toEqual([
      { kind: 'choice', id: 'g2', title: 'Any 2', choose: 2, moduleIds: [] },
      { kind: 'module', moduleId: 'D' },
    ]);
  });

  it('refuses a duplicate group id and a choose below 1', () => {
    expect(refusal(() => addChoiceGroup(board(), 's2', { id: 's1', title: '', choose: 1 })).code).toBe(
      'pathway.duplicate-id',
    );
    expect(refusal(() => addChoiceGroup(board(), 's2', { id: 'g2', title: '', choose: 0 }))).toMatchObject({
      code: 'field.invalid',
      field: 'choose',
      message: 'Number to choose must be at least 1',
    });
  });

  it('moves a group with its modules within a stage and to another stage', () => {
    expect(layout(placeChoiceGroup(board(), 'g1', { stageId: 's1', index: 0 }))).toBe(
      's1[g1(B C) A] s2[D] s3[]',
    );
    expect(layout(placeChoiceGroup(board(), 'g1', { stageId: 's2', index: 5 }))).toBe(
      's1[A] s2[D g1(B C)] s3[]',
    );
    const p = board();
    expect(placeChoiceGroup(p, 'g1', { stageId: 's1', index: 1 })).toBe(p);
  });

  it('renames a group and sets how many to choose', () => {
    const renamed = renameChoiceGroup(board(), 'g1', ' Pick one ');
    expect(renamed.stages[0]?.items[1]).toMatchObject({ title: 'Pick one' });
    const counted = setChoiceCount(board(), 'g1', 2);
    expect(counted.stages[0]?.items[1]).toMatchObject({ choose: 2, moduleIds: ['B', 'C'] });
    const p = board();
    expect(setChoiceCount(p, 'g1', 1)).toBe(p);
  });

  it('refuses a count above what the group holds, naming both numbers', () => {
    expect(refusal(() => setChoiceCount(board(), 'g1', 3))).toMatchObject({
      code: 'pathway.choose-out-of-range',
      field: 'choose',
      message:
        '“Electives” holds 2 modules, so the number to choose must be a whole number from 1 to 2, not 3',
    });
    expect(refusal(() => setChoiceCount(board(), 'g1', 1.5)).code).toBe('pathway.choose-out-of-range');
    expect(refusal(() => setChoiceCount(board(), 'g1', 0)).code).toBe('pathway.choose-out-of-range');
  });

  it('lets an empty group ask for any count up to 100', () => {
    const p = addChoiceGroup(board(), 's3', { id: 'g2', title: '', choose: 1 });
    expect(setChoiceCount(p, 'g2', 3).stages[2]?.items[0]).toMatchObject({ choose: 3 });
    expect(refusal(() => setChoiceCount(p, 'g2', 101)).message).toBe(
      'The number to choose must be a whole number from 1 to 100, not 101',
    );
  });

  it('dissolves a group into required modules where it stood', () => {
    const p = placeModule(board(), 'E', { stageId: 's1', index: 2 });
    expect(layout(removeChoiceGroup(p, 'g1'))).toBe('s1[A B C E] s2[D] s3[]');
  });

  it('names an unknown group', () => {
    expect(refusal(() => setChoiceCount(board(), 'gx', 1))).toMatchObject({
      code: 'pathway.group-not-found',
      message: 'Choice group gx is not in this pathway',
    });
  });

  it('flags a group that holds fewer modules than it asks for', () => {
    const full = { kind: 'choice' as const, id: 'g', title: '', choose: 2, moduleIds: ['a', 'b', 'c'] };
    expect(choiceGroupStatus(full)).toEqual({ choose: 2, holds: 3, satisfiable: true });
    expect(choiceGroupStatus({ ...full, moduleIds: ['a'] })).toEqual({
      choose: 2,
      holds: 1,
      satisfiable: false,
    });
    expect(choiceGroupStatus({ ...full, choose: 1, moduleIds: [] }).satisfiable).toBe(false);
  });

  it('keeps the count and flags the group when a module leaves it', () => {
    const p = removeModule(setChoiceCount(board(), 'g1', 2), 'B');
    const group = p.stages[0]?.items[1];
    expect(group?.kind === 'choice' && choiceGroupStatus(group)).toEqual({
      choose: 2,
      holds: 1,
      satisfiable: false,
    });
  });
});
