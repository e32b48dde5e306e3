import { describe, expect, it } from 'vitest';
import { dndId, dropIntent, parseDndId } from '../../../renderer/src/features/pathway-board/dnd-ids';
import { boardWorkspace } from '../../e2e/board-fixture';

const pathway = (() => {
  const base = boardWorkspace().pathways[0];
  if (!base) throw new Error('fixture has no pathway');
  return {
    ...base,
    stages: [
      base.stages[0] as (typeof base.stages)[number],
      {
        id: 's-2',
        title: 'Practice',
        items: [
          { kind: 'module' as const, moduleId: 'm-coding' },
          { kind: 'choice' as const, id: 'g-1', title: 'Electives', choose: 1, moduleIds: ['m-maths'] },
        ],
      },
    ],
  };
})();

describe('drop intents', () => {
  it('round-trips every kind of board id', () => {
    for (const ref of [
      { kind: 'library-module', moduleId: 'a' },
      { kind: 'module', moduleId: 'a:b' },
      { kind: 'group', groupId: 'g' },
      { kind: 'group-inside', groupId: 'g' },
      { kind: 'stage', stageId: 's' },
      { kind: 'library' },
    ] as const) {
      expect(parseDndId(dndId(ref))).toEqual(ref);
    }
  });

  it('places a library module at the end of the stage it is dropped on', () => {
    expect(dropIntent(pathway, 'library-module:m-robots', 'stage:s-2')).toEqual({
      kind: 'place-module',
      moduleId: 'm-robots',
      stageId: 's-2',
      index: 2,
    });
  });

  it('places a module before the tile it is dropped on, inside groups too', () => {
    expect(dropIntent(pathway, 'module:m-inquiry', 'module:m-coding')).toEqual({
      kind: 'place-module',
      moduleId: 'm-inquiry',
      stageId: 's-2',
      index: 0,
    });
    expect(dropIntent(pathway, 'library-module:m-robots', 'module:m-maths')).toEqual({
      kind: 'place-module',
      moduleId: 'm-robots',
      stageId: 's-2',
      groupId: 'g-1',
      index: 0,
    });
  });

  it('drops into a group at its end, counting the module itself when it already sits there', () => {
    expect(dropIntent(pathway, 'module:m-inquiry', 'group-inside:g-1')).toMatchObject({
      groupId: 'g-1',
      index: 1,
    });
    expect(dropIntent(pathway, 'module:m-maths', 'group-inside:g-1')).toMatchObject({
      groupId: 'g-1',
      index: 0,
    });
  });

  it('removes a board module dropped on the library, and ignores a library module dropped there', () => {
    expect(dropIntent(pathway, 'module:m-coding', 'library')).toEqual({
      kind: 'remove-module',
      moduleId: 'm-coding',
    });
    expect(dropIntent(pathway, 'library-module:m-robots', 'library')).toEqual({ kind: 'none' });
  });

  it('moves a group within stages but never into another group', () => {
    expect(dropIntent(pathway, 'group:g-1', 'module:m-inquiry')).toEqual({
      kind: 'place-group',
      groupId: 'g-1',
      stageId: 's-1',
      index: 0,
    });
    expect(dropIntent(pathway, 'group:g-1', 'module:m-maths')).toEqual({ kind: 'none' });
  });

  it('does nothing when dropped nowhere or on itself', () => {
    expect(dropIntent(pathway, 'module:m-coding', null)).toEqual({ kind: 'none' });
    expect(dropIntent(pathway, 'module:m-coding', 'module:m-coding')).toEqual({ kind: 'none' });
  });
});
