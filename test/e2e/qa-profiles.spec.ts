import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, openSample, test } from './fixtures';

test('a QA officer writes an institutional rule without code, runs it, exports and re-imports the profile', async ({
  page,
  dataDir,
  launchHost,
}) => {
  const host = await launchHost();
  await page.goto(host.url);
  await openSample(page);
  await page.getByRole('tab', { name: /Quality/ }).click();
  await page.getByRole('button', { name: 'Institutional profiles…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Institutional QA profiles' });
  await dialog.getByRole('button', { name: '+ New profile' }).click();
  await dialog.getByLabel('Profile title').fill('Faculty credit policy');
  await dialog.getByRole('button', { name: 'Add rule' }).click();
  await dialog.getByLabel(/^Rule 1/).selectOption({ label: 'Number (or list size) within bounds' });
  await dialog.getByLabel('Field of rule 1').selectOption({ label: 'Credit value' });
  await dialog.getByLabel('Minimum of rule 1').fill('5');
  await dialog.getByLabel('Maximum of rule 1').fill('2');
  // Shown as typed: the profile writes through the editing session, with no Save button.
  await expect(dialog.getByRole('alert')).toContainText('min must not be greater than max');

  await dialog.getByLabel('Minimum of rule 1').fill('1');
  await dialog.getByLabel('Maximum of rule 1').fill('4');
  await dialog.getByLabel('Reason for rule 1').fill('policy 3.1: at most 4 ECTS');
  await dialog.getByLabel('Reason for rule 1').press('Tab');
  await expect(dialog.getByRole('alert')).toHaveCount(0);
  await expect(page.getByTestId('save-status')).toHaveText(/^Saved/);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Export file' }).click(),
  ]);
  const exported = join(dataDir, 'faculty-profile.json');
  await download.saveAs(exported);
  await dialog.getByRole('button', { name: 'Close' }).click();

  const panel = page.getByRole('region', { name: 'Quality assurance' });
  await panel.getByLabel('Faculty credit policy').check();
  await expect(panel.getByRole('region', { name: 'Errors' })).toContainText(
    'Credit value is 5, and this institution asks for at most 4 (policy 3.1: at most 4 ECTS)',
  );
  await expect(page.getByTestId('save-status')).toHaveText(/^Saved/);
  const onDisk = JSON.parse(await readFile(join(dataDir, 'samples', 'teacher-education.json'), 'utf8'));
  expect(onDisk.qaProfiles[0]).toMatchObject({
    title: 'Faculty credit policy',
    rules: [
      {
        ruleId: 'institution.number-range',
        severity: 'error',
        params: { field: 'credit.value', min: 1, max: 4 },
      },
    ],
  });

  // The exported file is what a colleague imports; a broken one is refused with the reason.
  const file = JSON.parse(await readFile(exported, 'utf8'));
  expect(file).toMatchObject({ format: 'stackwise.qa-profile', title: 'Faculty credit policy' });
  const broken = join(dataDir, 'broken-profile.json');
  await writeFile(
    broken,
    JSON.stringify({ ...file, rules: [{ ruleId: 'institution.no-such-rule', severity: 'error' }] }),
  );
  await page.getByRole('button', { name: 'Institutional profiles…' }).click();
  await dialog.getByLabel('Import a profile file…').setInputFiles(broken);
  await expect(dialog.getByRole('alert')).toContainText('Unknown rule "institution.no-such-rule"');
  await dialog.getByLabel('Import a profile file…').setInputFiles(exported);
  await expect(
    dialog.getByRole('navigation').getByRole('button', { name: /Faculty credit policy/ }),
  ).toHaveCount(1);
});
