import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from './fixtures';

test('the empty workspace opens the Kazakh sample beside the English one, as a copy in the data folder', async ({
  page,
  dataDir,
  launchHost,
}) => {
  const host = await launchHost();
  await page.goto(host.url);
  await expect(page.getByRole('button', { name: 'Open the sample workspace' })).toBeVisible();
  await page.getByRole('button', { name: 'Open the Kazakh sample workspace' }).click();

  await expect(
    page.getByRole('heading', { level: 1, name: 'Алатау педагогикалық университеті (үлгі)' }),
  ).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Цифрлық құзыретті педагог' })).toBeVisible();
  await expect(page.getByText('Цифрлық құралдармен бағалау және кері байланыс').first()).toBeVisible();
  const copy = JSON.parse(await readFile(join(dataDir, 'samples', 'digital-competence-kk.json'), 'utf8'));
  expect(copy).toMatchObject({ id: 'ws-sample-digital-competence-kk', language: 'kk' });
});
