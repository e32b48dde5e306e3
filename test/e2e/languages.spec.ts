import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const languages = ['en', 'uk', 'kk', 'ru'] as const;
type Language = (typeof languages)[number];

/** A message of the shipped catalogue, read from its file: what a reader of that language sees. */
function words(language: Language, key: string): string {
  const dot = key.indexOf('.');
  const file = join(import.meta.dirname, '../../resources/locales', language, `${key.slice(0, dot)}.json`);
  const messages = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
  const message = messages[key.slice(dot + 1)];
  if (message === undefined) throw new Error(`${language} has no message ${key}`);
  return message;
}

/** Serious and critical axe violations on the page, as lines a failure can show. */
async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((node) => `${v.id} (${v.impact}): ${node.target.join(' ')}`));
}

/**
 * Labels whose words do not fit their box: a button, tab, heading or label whose text is cut off
 * without the ellipsis that says so or that runs past the window's edge, or a page wider than the window.
 */
async function clippedLabels(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const clipped: string[] = [];
    if (document.documentElement.scrollWidth > window.innerWidth + 1)
      clipped.push('the page scrolls sideways');
    for (const element of document.querySelectorAll<HTMLElement>(
      'button, [role="tab"], label, h1, h2, h3, th, .tile, legend',
    )) {
      if (element.offsetParent === null || !element.textContent?.trim()) continue;
      const style = getComputedStyle(element);
      // A label only a screen reader hears is clipped to a pixel on purpose.
      if (element.getBoundingClientRect().width <= 2 || style.clipPath !== 'none' || style.clip !== 'auto')
        continue;
      // Past the window's edge, where nobody can read it.
      if (element.getBoundingClientRect().right > window.innerWidth + 1) {
        clipped.push(`${element.textContent.trim().slice(0, 60)} (past the window)`);
        continue;
      }
      const hides = style.overflowX === 'hidden' || style.overflow === 'hidden' || style.overflowX === 'clip';
      if (hides && style.textOverflow !== 'ellipsis' && element.scrollWidth > element.clientWidth + 1)
        clipped.push(element.textContent.trim().slice(0, 60));
    }
    return clipped;
  });
}

/** Starts the app for a person who chose `language` before (their settings file says so). */
async function startIn(language: Language, dataDir: string) {
  await mkdir(dataDir, { recursive: true });
  await writeFile(join(dataDir, 'settings.json'), JSON.stringify({ language }));
}

for (const language of languages) {
  test(`in ${language}: the empty workspace and the sample speak the language, with no serious accessibility violation`, async ({
    page,
    dataDir,
    launchHost,
  }) => {
    await startIn(language, dataDir);
    const host = await launchHost();
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(host.url);
    await expect(page.locator('html')).toHaveAttribute('lang', language);
    const openSample = page.getByRole('button', {
      name: words(language, 'start.sample.teacher-education'),
      exact: true,
    });
    await expect(openSample).toBeVisible();
    await expect(page.getByRole('combobox', { name: words(language, 'app.language.label') })).toHaveValue(
      language,
    );
    expect(await seriousViolations(page)).toEqual([]);

    await openSample.click();
    await expect(page.getByRole('tab', { name: 'STEM Foundations' })).toBeVisible();
    for (const key of ['app.action.showInspector', 'app.action.showQuality', 'app.action.showReview'])
      await expect(page.getByRole('tab', { name: new RegExp(`^${words(language, key)}`) })).toBeVisible();
    await expect(page.getByRole('button', { name: words(language, 'app.action.undo') })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    expect(await clippedLabels(page)).toEqual([]);
  });
}

test('in Kazakh at 1280×800: the Kazakh sample’s board, inspector, quality panel and a dialog show Kazakh words, none clipped', async ({
  page,
  dataDir,
  launchHost,
}, testInfo) => {
  await startIn('kk', dataDir);
  const host = await launchHost();
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(host.url);
  await page
    .getByRole('button', { name: words('kk', 'start.sample.digital-competence-kk'), exact: true })
    .click();
  await expect(page.getByRole('tab', { name: 'Цифрлық құзыретті педагог' })).toBeVisible();
  const shot = async (name: string) => {
    const path = testInfo.outputPath(`${name}.png`);
    await page.screenshot({ path });
    await testInfo.attach(name, { path, contentType: 'image/png' });
  };

  await shot('kk-board');
  expect(await clippedLabels(page)).toEqual([]);

  await page
    .getByRole('button', { name: /АПУ-ЦҚ-101/ })
    .first()
    .click();
  await expect(page.getByLabel(words('kk', 'fields.module.title'), { exact: true })).toBeVisible();
  await shot('kk-inspector');
  expect(await clippedLabels(page)).toEqual([]);

  await page.getByRole('tab', { name: new RegExp(`^${words('kk', 'app.action.showQuality')}`) }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'kk');
  await shot('kk-quality');
  expect(await clippedLabels(page)).toEqual([]);
  expect(await seriousViolations(page)).toEqual([]);

  await page.getByRole('button', { name: words('kk', 'app.action.issuers') }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await shot('kk-issuers');
  expect(await clippedLabels(page)).toEqual([]);
  expect(await seriousViolations(page)).toEqual([]);
});
