/**
 * The board in real Chromium against the browser host (built: run `npm run build` first), on a workspace
 * of 2,000 modules with a pathway of 200: opening it until the board shows, and a keyboard move (pick up,
 * move to the next stage, drop) until the board shows the new state.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { encodeWorkspace } from '@shared/schemas/decode';
import { afterAll, bench, describe } from 'vitest';
import { startHost } from '../support/host-process';
import { largeWorkspace } from './large-workspace';

const dataDir = await mkdtemp(join(tmpdir(), 'stackwise-bench-'));
await writeFile(join(dataDir, 'workspace.json'), encodeWorkspace(largeWorkspace(2000, 200)));
const host = await startHost(['--data-dir', dataDir]);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--disable-gpu', '--disable-quic', '--disable-dev-shm-usage'],
});
const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
await page.goto(host.url);
const liveRegion = page.locator('[id^="DndLiveRegion"]').first();
let direction: 'ArrowRight' | 'ArrowLeft' = 'ArrowRight';

describe('the board in Chromium: 2,000 modules, a pathway of 200', () => {
  afterAll(async () => {
    await browser.close();
    await host.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  bench(
    'open the workspace until the board shows',
    async () => {
      // The token now lives in the tab's session storage: a reload opens the workspace afresh.
      await page.reload();
      await page.getByTestId('tile-MC-3').waitFor();
    },
    { iterations: 5, warmupIterations: 1 },
  );

  bench(
    'keyboard move to the next stage until the board shows it',
    async () => {
      const stageBefore = direction === 'ArrowRight' ? 'Stage 1' : 'Stage 2';
      const stageAfter = direction === 'ArrowRight' ? 'Stage 2' : 'Stage 1';
      await page
        .getByTestId(`stage-${stageBefore}`)
        .getByRole('button', { name: 'Move Module 3', exact: true })
        .focus();
      await page.keyboard.press('Space');
      await liveRegion.filter({ hasText: 'Picked up' }).waitFor();
      await page.keyboard.press(direction);
      await liveRegion.filter({ hasText: `is over` }).waitFor();
      await page.keyboard.press('Space');
      await page.getByTestId(`stage-${stageAfter}`).getByTestId('tile-MC-3').waitFor();
      direction = direction === 'ArrowRight' ? 'ArrowLeft' : 'ArrowRight';
    },
    { iterations: 10, warmupIterations: 1 },
  );
});
