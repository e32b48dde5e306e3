import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, fixSampleError, openSample, test } from './fixtures';

test('an issuer key is generated in the app, badge definitions are signed, verified, and tampering is caught', async ({
  page,
  dataDir,
  launchHost,
}) => {
  test.setTimeout(120_000);
  const host = await launchHost();
  await page.goto(host.url);
  await openSample(page);
  await expect(page.getByRole('tab', { name: 'STEM Foundations' })).toBeVisible();

  await page.getByRole('button', { name: 'Issuers…' }).click();
  const issuers = page.getByRole('dialog', { name: 'Issuers' });
  await expect(issuers.getByLabel('Issuer name', { exact: true })).toHaveValue(
    'Riverside University of Teacher Education',
  );
  await expect(issuers.getByText('This issuer has no signing key yet.')).toBeVisible();
  await issuers.getByLabel('Key passphrase').fill('correct horse battery staple');
  await issuers.getByRole('button', { name: 'Generate key' }).click();
  const publicKey = await issuers.getByTestId('public-key').textContent();
  expect(publicKey).toMatch(/^z6Mk/);
  const keyFiles = await readdir(join(dataDir, 'keys'));
  expect(keyFiles).toHaveLength(1);
  const keyFile = await readFile(join(dataDir, 'keys', keyFiles[0] as string), 'utf8');
  expect(keyFile).not.toContain('PRIVATE KEY');
  expect(keyFile).not.toMatch(/"d"\s*:/);
  await issuers.getByRole('button', { name: 'Close' }).click();

  // The same QA engine gates signing: the sample's STEM pathway has one error left for QA to catch.
  await page.getByRole('button', { name: 'Export badges…' }).click();
  let exportDialog = page.getByRole('dialog', { name: /Badge definitions/ });
  const outDir = join(dataDir, 'stem-badges');
  await exportDialog.getByText('Enter a folder path instead').click();
  await exportDialog.getByLabel('Folder to create').fill(outDir);
  await exportDialog.getByLabel(/Key passphrase/).fill('correct horse battery staple');
  // Known before the click: the dialog names what stops it and does not offer to sign.
  await expect(exportDialog.getByTestId('export-blockers')).toContainText('One QA error remains');
  await expect(exportDialog.getByRole('button', { name: 'Sign and export' })).toBeDisabled();
  await expect(page.getByText(outDir)).toHaveCount(0);
  await exportDialog.getByRole('button', { name: 'Close' }).click();

  await fixSampleError(page);

  await page.getByRole('button', { name: 'Export badges…' }).click();
  exportDialog = page.getByRole('dialog', { name: /Badge definitions/ });
  await exportDialog.getByText('Enter a folder path instead').click();
  await exportDialog.getByLabel('Folder to create').fill(outDir);
  await exportDialog.getByLabel(/Key passphrase/).fill('correct horse battery staple');
  await exportDialog.getByLabel(/VC-JWT/).check();
  await exportDialog.getByRole('button', { name: 'Sign and export' }).click();
  await expect(exportDialog.getByRole('status').filter({ hasText: /All \d+ files verified\./ })).toBeVisible({
    timeout: 60_000,
  });
  const files = await readdir(outDir);
  const endorsements = files.filter((f) => f.endsWith('.endorsement.json'));
  expect(endorsements.length).toBeGreaterThanOrEqual(4);
  expect(files.filter((f) => f.endsWith('.endorsement.jwt'))).toHaveLength(endorsements.length);
  // The browser cannot open that folder: the same files come as one zip download.
  const [zip] = await Promise.all([
    page.waitForEvent('download'),
    exportDialog.getByRole('button', { name: 'Download the signed files (.zip)' }).click(),
  ]);
  expect(zip.suggestedFilename()).toBe('stem-badges.zip');
  await exportDialog.getByRole('button', { name: 'Close' }).click();

  const achievement = files.find((f) => f.endsWith('.achievement.json')) as string;
  const text = await readFile(join(outDir, achievement), 'utf8');
  await writeFile(join(outDir, achievement), text.replace('"name": "', '"name": "Tampered '));
  await page.getByRole('button', { name: 'Verify…' }).click();
  const verify = page.getByRole('dialog', { name: 'Verify badge files' });
  // No path to type: the files of the export are chosen in the browser and uploaded.
  await verify.getByLabel('Badge files').setInputFiles(files.map((f) => join(outDir, f)));
  await verify.getByRole('button', { name: 'Verify' }).click();
  await expect(verify.getByRole('status')).toContainText(/files failed verification/);
  await expect(verify.locator('.verdict--failed').first()).toBeVisible();
});

test('an issuer gets an embedded logo, kept in the workspace file', async ({ page, dataDir, launchHost }) => {
  const { writeFile: write } = await import('node:fs/promises');
  const logo = join(dataDir, 'logo.svg');
  await write(
    logo,
    '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>',
  );
  const host = await launchHost();
  await page.goto(host.url);
  await openSample(page);
  await page.getByRole('button', { name: 'Issuers…' }).click();
  const issuers = page.getByRole('dialog', { name: 'Issuers' });
  await issuers.getByLabel('Embed a logo file…').setInputFiles(logo);
  await expect(issuers.getByRole('img', { name: "The issuer's logo" })).toBeVisible();
  await expect(page.getByTestId('save-status')).toHaveText(/^Saved/);
  const saved = JSON.parse(await readFile(join(dataDir, 'samples', 'teacher-education.json'), 'utf8'));
  expect(saved.issuers[0].image).toMatch(/^data:image\/svg\+xml;base64,/);
});
