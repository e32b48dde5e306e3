import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, openSample, test } from './fixtures';

test('a module created through the form is on disk and back after a restart', async ({
  page,
  dataDir,
  launchHost,
}) => {
  const first = await launchHost();
  await page.goto(first.url);
  await expect(page.getByRole('heading', { name: 'My workspace' })).toBeVisible();

  await page.getByRole('button', { name: 'New module' }).first().click();
  await page.getByLabel('Code', { exact: true }).fill('TE-DATA-01');
  await page.getByLabel('Title', { exact: true }).fill('Using Data Analytics to Personalize Instruction');
  await page.getByLabel('Credit value', { exact: true }).fill('5');
  await page.getByLabel('Level framework', { exact: true }).selectOption('EQF');
  await page.getByLabel('Level', { exact: true }).fill('6');
  await page.getByRole('button', { name: 'Add learning outcome' }).click();
  await page
    .getByLabel('Outcome 1', { exact: true })
    .fill('Interpret classroom analytics to plan differentiated instruction.');
  await page.keyboard.press('Tab');

  const library = page.getByRole('list', { name: 'Modules in this workspace' });
  await expect(
    library.getByRole('button', { name: /Using Data Analytics to Personalize Instruction/ }),
  ).toBeVisible();
  await expect(page.getByTestId('save-status')).toHaveText(/^Saved/);

  const onDisk = JSON.parse(await readFile(join(dataDir, 'workspace.json'), 'utf8'));
  expect(onDisk.modules).toHaveLength(1);
  expect(onDisk.modules[0]).toMatchObject({
    code: 'TE-DATA-01',
    title: 'Using Data Analytics to Personalize Instruction',
    credit: { value: 5, system: 'ECTS' },
    level: { framework: 'EQF', value: 6 },
    learningOutcomes: [{ statement: 'Interpret classroom analytics to plan differentiated instruction.' }],
  });

  await first.stop();
  const second = await launchHost();
  await page.goto(second.url);
  await page
    .getByRole('list', { name: 'Modules in this workspace' })
    .getByRole('button', { name: /Using Data Analytics to Personalize Instruction/ })
    .click();
  await expect(page.getByLabel('Code', { exact: true })).toHaveValue('TE-DATA-01');
  await expect(page.getByLabel('Outcome 1', { exact: true })).toHaveValue(
    'Interpret classroom analytics to plan differentiated instruction.',
  );
});

test('the form shows the shared schema’s messages inline and saves nothing invalid', async ({
  page,
  dataDir,
  launchHost,
}) => {
  const host = await launchHost();
  await page.goto(host.url);
  await page.getByRole('button', { name: 'New module' }).first().click();
  await page.getByLabel('Code', { exact: true }).fill('');
  await page.getByLabel('Credit value', { exact: true }).fill('-3');
  await page.keyboard.press('Tab');

  await expect(page.getByText('Not saved: 3 fields need attention')).toBeVisible();
  await expect(page.getByLabel('Title', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('Title is required', { exact: true })).toBeVisible();
  await expect(page.getByText('Code is required', { exact: true })).toBeVisible();
  await expect(page.getByText('Credit value must be at least 0', { exact: true })).toBeVisible();
  await expect(page.getByTestId('save-status')).toContainText('Not saved: 1 value is not valid yet');

  await page.getByLabel('Code', { exact: true }).fill('OK-01');
  await page.getByLabel('Title', { exact: true }).fill('Inclusive Classroom Practice');
  await page.getByLabel('Credit value', { exact: true }).fill('3');
  await expect(page.getByText('Title is required', { exact: true })).toHaveCount(0);
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('save-status')).toHaveText(/^Saved/);
  const onDisk = JSON.parse(await readFile(join(dataDir, 'workspace.json'), 'utf8'));
  expect(onDisk.modules.map((m: { code: string }) => m.code)).toEqual(['OK-01']);
});

test('a module is edited, deleted and the deletion undone', async ({ page, dataDir, launchHost }) => {
  const host = await launchHost();
  await page.goto(host.url);
  await page.getByRole('button', { name: 'New module' }).first().click();
  await page.getByLabel('Title', { exact: true }).fill('Mentoring and coaching');
  await page.keyboard.press('Tab');
  await page.getByLabel('Title', { exact: true }).fill('Mentoring and coaching in professional training');
  // Leaving the field applies the edit (forms write through the editing session).
  await page.keyboard.press('Tab');
  const library = page.getByRole('list', { name: 'Modules in this workspace' });
  await expect(library.getByRole('button', { name: /in professional training/ })).toBeVisible();

  await page.getByRole('button', { name: 'Delete module…' }).click();
  await page.getByRole('button', { name: 'Delete MC-01' }).click();
  await expect(page.getByText('No modules yet.')).toBeVisible();
  await expect(page.getByTestId('save-status')).toHaveText(/^Saved/);
  expect(JSON.parse(await readFile(join(dataDir, 'workspace.json'), 'utf8')).modules).toEqual([]);

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(library.getByRole('button', { name: /in professional training/ })).toBeVisible();
  await expect(page.getByTestId('save-status')).toHaveText(/^Saved/);
  const restored = JSON.parse(await readFile(join(dataDir, 'workspace.json'), 'utf8'));
  expect(restored.modules[0].title).toBe('Mentoring and coaching in professional training');
});

