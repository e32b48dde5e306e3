import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, openSample, test } from './fixtures';

test('a workspace file is opened from the browser: kept as a new file in the data folder, never typed', async ({
  page,
  dataDir,
  launchHost,
}) => {
  const host = await launchHost();
  await page.goto(host.url);
  await openSample(page);
  const received = join(dataDir, 'from-a-colleague.json');
  const { readFile } = await import('node:fs/promises');
  await writeFile(received, await readFile(join(dataDir, 'samples', 'teacher-education.json')));

  await page.getByRole('button', { name: 'Open…' }).click();
  await page.getByLabel('Workspace file (.json)').setInputFiles(received);
  const kept = join(dataDir, 'workspaces', 'from-a-colleague.json');
  await expect(page.getByRole('status').filter({ hasText: 'kept in your data folder' })).toContainText(kept);
  await expect(page.getByRole('tab', { name: 'STEM Foundations' })).toBeVisible();
  expect(await readdir(join(dataDir, 'workspaces'))).toEqual(['from-a-colleague.json']);

  // The same file again is a second copy, never over the first.
  await page.getByRole('button', { name: 'Open…' }).click();
  await page.getByLabel('Workspace file (.json)').setInputFiles(received);
  await expect(page.getByRole('status').filter({ hasText: 'kept in your data folder' })).toContainText(
    join(dataDir, 'workspaces', 'from-a-colleague-2.json'),
  );

  // A file that is not a workspace is refused by name, and nothing is kept.
  const notes = join(dataDir, 'notes.json');
  await writeFile(notes, '{ not json');
  await page.getByRole('button', { name: 'Open…' }).click();
  await page.getByLabel('Workspace file (.json)').setInputFiles(notes);
  await expect(page.getByRole('dialog').getByRole('alert')).toContainText('notes.json');
  expect((await readdir(join(dataDir, 'workspaces'))).sort()).toEqual([
    'from-a-colleague-2.json',
    'from-a-colleague.json',
  ]);
});

test('a new workspace is made in the data folder without typing a path', async ({
  page,
  dataDir,
  launchHost,
}) => {
  const host = await launchHost();
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Open…' }).click();
  await page.getByRole('button', { name: 'New workspace in the data folder' }).click();
  const made = join(dataDir, 'workspaces', 'Untitled-workspace.json');
  await expect(page.getByRole('status').filter({ hasText: 'kept in your data folder' })).toContainText(made);
  await expect(page.getByRole('heading', { level: 1, name: 'Untitled workspace' })).toBeVisible();
});
