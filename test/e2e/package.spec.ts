import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, fixSampleError, openSample, test } from './fixtures';

const PASSPHRASE = 'correct horse battery staple';

/** The sample with the one QA error of STEM Foundations fixed, and a signing key for its issuer. */
async function readySample(page: Page) {
  await openSample(page);
  await fixSampleError(page);
  await page.getByRole('button', { name: 'Issuers…' }).click();
  const issuers = page.getByRole('dialog', { name: 'Issuers' });
  await issuers.getByLabel('Key passphrase').fill(PASSPHRASE);
  await issuers.getByRole('button', { name: 'Generate key' }).click();
  await expect(issuers.getByTestId('public-key')).toHaveText(/^z6Mk/);
  await issuers.getByRole('button', { name: 'Close' }).click();
}

test('a programme package is exported from the browser host, checked file by file and imported again', async ({
  page,
  dataDir,
  launchHost,
}) => {
  test.setTimeout(120_000);
  const host = await launchHost();
  await page.goto(host.url);
  await readySample(page);

  await page.getByRole('button', { name: 'Export package…' }).click();
  const exportDialog = page.getByRole('dialog', { name: /Programme package/ });
  await exportDialog.getByLabel(/Key passphrase/).fill(PASSPHRASE);
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    exportDialog.getByRole('button', { name: 'Export package' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('STEM-Foundations-package.zip');
  const zip = join(dataDir, 'received.zip');
  await download.saveAs(zip);
  await expect(exportDialog.getByRole('status').filter({ hasText: 'Wrote' })).toContainText(
    'manifest included',
  );
  await exportDialog.getByRole('button', { name: 'Close' }).click();

  // The committee's side: the package verifies, file by file, and its pathway imports as a copy.
  await page.getByRole('button', { name: 'Open package…' }).click();
  const openDialog = page.getByRole('dialog', { name: 'Open a programme package' });
  await openDialog.getByLabel('Package file (.zip)').setInputFiles(zip);
  await openDialog.getByRole('button', { name: 'Check package' }).click();
  const report = openDialog.getByRole('region', { name: 'Package report' });
  await expect(report.getByRole('status')).toContainText('every file is intact', { timeout: 30_000 });
  await expect(report.getByRole('row', { name: /specification\.pdf\s+Intact/ })).toBeVisible();
  await expect(report.getByTestId('package-key')).toContainText(
    'a key this workspace holds for one of its issuers',
  );
  await openDialog.getByRole('button', { name: 'Import the pathway into this workspace' }).click();
  await expect(page.getByRole('tablist', { name: 'Pathways' }).getByRole('tab')).toHaveCount(2);
  await expect(page.getByTestId('save-status')).toHaveText(/^Saved/);

  // A changed byte is reported against the file it is in, and nothing is imported.
  const bytes = await readFile(zip);
  const tampered = join(dataDir, 'tampered.zip');
  const at = bytes.indexOf(Buffer.from('specification.pdf')) + 40;
  bytes[at] = (bytes[at] ?? 0) ^ 0xff;
  await writeFile(tampered, bytes);
  await page.getByRole('button', { name: 'Open package…' }).click();
  // A power user types the path instead.
  await openDialog.getByText('Enter a path instead').click();
  await openDialog.getByLabel('Package file path').fill(tampered);
  await openDialog.getByRole('button', { name: 'Check package' }).click();
  await expect(report.getByRole('status')).toHaveText(
    'The manifest’s signature is valid, but the package was changed.',
    {
      timeout: 30_000,
    },
  );
  await expect(report.getByRole('row', { name: /specification\.pdf\s+Changed/ })).toBeVisible();
  await expect(report.getByRole('row', { name: /qa-report\.json\s+Intact/ })).toBeVisible();
  await expect(
    openDialog.getByRole('button', { name: 'Import the pathway into this workspace' }),
  ).toHaveCount(0);
});
