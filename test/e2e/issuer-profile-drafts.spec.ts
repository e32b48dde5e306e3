import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { DRAFT_APPLY_MS } from '../../renderer/src/editor/store';
import { expect, openSample, test } from './fixtures';

/** The workspace file the browser host writes when the sample is open. */
async function onDisk(dataDir: string) {
  return JSON.parse(await readFile(join(dataDir, 'samples', 'teacher-education.json'), 'utf8'));
}

const saved = (page: Page) => expect(page.getByTestId('save-status')).toHaveText(/^Saved/);

test('a half-typed issuer web address stays a draft with its error through closing the dialog, then reaches the file', async ({
  page,
  dataDir,
  launchHost,
}) => {
  const host = await launchHost();
  await page.goto(host.url);
  await openSample(page);

  await page.getByRole('button', { name: 'Issuers…' }).click();
  const issuers = page.getByRole('dialog', { name: 'Issuers' });
  const webAddress = issuers.getByLabel('Web address', { exact: true });
  await webAddress.fill('www.riverside');
  await expect(issuers.getByText('Must be a web address starting with http:// or https://')).toBeVisible();
  // No Save button: the dialog closes and the draft stays in the editing session.
  await expect(issuers.getByRole('button', { name: /^Save/ })).toHaveCount(0);
  await issuers.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByTestId('save-status')).toContainText('Not saved: 1 value is not valid yet');
  // The top bar names what would be lost.
  await page.getByText('Not saved: 1 value is not valid yet').click();
  await expect(
    page.getByRole('button', {
      name: /^Issuer “Riverside University of Teacher Education”: Web address must be a web address/,
    }),
  ).toBeVisible();
  expect((await onDisk(dataDir)).issuers[0].url).toBe('https://riverside-education.example.org');

  await page.getByRole('button', { name: 'Issuers…' }).click();
  await expect(webAddress).toHaveValue('www.riverside');
  await expect(webAddress).toHaveAttribute('aria-invalid', 'true');
  await expect(issuers.getByText('Must be a web address starting with http:// or https://')).toBeVisible();

  await webAddress.fill('https://www.riverside.example.org/');
  await webAddress.press('Tab');
  await expect(issuers.getByText('Must be a web address')).toHaveCount(0);
  await saved(page);
  expect((await onDisk(dataDir)).issuers[0].url).toBe('https://www.riverside.example.org/');

  // A new issuer is in the workspace at once, under a name that validates; renaming it is one more edit.
  await issuers.getByRole('button', { name: '+ New issuer' }).click();
  const name = issuers.getByLabel('Issuer name', { exact: true });
  await expect(name).toHaveValue('New issuer');
  await name.fill('Riverside Institute of Education Research');
  await name.press('Tab');
  await expect
    .poll(async () => (await onDisk(dataDir)).issuers.map((i: { name: string }) => i.name))
    .toEqual(['Riverside University of Teacher Education', 'Riverside Institute of Education Research']);
});

test('a profile rule edit stays a draft while invalid, is saved once valid, and Ctrl+Z undoes one field edit', async ({
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
  await expect(dialog.getByRole('alert')).toContainText('min must not be greater than max');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByTestId('save-status')).toContainText('Not saved: 1 value is not valid yet');
  // What validated (the new profile and its title) is saved a moment later; the invalid bound is not.
  await expect.poll(async () => (await onDisk(dataDir)).qaProfiles[0]?.title).toBe('Faculty credit policy');
  // Each valid edit is its own save: wait for the one that brought the rule and its valid minimum.
  await expect.poll(async () => (await onDisk(dataDir)).qaProfiles[0]?.rules[0]?.params.min).toBe(5);
  const invalidOnDisk = (await onDisk(dataDir)).qaProfiles[0];
  expect(invalidOnDisk.rules[0].params.max).toBeUndefined();

  await page.getByRole('button', { name: 'Institutional profiles…' }).click();
  const max = dialog.getByLabel('Maximum of rule 1');
  await expect(max).toHaveValue('2');
  await expect(dialog.getByRole('alert')).toContainText('min must not be greater than max');
  await max.fill('8');
  await max.press('Tab');
  await saved(page);
  expect((await onDisk(dataDir)).qaProfiles[0].rules[0]).toMatchObject({
    ruleId: 'institution.number-range',
    params: { field: 'credit.value', min: 5, max: 8 },
  });

  // Keystrokes slower than the apply delay are still one field edit, so one undo step.
  const reason = dialog.getByLabel('Reason for rule 1');
  await reason.pressSequentially('p 3.1', { delay: DRAFT_APPLY_MS + 100 });
  await reason.press('Tab');
  await expect.poll(async () => (await onDisk(dataDir)).qaProfiles[0].rules[0].params.reason).toBe('p 3.1');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await page.getByRole('main', { name: 'Pathways' }).click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+z');
  await expect
    .poll(async () => (await onDisk(dataDir)).qaProfiles[0].rules[0].params)
    .toMatchObject({ min: 5, max: 8, reason: '' });

  await page.getByRole('button', { name: 'Institutional profiles…' }).click();
  await expect(dialog.getByLabel('Reason for rule 1')).toHaveValue('');
  await expect(dialog.getByLabel('Maximum of rule 1')).toHaveValue('8');
});
