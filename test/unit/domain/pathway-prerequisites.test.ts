import { duplicatePathway } from '@shared/domain/pathway-ops';
import { addPrerequisite, prerequisiteCycles, removePrerequisite } from '@shared/domain/prerequisites';
import { type Pathway, Pathway as PathwaySchema } from '@shared/schemas/pathway';
import { describe, expect, it } from 'vitest';
import { refusal } from '../refusal';
import { board, LATER, layout } from './pathway-board';
import { deepFreeze } from './pathway-invariants';

describe('prerequisites', () => {
  const chain = () =>
    addPrerequisite(addPrerequisite(board(), { before: 'B', after: 'C' }), { before: 'C', after: 'A' });

  it('adds and removes a prerequisite', () => {
    const p = addPrerequisite(board(), { before: 'B', after: 'D' });
    expect(p.prerequisites).toEqual([
      { before: 'A', after: 'D' },
      { before: 'B', after: 'D' },
    ]);
    expect(removePrerequisite(p, { before: 'A', after: 'D' }).prerequisites).toEqual([
      { before: 'B', after: 'D' },
    ]);
  });

  it('refuses a cycle, naming it in order', () => {
    expect(refusal(() => addPrerequisite(chain(), { before: 'D', after: 'B' }))).toMatchObject({
      code: 'pathway.cycle',
      field: 'after',
      message: 'D cannot come before B: B already leads to D, which would make a cycle D → B → C → A → D',
    });
    expect(refusal(() => addPrerequisite(board(), { before: 'D', after: 'A' })).message).toContain(
      'D → A → D',
    );
  });

  it('names the modules with the label the caller gives', () => {
    const label = (id: string) => `TE-${id}`;
    expect(refusal(() => addPrerequisite(chain(), { before: 'A', after: 'B' }, label)).message).toContain(
      'TE-A → TE-B → TE-C → TE-A',
    );
  });

  it('refuses a module before itself, a repeat and a module outside the pathway', () => {
    expect(refusal(() => addPrerequisite(board(), { before: 'A', after: 'A' }))).toMatchObject({
      code: 'pathway.self-prerequisite',
      message: 'Module A cannot be a prerequisite of itself',
    });
    expect(refusal(() => addPrerequisite(board(), { before: 'A', after: 'D' }))).toMatchObject({
      code: 'pathway.duplicate-prerequisite',
      message: 'A is already a prerequisite of D',
    });
    expect(refusal(() => addPrerequisite(board(), { before: 'Z', after: 'D' }))).toMatchObject({
      code: 'pathway.not-in-pathway',
      field: 'before',
      message: 'Module Z is not in this pathway; add it to a stage before linking it',
    });
  });

  it('refuses to remove a prerequisite that is not there', () => {
    expect(refusal(() => removePrerequisite(board(), { before: 'D', after: 'A' }))).toMatchObject({
      code: 'pathway.prerequisite-not-found',
      message: 'D is not a prerequisite of A in this pathway',
    });
  });

  it('finds each cycle among edges once, or none', () => {
    expect(prerequisiteCycles([])).toEqual([]);
    expect(
      prerequisiteCycles([
        { before: 'a', after: 'b' },
        { before: 'b', after: 'c' },
        { before: 'a', after: 'c' },
      ]),
    ).toEqual([]);
    expect(
      prerequisiteCycles([
        { before: 'x', after: 'a' },
        { before: 'a', after: 'b' },
        { before: 'b', after: 'c' },
        { before: 'c', after: 'a' },
      ]),
    ).toEqual([['a', 'b', 'c', 'a']]);
    expect(prerequisiteCycles([{ before: 'a', after: 'a' }])).toEqual([['a', 'a']]);
  });
});

describe('duplicatePathway', () => {
  it('copies deeply with fresh stage and group ids, as a new draft', () => {
    const source: Pathway = deepFreeze({ ...board(), status: 'approved', version: '2.1.0' });
    let n = 0;
    const copy = duplicatePathway(source, { id: 'p2', title: 'Copy', now: LATER, newId: () => `n${++n}` });
    expect(layout(copy)).toBe('n1[A n2(B C)] n3[D] n4[]');
    expect(copy).toMatchObject({
      id: 'p2',
      title: 'Copy',
      status: 'draft',
      version: '1.0.0',
      createdAt: LATER,
      updatedAt: LATER,
      prerequisites: [{ before: 'A', after: 'D' }],
    });
    expect(copy.stages[0]?.items[1]).toMatchObject({ title: 'Electives', choose: 1 });
    expect(copy.prerequisites[0]).not.toBe(source.prerequisites[0]);
    expect(PathwaySchema.parse(copy)).toEqual(copy);
  });
});
