import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { boardWorkspace, writeWorkspace } from './board-fixture';
import { expect, openSample, test } from './fixtures';

async function stageModuleIds(dataDir: string): Promise<string[][]> {
  const workspace = JSON.parse(await readFile(join(dataDir, 'workspace.json'), 'utf8'));
  return workspace.pathways[0].stages.map(
    (s: { items: { kind: string; moduleId?: string; moduleIds?: string[] }[] }) =>
      s.items.flatMap((i) => (i.kind === 'module' ? [i.moduleId] : (i.moduleIds ?? []))),
  );
}

/** A real pointer drag: press on the handle, move in steps until dnd-kit starts the drag, then drop. */
async function drag(page: Page, handle: Locator, target: Locator) {
  const from = await handle.boundingBox();
  const to = await target.boundingBox();
  if (!from || !to) throw new Error('drag: element not visible');
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2 + 12, from.y + from.height / 2 + 4, { steps: 4 });
  await expect(page.locator('.drag-overlay')).toBeVisible();
  await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 12 });
  await page.mouse.up();
}

const saved = (page: Page) => expect(page.getByTestId('save-status')).toHaveText(/^Saved/);

test.beforeEach(async ({ dataDir }) => {
  await writeWorkspace(dataDir, boardWorkspace());
});

test('a pointer drag from the library places a module in a stage, as one undo step', async ({
  page,
  dataDir,
  launchHost,
}) => {
  const host = await launchHost();
  await page.goto(host.url);
  const practice = page.getByRole('list', { name: 'Modules in Practice' });
  await drag(
    page,
    page.getByRole('button', { name: 'Drag Computational Thinking in the Classroom into the pathway' }),
    practice,
  );

  await expect(practice.getByTestId('tile-STEM-02')).toBeVisible();
  await expect(page.getByTestId('credits-range')).toHaveText('10 ECTS');
  await expect(page.getByTestId('credits-verdict')).toHaveText('Meets the award’s 10 ECTS');
  await saved(page);
  expect(await stageModuleIds(dataDir)).toEqual([['m-inquiry'], ['m-coding']]);

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(practice.getByTestId('tile-STEM-02')).toHaveCount(0);
  await saved(page);
  expect(await stageModuleIds(dataDir)).toEqual([['m-inquiry'], []]);
  await page.keyboard.press('Control+Shift+Z');
  await expect(practice.getByTestId('tile-STEM-02')).toBeVisible();
});

test('the keyboard picks up, moves and drops a module, and Escape cancels', async ({
  page,
  dataDir,
  launchHost,
}) => {
  const host = await launchHost();
  await page.goto(host.url);
  const handle = page.getByRole('button', { name: 'Move Inquiry-Based Science Teaching', exact: true });
  const liveRegion = page.locator('[id^="DndLiveRegion"]').first();

  await handle.focus();
  await page.keyboard.press('Space');
  await expect(liveRegion).toContainText('Picked up STEM-01');
  await page.keyboard.press('ArrowRight');
  await expect(liveRegion).toContainText('is over stage Practice');
  await page.keyboard.press('Escape');
  await expect(liveRegion).toContainText('was cancelled. Nothing changed.');
  await expect(
    page.getByRole('list', { name: 'Modules in Foundation' }).getByTestId('tile-STEM-01'),
  ).toBeVisible();
  expect(await stageModuleIds(dataDir)).toEqual([['m-inquiry'], []]);

  await handle.focus();
  await page.keyboard.press('Space');
  await expect(liveRegion).toContainText('Picked up STEM-01');
  await page.keyboard.press('ArrowRight');
  await expect(liveRegion).toContainText('is over stage Practice');
  await page.keyboard.press('Space');
  await expect(
    page.getByRole('list', { name: 'Modules in Practice' }).getByTestId('tile-STEM-01'),
  ).toBeVisible();
  await saved(page);
  expect(await stageModuleIds(dataDir)).toEqual([[], ['m-inquiry']]);
});

