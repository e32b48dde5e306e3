import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, openSample, test } from './fixtures';

test('the programme specification downloads from the board as a PDF of the pathway', async ({
  page,
  dataDir,
  launchHost,
}) => {
  const host = await launchHost();
  await page.goto(host.url);
  await openSample(page);
  await expect(page.getByRole('tab', { name: 'STEM Foundations' })).toHaveAttribute('aria-selected', 'true');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Specification (PDF)' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('STEM-Foundations-specification.pdf');
  const file = join(dataDir, 'spec.pdf');
  await download.saveAs(file);
  const { stdout: text } = await promisify(execFile)('pdftotext', ['-layout', file, '-']);
  expect(text).toContain('STEM Foundations Certificate');
  expect(text).toContain('Inquiry-Based Science Teaching');
  const { stdout: info } = await promisify(execFile)('pdfinfo', [file]);
  expect(info).toMatch(/Pages:\s+\d+/);
});
