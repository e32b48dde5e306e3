import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { DRAFT_APPLY_MS } from '../../renderer/src/editor/store';
import { expect, fixSampleError, openSample, test } from './fixtures';

const samplePath = (dataDir: string) => join(dataDir, 'samples', 'teacher-education.json');

async function moduleOnDisk(dataDir: string, code: string): Promise<{ title: string; summary: string }> {
  const workspace = JSON.parse(await readFile(samplePath(dataDir), 'utf8'));
  return workspace.modules.find((m: { code: string }) => m.code === code);
}

function libraryModule(page: Page, name: RegExp) {
  return page.getByRole('list', { name: 'Modules in this workspace' }).getByRole('button', { name });
}

test('a title typed in the inspector survives clicking another module, is saved, and is back after a restart', async ({
  page,
  dataDir,
  launchHost,
}) => {
  const first = await launchHost();
  await page.goto(first.url);
  await openSample(page);
  await libraryModule(page, /RUTE-STEM-101/).click();
  const title = page.getByLabel('Title', { exact: true });
  await title.fill('Inquiry-Based Science Teaching for Primary Classrooms');
  // Straight to another module: no Save button, no wait.
  await libraryModule(page, /RUTE-STEM-102/).click();
  await expect(title).toHaveValue('Teaching Computational Thinking and Coding');
  await libraryModule(page, /RUTE-STEM-101/).click();
  await expect(title).toHaveValue('Inquiry-Based Science Teaching for Primary Classrooms');
  await expect
    .poll(async () => (await moduleOnDisk(dataDir, 'RUTE-STEM-101')).title)
    .toBe('Inquiry-Based Science Teaching for Primary Classrooms');

  // One undo step for the whole field edit, with the focus outside the text fields.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(title).toHaveValue('Inquiry-Based Science Teaching');
  await page.getByRole('button', { name: 'Redo' }).click();
  await expect(title).toHaveValue('Inquiry-Based Science Teaching for Primary Classrooms');
  await expect(page.getByTestId('save-status')).toHaveText(/^Saved/);

  await first.stop();
  const second = await launchHost();
  await page.goto(second.url);
  // The workspace open last (the sample) opens again, with the title as saved.
  await expect(page.getByRole('tab', { name: 'STEM Foundations' })).toBeVisible();
  await libraryModule(page, /RUTE-STEM-101/).click();
  await expect(page.getByLabel('Title', { exact: true })).toHaveValue(
    'Inquiry-Based Science Teaching for Primary Classrooms',
  );
});

test('an invalid value stays a draft with its error across module and pathway switches, and exports refuse it', async ({
  page,
  dataDir,
  launchHost,
}) => {
  const host = await launchHost();
  await page.goto(host.url);
  await openSample(page);
  await fixSampleError(page);
  await expect(page.getByTestId('save-status')).toHaveText(/^Saved/);
  await libraryModule(page, /RUTE-STEM-101/).click();
  const title = page.getByLabel('Title', { exact: true });
  await title.fill('');
  await expect(page.getByText('Title is required', { exact: true })).toBeVisible();
  await expect(page.getByTestId('save-status')).toContainText('Not saved: 1 value is not valid yet');

  await libraryModule(page, /RUTE-STEM-102/).click();
  await page.getByRole('tab', { name: 'Data-Informed Educator' }).click();
  await page.getByRole('tab', { name: 'STEM Foundations' }).click();
  await libraryModule(page, /RUTE-STEM-101/).click();
  await expect(title).toHaveValue('');
  await expect(title).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('Title is required', { exact: true })).toBeVisible();
  // Nothing invalid reached the file; the draft is still unsaved work.
  expect((await moduleOnDisk(dataDir, 'RUTE-STEM-101')).title).toBe('Inquiry-Based Science Teaching');

  // The export dialog says up front what stops it, with the way to the field.
  await page.getByRole('button', { name: 'Export badges…' }).click();
  const dialog = page.getByRole('dialog', { name: /Badge definitions/ });
  await expect(dialog.getByTestId('export-blockers')).toContainText('Title is required');
  await expect(dialog.getByRole('button', { name: 'Sign and export' })).toBeDisabled();
  await dialog.getByRole('button', { name: 'Go to the field' }).click();
  await expect(title).toBeFocused();

  // The PDF is refused too, with the reason.
  await page.getByRole('button', { name: 'Specification (PDF)' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'not valid yet' })).toContainText(
    'Title is required',
  );

  await title.fill('Inquiry-Based Science Teaching, revised');
  await title.press('Tab');
  await expect(page.getByTestId('save-status')).toHaveText(/^Saved/);
  expect((await moduleOnDisk(dataDir, 'RUTE-STEM-101')).title).toBe(
    'Inquiry-Based Science Teaching, revised',
  );
});