test('a damaged workspace is explained, left untouched and can be set aside', async ({
  page,
  dataDir,
  launchHost,
}) => {
  const path = join(dataDir, 'workspace.json');
  const damaged = '{"format": "stackwise.workspace", "schemaVersion": 2, "modules": [';
  await writeFile(path, damaged);
  const host = await launchHost();
  await page.goto(host.url);

  await expect(page.getByRole('heading', { name: /damaged: it is not valid JSON/ })).toBeVisible();
  await expect(page.getByRole('alert')).toContainText(`${path} is not valid JSON`);
  expect(await readFile(path, 'utf8')).toBe(damaged);

  await page.getByRole('button', { name: 'Keep this file aside and start a new workspace' }).click();
  await expect(page.getByRole('heading', { name: 'My workspace' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'The damaged file was kept as' })).toBeVisible();
  const { readdir } = await import('node:fs/promises');
  const aside = (await readdir(dataDir)).filter((f) => f.startsWith('workspace.damaged-'));
  expect(aside).toHaveLength(1);
  expect(await readFile(join(dataDir, aside[0] as string), 'utf8')).toBe(damaged);
});

test('another workspace is opened by path and remembered as recent', async ({
  page,
  dataDir,
  launchHost,
}) => {
  const host = await launchHost();
  await page.goto(host.url);
  const other = join(dataDir, 'faculty.json');
  await page.getByRole('button', { name: 'Open…' }).click();
  await page.getByText('Enter a path instead').click();
  await page.getByLabel('Workspace file', { exact: true }).fill(other);
  await page.getByRole('button', { name: 'Create new here' }).click();
  await expect(page.getByText(other)).toBeVisible();
  await page.getByRole('button', { name: 'Open…' }).click();
  const recent = page.getByRole('region', { name: 'Recent workspaces' });
  await expect(recent.getByRole('button')).toHaveCount(2);
  await recent.getByRole('button', { name: /workspace\.json/ }).click();
  await expect(page.getByText(join(dataDir, 'workspace.json'))).toBeVisible();
});

test('the layout fits 1280×800 without horizontal scrolling, with the sample open', async ({
  page,
  launchHost,
}) => {
  const host = await launchHost();
  await page.goto(host.url);
  await openSample(page);
  await page.getByRole('tab', { name: 'Data-Informed Educator' }).click();
  const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(await overflow()).toBeLessThanOrEqual(0);
  await expect(page.getByLabel('Pathway title', { exact: true })).toBeInViewport();
  // The pathway tools wrap inside the centre column rather than running under the inspector.
  const centre = await page.getByRole('main', { name: 'Pathways' }).boundingBox();
  for (const name of ['Specification (PDF)', 'Export badges…', 'Export package…']) {
    const box = await page.getByRole('button', { name }).boundingBox();
    expect(
      box && centre && box.x + box.width <= centre.x + centre.width,
      `${name} fits the centre column`,
    ).toBe(true);
  }
  await expect(page.getByTestId('save-status')).toBeInViewport();
  await page.getByRole('button', { name: 'New module' }).first().click();
  expect(await overflow()).toBeLessThanOrEqual(0);
  await expect(page.getByLabel('Title', { exact: true })).toBeInViewport();
});

test('the workspace is renamed from the top bar, saved, and the rename can be undone', async ({
  page,
  dataDir,
  launchHost,
}) => {
  const host = await launchHost();
  await page.goto(host.url);
  await page.getByRole('button', { name: 'My workspace' }).click();
  const title = page.getByLabel('Workspace title');
  await title.fill('   ');
  await title.press('Enter');
  await expect(page.getByRole('alert')).toHaveText('Workspace title is required');
  await title.fill('Faculty of Education: micro-credentials 2027');
  await title.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Faculty of Education: micro-credentials 2027',
  );
  await expect(page.getByTestId('save-status')).toHaveText(/^Saved/);
  const onDisk = JSON.parse(await readFile(join(dataDir, 'workspace.json'), 'utf8'));
  expect(onDisk.title).toBe('Faculty of Education: micro-credentials 2027');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('My workspace');
});

test('switching workspaces saves pending edits first, into the workspace they belong to', async ({
  page,
  dataDir,
  launchHost,
}) => {
  const host = await launchHost();
  await page.goto(host.url);
  await page.getByRole('button', { name: 'New module' }).first().click();
  await page.getByLabel('Title', { exact: true }).fill('Edited just before switching');
  await page.keyboard.press('Tab');
  // No wait for the autosave: the switch itself must save first.
  await page.getByRole('button', { name: 'Open the sample workspace' }).click();
  await expect(page.getByRole('tab', { name: 'STEM Foundations' })).toBeVisible();
  const own = JSON.parse(await readFile(join(dataDir, 'workspace.json'), 'utf8'));
  expect(own.modules.map((m: { title: string }) => m.title)).toEqual(['Edited just before switching']);
  const sample = JSON.parse(await readFile(join(dataDir, 'samples', 'teacher-education.json'), 'utf8'));
  expect(sample.modules.some((m: { title: string }) => m.title === 'Edited just before switching')).toBe(
    false,
  );
});

test('a workspace whose last save failed is not left behind: switching is refused and says why', async ({
  page,
  dataDir,
  launchHost,
}) => {
  const diskFull = join(dataDir, 'disk-full');
  const host = await launchHost([], { diskFullWhile: diskFull });
  await page.goto(host.url);
  await writeFile(diskFull, '');
  await page.getByRole('button', { name: 'New module' }).first().click();
  await page.getByLabel('Title', { exact: true }).fill('Not yet on disk');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('alert').filter({ hasText: 'Not saved' })).toBeVisible();
  await page.getByRole('button', { name: 'Open the sample workspace' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Your last changes are not saved' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('My workspace');
  await expect(page.getByRole('list', { name: 'Modules in this workspace' })).toContainText(
    'Not yet on disk',
  );
});
