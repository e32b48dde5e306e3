import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, openSample, test } from './fixtures';

test('a finding is fixed through the QA panel: click, the field is focused, edit, the finding is gone', async ({
  page,
  dataDir,
  launchHost,
}) => {
  const host = await launchHost();
  await page.goto(host.url);
  await openSample(page);
  await page.getByRole('tab', { name: /Quality/ }).click();
  const panel = page.getByRole('region', { name: 'Quality assurance' });
  await expect(panel.getByTestId('qa-summary')).toHaveText(/^1 error/);
  await expect(
    page.getByTestId('tile-RUTE-STEM-102').getByRole('img', { name: 'QA: 1 error' }),
  ).toBeVisible();
  await expect(panel.getByRole('meter', { name: /Admission and access: 1 of 2 rules pass/ })).toBeVisible();

  const finding = panel.getByRole('button', {
    name: /RUTE-STEM-102.*Recognition of prior learning is empty/,
  });
  await finding.click();
  const rpl = page.getByLabel('Recognition of prior learning', { exact: true });
  await expect(rpl).toBeFocused();
  await rpl.fill(
    'Teachers with a computing qualification may submit a portfolio for recognition; the module lead decides.',
  );
  // Leaving the field applies the edit (forms write through the editing session).
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('save-status')).toHaveText(/^Saved/);

  await page.getByRole('tab', { name: /Quality/ }).click();
  await expect(panel.getByTestId('qa-summary')).toHaveText(/^No errors or warnings/);
  await expect(panel.getByRole('meter', { name: /Admission and access: 2 of 2 rules pass/ })).toBeVisible();
  await expect(page.getByTestId('tile-RUTE-STEM-102').getByRole('img')).toHaveCount(0);
  const saved = JSON.parse(await readFile(join(dataDir, 'samples', 'teacher-education.json'), 'utf8'));
  const module = saved.modules.find((m: { code: string }) => m.code === 'RUTE-STEM-102');
  expect(module.admission.recognitionOfPriorLearning).toMatch(/portfolio for recognition/);
});

test('the other pathway shows its own findings, and a profile can be switched off', async ({
  page,
  launchHost,
}) => {
  const host = await launchHost();
  await page.goto(host.url);
  await openSample(page);
  await page.getByRole('tab', { name: 'Data-Informed Educator' }).click();
  await page.getByRole('tab', { name: /Quality/ }).click();
  const panel = page.getByRole('region', { name: 'Quality assurance' });
  await expect(panel.getByRole('region', { name: 'Errors' })).toContainText('Data-Informed Educator');
  const before = await panel.getByTestId('qa-summary').textContent();
  await panel.getByLabel('UK QAA micro-credentials (2022)').uncheck();
  await expect(panel.getByTestId('qa-summary')).not.toHaveText(before ?? '');
  await expect(panel.getByRole('checkbox', { name: /Pathway structure/ })).toBeDisabled();
});