test('when main cannot save, exports say so up front and sign nothing', async ({
  page,
  dataDir,
  launchHost,
}) => {
  const diskFull = join(dataDir, 'disk-full');
  const host = await launchHost([], { diskFullWhile: diskFull });
  await page.goto(host.url);
  await openSample(page);
  await fixSampleError(page);
  await expect(page.getByTestId('save-status')).toHaveText(/^Saved/);
  await page.getByRole('button', { name: 'Issuers…' }).click();
  const issuers = page.getByRole('dialog', { name: 'Issuers' });
  await issuers.getByLabel('Key passphrase').fill('correct horse battery staple');
  await issuers.getByRole('button', { name: 'Generate key' }).click();
  await expect(issuers.getByTestId('public-key')).toHaveText(/^z6Mk/);
  await issuers.getByRole('button', { name: 'Close' }).click();

  await writeFile(diskFull, '');
  await libraryModule(page, /RUTE-STEM-101/).click();
  const summary = page.getByLabel('Summary', { exact: true });
  await summary.fill('A summary the disk never saw.');
  await summary.press('Tab');
  await expect(page.getByRole('alert').filter({ hasText: 'Not saved' })).toBeVisible();

  await page.getByRole('button', { name: 'Export badges…' }).click();
  const dialog = page.getByRole('dialog', { name: /Badge definitions/ });
  await expect(dialog.getByTestId('export-blockers')).toContainText('The last save failed');
  await expect(dialog.getByRole('button', { name: 'Sign and export' })).toBeDisabled();
  const before = JSON.parse(await readFile(samplePath(dataDir), 'utf8'));
  expect(before.modules.find((m: { code: string }) => m.code === 'RUTE-STEM-101').summary).not.toBe(
    'A summary the disk never saw.',
  );
});

test('a draft holds only what was typed: undo of an earlier edit is not overwritten when the draft applies', async ({
  page,
  dataDir,
  launchHost,
}) => {
  const host = await launchHost();
  await page.goto(host.url);
  await openSample(page);
  await libraryModule(page, /RUTE-STEM-101/).click();
  const credit = page.getByLabel('Credit value', { exact: true });
  const before = await credit.inputValue();
  await credit.fill('11');
  await credit.press('Tab');
  const title = page.getByLabel('Title', { exact: true });
  await title.fill('');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(credit).toHaveValue(before);
  await expect(title).toHaveValue('');
  await title.fill('Inquiry-Based Science Teaching, undone credit');
  await title.press('Tab');
  await expect(page.getByTestId('save-status')).toHaveText(/^Saved/);
  const saved = JSON.parse(await readFile(samplePath(dataDir), 'utf8')).modules.find(
    (m: { code: string }) => m.code === 'RUTE-STEM-101',
  );
  expect(saved.title).toBe('Inquiry-Based Science Teaching, undone credit');
  expect(String(saved.credit.value)).toBe(before);
});

test('typing with pauses in the pathway form keeps the focus and every keystroke', async ({
  page,
  dataDir,
  launchHost,
}) => {
  const host = await launchHost();
  await page.goto(host.url);
  await openSample(page);
  const description = page.getByLabel('Description', { exact: true });
  await description.fill('');
  // Slower than the moment after which a pause applies the value: each pause is an applied edit.
  await description.pressSequentially('Stacks three modules', { delay: DRAFT_APPLY_MS + 150 });
  await expect(description).toBeFocused();
  await expect(description).toHaveValue('Stacks three modules');
  await description.press('Tab');
  await expect
    .poll(async () => JSON.parse(await readFile(samplePath(dataDir), 'utf8')).pathways[0].description)
    .toBe('Stacks three modules');
});

test('a module that undo takes away keeps what was typed in its form, and comes back when it is valid', async ({
  page,
  dataDir,
  launchHost,
}) => {
  const host = await launchHost();
  await page.goto(host.url);
  await page.getByRole('button', { name: 'New module' }).first().click();
  const code = page.getByLabel('Code', { exact: true });
  const title = page.getByLabel('Title', { exact: true });
  await code.fill('TE-ORPHAN-01');
  await title.fill('Mentoring new teachers');
  await title.press('Tab');
  const library = page.getByRole('list', { name: 'Modules in this workspace' });
  await expect(library.getByRole('button', { name: /Mentoring new teachers/ })).toBeVisible();
  await page.getByLabel('Summary', { exact: true }).fill('Typed, then the module was undone.');
  await title.fill('');
  // Undo takes the last step away: the summary and the module's creation go, one step each.
  await page.getByRole('button', { name: 'Undo' }).click();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(library.getByRole('button', { name: /Mentoring new teachers/ })).toHaveCount(0);
  await expect(page.getByTestId('save-status')).toContainText('Not saved: 1 value is not valid yet');
  await expect(code).toHaveValue('TE-ORPHAN-01');
  await expect(title).toHaveValue('');
  // The summary's step was undone before the module's: it does not come back with the module.
  await expect(page.getByLabel('Summary', { exact: true })).toHaveValue('');
  await title.fill('Mentoring new teachers, again');
  await title.press('Tab');
  await expect(library.getByRole('button', { name: /Mentoring new teachers, again/ })).toBeVisible();
  await expect(page.getByTestId('save-status')).toHaveText(/^Saved/);
  const onDisk = JSON.parse(await readFile(join(dataDir, 'workspace.json'), 'utf8'));
  expect(onDisk.modules.map((m: { code: string; title: string }) => `${m.code} ${m.title}`)).toEqual([
    'TE-ORPHAN-01 Mentoring new teachers, again',
  ]);
  expect(onDisk.modules[0].summary).toBe('');
});
