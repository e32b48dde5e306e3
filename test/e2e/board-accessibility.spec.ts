import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, openSample, test } from './fixtures';

/** Serious and critical axe violations inside `selector`, as "rule: target" lines a failure can show. */
async function seriousViolations(page: Page, selector: string): Promise<string[]> {
  const results = await new AxeBuilder({ page }).include(selector).analyze();
  // The rule the tablist once broke (a button among its tabs) did run over it.
  expect(results.passes.map((rule) => rule.id)).toContain('aria-required-children');
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((node) => `${v.id} (${v.impact}): ${node.target.join(' ')}`));
}

test('the sample’s board has no serious or critical accessibility violation, in either pathway', async ({
  page,
  launchHost,
}) => {
  const host = await launchHost();
  await page.goto(host.url);
  await openSample(page);
  const board = 'main.center';
  expect(await seriousViolations(page, board)).toEqual([]);

  // The second pathway holds a choice group; a stage's rename form and a delete confirmation open too.
  await page.getByRole('tab', { name: 'Data-Informed Educator' }).click();
  await expect(page.getByText(/Choose 2 of 3/)).toBeVisible();
  const firstStage = page.locator('.stage').first();
  await firstStage.getByRole('button', { name: /^Rename stage/ }).click();
  await page.getByRole('button', { name: 'Delete…' }).click();
  expect(await seriousViolations(page, board)).toEqual([]);
});

test('the pathway tabs are one tab stop: arrow keys, Home and End move between them and select', async ({
  page,
  launchHost,
}) => {
  const host = await launchHost();
  await page.goto(host.url);
  await openSample(page);
  const tabs = page.getByRole('tablist', { name: 'Pathways' });
  // The tablist owns only tabs; "New pathway" stands beside it.
  await expect(tabs.getByRole('button')).toHaveCount(0);
  const stem = tabs.getByRole('tab', { name: 'STEM Foundations' });
  const data = tabs.getByRole('tab', { name: 'Data-Informed Educator' });
  await expect(stem).toHaveAttribute('tabindex', '0');
  await expect(data).toHaveAttribute('tabindex', '-1');

  await stem.focus();
  await page.keyboard.press('ArrowRight');
  await expect(data).toBeFocused();
  await expect(data).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('tabpanel', { name: 'Pathway board: Data-Informed Educator' })).toBeVisible();
  await expect(data).toHaveAttribute('aria-controls', 'pathway-panel');

  // Wrapping round from the last tab, and Home / End.
  await page.keyboard.press('ArrowRight');
  await expect(stem).toBeFocused();
  await expect(stem).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('End');
  await expect(data).toBeFocused();
  await page.keyboard.press('Home');
  await expect(stem).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await expect(data).toHaveAttribute('aria-selected', 'true');

  // Tab leaves the tablist for the button beside it, which still creates a pathway.
  await page.keyboard.press('Tab');
  const create = page.getByRole('button', { name: '+ New pathway' });
  await expect(create).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(tabs.getByRole('tab')).toHaveCount(3);
  await expect(tabs.getByRole('tab', { name: 'Pathway 3' })).toHaveAttribute('aria-selected', 'true');
});
