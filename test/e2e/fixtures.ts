import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import { type HostOptions, type RunningHost, startHost } from '../support/host-process';

interface HostFixture {
  /** A fresh data folder for this test; the default workspace lives in it. */
  dataDir: string;
  /** Starts (or restarts) the real browser host over dataDir. */
  launchHost: (extraArgs?: string[], options?: HostOptions) => Promise<RunningHost>;
}

export const test = base.extend<HostFixture>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright's fixture signature
  dataDir: async ({}, use) => {
    const dir = await mkdtemp(join(tmpdir(), 'stackwise-e2e-'));
    await use(dir);
    await rm(dir, { recursive: true, force: true });
  },
  launchHost: async ({ dataDir }, use) => {
    const hosts: RunningHost[] = [];
    await use(async (extraArgs = [], options = {}) => {
      const host = await startHost(['--data-dir', dataDir, ...extraArgs], options);
      hosts.push(host);
      return host;
    });
    await Promise.all(hosts.map((h) => h.stop()));
  },
});

export { expect };

/** Opens the sample workspace from an empty one and waits until its board is the one on screen. */
export async function openSample(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Open the sample workspace' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: /Riverside University of Teacher Education/ }),
  ).toBeVisible();
  await expect(page.getByRole('tab', { name: 'STEM Foundations' })).toBeVisible();
}

/** Fixes the one QA error the sample leaves in STEM Foundations, through the Quality panel as a designer would. */
export async function fixSampleError(page: Page): Promise<void> {
  await page.getByRole('tab', { name: /Quality/ }).click();
  await page.getByRole('button', { name: /Recognition of prior learning is empty/ }).click();
  await page
    .getByLabel('Recognition of prior learning', { exact: true })
    .fill('A portfolio of prior computing teaching may be recognised; the module lead decides.');
  // Leaving the field applies the edit (forms write through the editing session).
  await page.keyboard.press('Tab');
}