test('a prerequisite that would make a cycle is refused with the cycle named', async ({
  page,
  launchHost,
}) => {
  const host = await launchHost();
  await page.goto(host.url);
  const practice = page.getByRole('list', { name: 'Modules in Practice' });
  await drag(
    page,
    page.getByRole('button', { name: 'Drag Computational Thinking in the Classroom into the pathway' }),
    practice,
  );

  await practice
    .getByTestId('tile-STEM-02')
    .getByRole('button', { name: /^STEM-02/ })
    .click();
  await page
    .getByLabel('Must be completed first')
    .selectOption({ label: 'STEM-01 Inquiry-Based Science Teaching' });
  await page.getByRole('button', { name: 'Add prerequisite' }).click();
  await expect(practice.getByTestId('tile-STEM-02').getByText('after STEM-01')).toBeVisible();

  await page
    .getByTestId('tile-STEM-01')
    .getByRole('button', { name: /^STEM-01/ })
    .click();
  await page
    .getByLabel('Must be completed first')
    .selectOption({ label: 'STEM-02 Computational Thinking in the Classroom' });
  await page.getByRole('button', { name: 'Add prerequisite' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'cycle' })).toContainText(
    /STEM-0[12] → STEM-0[12] → STEM-0[12]/,
  );
  await expect(page.getByTestId('tile-STEM-01').getByText(/^after/)).toHaveCount(0);
});

