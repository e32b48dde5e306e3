import { runProfiles } from '@shared/qa/engine';
import { builtInProfiles } from '@shared/qa/profiles';
import { bench, describe } from 'vitest';
import { largeWorkspace } from './large-workspace';

const workspace = largeWorkspace(2000, 200);

describe('QA on a workspace of 2,000 modules with a pathway of 200', () => {
  bench('validate every module and pathway against every built-in profile', () => {
    runProfiles(workspace, builtInProfiles);
  });

  bench('validate the one pathway the board shows (the live panel)', () => {
    runProfiles(workspace, builtInProfiles, { pathwayId: 'p-large' });
  });
});
