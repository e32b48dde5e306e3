import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, openSample, test } from './fixtures';

const library = (page: Page) => page.getByRole('list', { name: 'Modules in this workspace' });

/** A key press as a Ukrainian, Russian or Kazakh layout sends it: the key types я, its place is Z. */
async function pressOnCyrillicLayout(page: Page, init: { shiftKey?: boolean } = {}) {
  await page.evaluate((shiftKey) => {
    document.dispatchEvent(
      new KeyboardEvent('keydown', {
        key: shiftKey ? 'Я' : 'я',
        code: 'KeyZ',
        ctrlKey: true,
        shiftKey,
        bubbles: true,
        cancelable: true,
      }),
    );
  }, init.shiftKey ?? false);
}

test('Kazakh chosen in the top bar: every top-bar word from the kk catalogue, nothing being edited lost, and the choice kept', async ({
  page,
  dataDir,
  launchHost,
}) => {
  const host = await launchHost();
  await page.goto(host.url);
  await openSample(page);
  // A workspace just opened claims no save it did not make.
  await expect(page.getByTestId('save-status')).not.toHaveText(/Saved/);

  await library(page)
    .getByRole('button', { name: /RUTE-STEM-101/ })
    .click();
  const title = page.getByLabel('Title', { exact: true });
  await title.fill('Inquiry-Based Science Teaching, revised');

  await page.getByRole('combobox', { name: 'Language', exact: true }).selectOption('kk');
  await expect(page.locator('html')).toHaveAttribute('lang', 'kk');
  const chooser = page.getByRole('combobox', { name: 'Тіл', exact: true });
  await expect(chooser).toHaveValue('kk');
  // Each language is offered in its own name.
  await expect(chooser.getByRole('option')).toHaveText([/^English/, /^Українська/, /^Қазақ/, /^Русский/]);
  await expect(page.getByRole('button', { name: 'Болдырмау' })).toBeEnabled();
  await expect(page.getByRole('button', { name: 'Беруші ұйымдар…' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Тексеру…' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Пакетті ашу…' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Ашу…', exact: true })).toBeVisible();
  await expect(page.getByTestId('save-status')).toHaveText(/^Сақталды: /);
  // The workspace screen was not mounted again: the module and what was typed into it are still there.
  // Its label is now the Kazakh one (fields.module.title), the value typed under the English one kept.
  await expect(page.getByLabel('Атауы', { exact: true })).toHaveValue(
    'Inquiry-Based Science Teaching, revised',
  );

  // Remembered for this person: in their settings, and so after a reload.
  await expect
    .poll(async () => JSON.parse(await readFile(join(dataDir, 'settings.json'), 'utf8').catch(() => '{}')))
    .toEqual({ language: 'kk' });
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'kk');
  await expect(page.getByRole('combobox', { name: 'Тіл', exact: true })).toHaveValue('kk');
  await expect(page.getByRole('button', { name: 'Беруші ұйымдар…' })).toBeVisible();

  await page.getByRole('combobox', { name: 'Тіл', exact: true }).selectOption('en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('button', { name: 'Issuers…' })).toBeVisible();
});

test('on a Ukrainian layout (key я, code KeyZ) Ctrl+Z undoes a rename and Ctrl+Shift+Z redoes it', async ({
  page,
  launchHost,
}) => {
  const host = await launchHost();
  await page.goto(host.url);
  await openSample(page);
  const heading = page.getByRole('heading', { level: 1 });
  await heading.getByRole('button').click();
  await page.getByLabel('Workspace title').fill('Кафедра педагогіки');
  await page.keyboard.press('Enter');
  await expect(heading).toHaveText('Кафедра педагогіки');
  const undo = page.getByRole('button', { name: 'Undo' });
  // The undo button names the step it would take back.
  await expect(undo).toHaveAttribute('title', 'Undo Rename workspace');
  await expect(undo).toHaveAttribute('aria-keyshortcuts', 'Control+Z');

  await pressOnCyrillicLayout(page);
  await expect(heading).toHaveText(/Riverside University of Teacher Education/);
  await pressOnCyrillicLayout(page, { shiftKey: true });
  await expect(heading).toHaveText('Кафедра педагогіки');
});
