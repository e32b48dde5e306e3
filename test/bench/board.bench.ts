import { updatePathway } from '@shared/commands/pathways';
import { pathwayCredits } from '@shared/domain/credits';
import { placeModule } from '@shared/domain/pathway-ops';
import { decodeWorkspace, encodeWorkspace } from '@shared/schemas/decode';
import { bench, describe } from 'vitest';
import { largeWorkspace } from './large-workspace';

const workspace = largeWorkspace(2000, 200);
const text = encodeWorkspace(workspace);
const pathway = workspace.pathways[0];
if (!pathway) throw new Error('no pathway');
const lastStage = pathway.stages.at(-1);
if (!lastStage) throw new Error('no stage');

describe('a workspace of 2,000 modules with a pathway of 200', () => {
  bench('open: parse, migrate and validate the file', () => {
    const decoded = decodeWorkspace(text, 'bench.json');
    if (!decoded.ok) throw new Error(JSON.stringify(decoded.error));
  });

  bench('drop: the one command a drop dispatches (move a module to another stage)', () => {
    updatePathway(
      workspace,
      pathway.id,
      (p) => placeModule(p, 'm-0', { stageId: lastStage.id, index: 0 }),
      '2026-11-23T10:00:00.000Z',
    );
  });

  bench('totals: credits of the pathway, as the board shows them after every change', () => {
    pathwayCredits(pathway, workspace.modules);
  });
});
