import { duplicatePathwayInWorkspace, renamePathway, updatePathway } from '@shared/commands/pathways';
import { duplicatePathway } from '@shared/domain/pathway-ops';
import type { Pathway } from '@shared/schemas/pathway';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NOW, workspaceWith } from '../../fixtures/builders';

import { command, sample } from './command-arbitraries';
import { commandNames, drive, inReview } from './command-runs';

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