test('a choice group is added, filled by dragging and shows whether it is satisfiable', async ({
  page,
  dataDir,
  launchHost,
}) => {
  const host = await launchHost();
  await page.goto(host.url);
  await page.getByTestId('stage-Practice').getByRole('button', { name: '+ Choice group' }).click();
  const group = page.getByRole('list', { name: 'Modules in Electives' });
  await expect(page.getByText('Choose 1 of 0')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Not satisfiable' })).toBeVisible();

  await drag(
    page,
    page.getByRole('button', { name: 'Drag Mathematical Modelling with Data into the pathway' }),
    group,
  );
  await drag(page, page.getByRole('button', { name: 'Drag Educational Robotics into the pathway' }), group);
  await expect(page.getByText('Choose 1 of 2')).toBeVisible();
  await expect(page.getByTestId('credits-range')).toHaveText('8–9 ECTS');
  await expect(page.getByTestId('credits-verdict')).toHaveText('Below the award’s 10 ECTS');

  await page.getByRole('button', { name: /^Electives/ }).click();
  await page.getByLabel('Number to choose').fill('3');
  // The inspector says why on the field (the save status lists the same refusal as unsaved work).
  const inspector = page.getByRole('tabpanel', { name: 'Inspector' });
  await expect(inspector.getByText(/must be a whole number from 1 to 2, not 3/)).toBeVisible();
  await page.getByLabel('Number to choose').fill('2');
  await expect(page.getByText('Choose 2 of 2')).toBeVisible();
  await expect(page.getByTestId('credits-range')).toHaveText('12 ECTS');
  await saved(page);
  const onDisk = JSON.parse(await readFile(join(dataDir, 'workspace.json'), 'utf8'));
  const stored = onDisk.pathways[0].stages[1].items[0];
  expect(stored).toMatchObject({ kind: 'choice', choose: 2 });
  expect([...stored.moduleIds].sort()).toEqual(['m-maths', 'm-robots']);
});

test('pathways are created, duplicated, renamed and deleted with confirmation', async ({
  page,
  dataDir,
  launchHost,
}) => {
  const host = await launchHost();
  await page.goto(host.url);
  const tabs = page.getByRole('tablist', { name: 'Pathways' });
  await page.getByRole('button', { name: 'Duplicate' }).click();
  await expect(tabs.getByRole('tab', { name: 'STEM Foundations (copy)' })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await page.getByRole('button', { name: 'Rename', exact: true }).click();
  await page.getByLabel('Pathway name').fill('STEM Foundations (part-time)');
  await page.getByLabel('Pathway name').press('Enter');
  await expect(tabs.getByRole('tab', { name: 'STEM Foundations (part-time)' })).toBeVisible();
  // Beside the tablist, not in it: a tablist owns only tabs.
  await page.getByRole('button', { name: '+ New pathway' }).click();
  await expect(tabs.getByRole('tab')).toHaveCount(3);
  await page.getByRole('button', { name: 'Delete…' }).click();
  await page.getByRole('button', { name: 'Delete pathway' }).click();
  await expect(tabs.getByRole('tab')).toHaveCount(2);
  await saved(page);
  const onDisk = JSON.parse(await readFile(join(dataDir, 'workspace.json'), 'utf8'));
  expect(onDisk.pathways.map((p: { title: string }) => p.title)).toEqual([
    'STEM Foundations',
    'STEM Foundations (part-time)',
  ]);
});

test('a pathway renamed past 200 characters is refused on the name field, and nothing changes', async ({
  page,
  launchHost,
}) => {
  const host = await launchHost();
  await page.goto(host.url);
  const tabs = page.getByRole('tablist', { name: 'Pathways' });
  await page.getByRole('button', { name: 'Rename', exact: true }).click();
  await page.getByLabel('Pathway name').fill('x'.repeat(201));
  await page.getByLabel('Pathway name').press('Enter');
  await expect(page.getByRole('alert')).toHaveText('Pathway title must be at most 200 characters');
  await expect(page.getByLabel('Pathway name')).toHaveAttribute('aria-invalid', 'true');
  await expect(tabs.getByRole('tab', { name: 'STEM Foundations' })).toBeVisible();
  await page.getByLabel('Pathway name').fill('STEM Foundations (evening)');
  await page.getByLabel('Pathway name').press('Enter');
  await expect(tabs.getByRole('tab', { name: 'STEM Foundations (evening)' })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('the sample workspace opens in one click from an empty workspace', async ({
  page,
  dataDir,
  launchHost,
}) => {
  const { rm } = await import('node:fs/promises');
  await rm(join(dataDir, 'workspace.json'));
  const host = await launchHost();
  await page.goto(host.url);
  await openSample(page);
  const tabs = page.getByRole('tablist', { name: 'Pathways' });
  await expect(tabs.getByRole('tab')).toHaveText(['STEM Foundations', 'Data-Informed Educator']);
  await expect(
    page.getByRole('list', { name: 'Modules in this workspace' }).getByRole('listitem'),
  ).toHaveCount(12);
  await tabs.getByRole('tab', { name: 'Data-Informed Educator' }).click();
  await expect(page.getByText(/Choose 2 of 3/)).toBeVisible();
  await expect(page.getByTestId('credits-verdict')).toHaveText(/^Below the award’s 25 ECTS/);
  const copy = JSON.parse(await readFile(join(dataDir, 'samples', 'teacher-education.json'), 'utf8'));
  expect(copy.modules).toHaveLength(12);
});

test('reorder within a stage, move between stages, keyboard into a group; all back after a reload', async ({
  page,
  dataDir,
  launchHost,
}) => {
  const host = await launchHost();
  await page.goto(host.url);
  const foundation = page.getByRole('list', { name: 'Modules in Foundation' });
  const practice = page.getByRole('list', { name: 'Modules in Practice' });
  // Dropped on the Inquiry tile, the new module goes before it.
  await drag(
    page,
    page.getByRole('button', { name: 'Drag Computational Thinking in the Classroom into the pathway' }),
    foundation.getByTestId('tile-STEM-01'),
  );
  await saved(page);
  expect(await stageModuleIds(dataDir)).toEqual([['m-coding', 'm-inquiry'], []]);

  // Reorder: drop Inquiry on Computational Thinking, which puts it first again.
  await drag(
    page,
    page.getByRole('button', { name: 'Move Inquiry-Based Science Teaching', exact: true }),
    foundation.getByTestId('tile-STEM-02'),
  );
  await saved(page);
  expect(await stageModuleIds(dataDir)).toEqual([['m-inquiry', 'm-coding'], []]);

  // Move between stages with the pointer.
  await drag(
    page,
    page.getByRole('button', { name: 'Move Inquiry-Based Science Teaching', exact: true }),
    practice,
  );
  await saved(page);
  expect(await stageModuleIds(dataDir)).toEqual([['m-coding'], ['m-inquiry']]);

  // Into a choice group with the keyboard: the group sits in Practice below Inquiry.
  await page.getByTestId('stage-Practice').getByRole('button', { name: '+ Choice group' }).click();
  await page.getByRole('button', { name: 'Done' }).click();
  const handle = page.getByRole('button', {
    name: 'Move Computational Thinking in the Classroom',
    exact: true,
  });
  await handle.focus();
  await page.keyboard.press('Space');
  // Right to the Practice stage, then down into the group; the live region says where the module is.
  const liveRegion = page.locator('[id^="DndLiveRegion"]').first();
  for (const key of ['ArrowRight', 'ArrowDown', 'ArrowDown', 'ArrowDown']) {
    if ((await liveRegion.textContent())?.includes('is over choice group Electives')) break;
    await page.keyboard.press(key);
  }
  await expect(liveRegion).toContainText('is over choice group Electives');
  await page.keyboard.press('Space');
  await expect(page.getByText('Choose 1 of 1')).toBeVisible();
  await saved(page);
  const afterKeyboard = JSON.parse(await readFile(join(dataDir, 'workspace.json'), 'utf8')).pathways[0]
    .stages;
  expect(afterKeyboard[0].items).toEqual([]);
  expect(afterKeyboard[1].items[1]).toMatchObject({ kind: 'choice', moduleIds: ['m-coding'] });

  // Undo walks back through each state; redo returns.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByText('Choose 1 of 0')).toBeVisible();
  await page.getByRole('button', { name: 'Redo' }).click();
  await expect(page.getByText('Choose 1 of 1')).toBeVisible();
  await saved(page);

  await page.reload();
  await expect(
    page.getByRole('list', { name: 'Modules in Electives' }).getByTestId('tile-STEM-02'),
  ).toBeVisible();
  await expect(
    page.getByRole('list', { name: 'Modules in Practice' }).getByTestId('tile-STEM-01'),
  ).toBeVisible();
  await expect(page.getByRole('list', { name: 'Modules in Foundation' }).getByRole('listitem')).toHaveText([
    'Drag modules from the library here',
  ]);
});

test('a save the disk refuses keeps the edit, says why, and succeeds on retry', async ({
  page,
  dataDir,
  launchHost,
}) => {
  const { rm, writeFile } = await import('node:fs/promises');
  // While this file exists the host's disk is full: every write fails.
  const diskFull = join(dataDir, 'disk-full');
  const host = await launchHost([], { diskFullWhile: diskFull });
  await page.goto(host.url);
  await writeFile(diskFull, '');
  await drag(
    page,
    page.getByRole('button', { name: 'Drag Computational Thinking in the Classroom into the pathway' }),
    page.getByRole('list', { name: 'Modules in Practice' }),
  );
  const alert = page.getByRole('alert').filter({ hasText: 'Not saved' });
  await expect(alert).toContainText('Stackwise could not save to disk. Your edit is kept in this window.');
  await expect(
    page.getByRole('list', { name: 'Modules in Practice' }).getByTestId('tile-STEM-02'),
  ).toBeVisible();
  expect(await stageModuleIds(dataDir)).toEqual([['m-inquiry'], []]);

  await rm(diskFull);
  await alert.getByRole('button', { name: 'Retry' }).click();
  await saved(page);
  expect(await stageModuleIds(dataDir)).toEqual([['m-inquiry'], ['m-coding']]);
});

test('the keyboard reorders within a stage, and undo restores the order', async ({
  page,
  dataDir,
  launchHost,
}) => {
  const host = await launchHost();
  await page.goto(host.url);
  const foundation = page.getByRole('list', { name: 'Modules in Foundation' });
  await drag(
    page,
    page.getByRole('button', { name: 'Drag Computational Thinking in the Classroom into the pathway' }),
    foundation.getByTestId('tile-STEM-01'),
  );
  await saved(page);
  expect(await stageModuleIds(dataDir)).toEqual([['m-coding', 'm-inquiry'], []]);

  const liveRegion = page.locator('[id^="DndLiveRegion"]').first();
  await page
    .getByRole('button', { name: 'Move Computational Thinking in the Classroom', exact: true })
    .focus();
  await page.keyboard.press('Space');
  await expect(liveRegion).toContainText('Picked up STEM-02');
  await page.keyboard.press('ArrowDown');
  await expect(liveRegion).toContainText('is over STEM-01 Inquiry-Based Science Teaching');
  await page.keyboard.press('Space');
  await saved(page);
  expect(await stageModuleIds(dataDir)).toEqual([['m-inquiry', 'm-coding'], []]);

  await page.keyboard.press('Control+z');
  await saved(page);
  expect(await stageModuleIds(dataDir)).toEqual([['m-coding', 'm-inquiry'], []]);
});
