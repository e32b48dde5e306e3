import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, openSample, test } from './fixtures';

test('a restart reopens the workspace open last; once it is gone, the default opens and says why', async ({
  page,
  dataDir,
  launchHost,
}) => {
  const first = await launchHost();
  await page.goto(first.url);
  await openSample(page);
  await page.getByRole('button', { name: 'New pathway' }).click();
  await expect(page.getByTestId('save-status')).toHaveText(/^Saved/);
  const pathways = await page
    .getByRole('tab')
    .filter({ hasNotText: /Inspector|Quality|Review/ })
    .count();
  await first.stop();

  const second = await launchHost();
  await page.goto(second.url);
  await expect(
    page.getByRole('heading', { level: 1, name: /Riverside University of Teacher Education/ }),
  ).toBeVisible();
  await expect(page.getByRole('tab').filter({ hasNotText: /Inspector|Quality|Review/ })).toHaveCount(
    pathways,
  );
  await second.stop();

  const sample = join(dataDir, 'samples', 'teacher-education.json');
  await rm(sample);
  const third = await launchHost();
  await page.goto(third.url);
  await expect(page.getByRole('heading', { level: 1, name: 'My workspace' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'was not found' })).toContainText(sample);
});
