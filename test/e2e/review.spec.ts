import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { canonicalJson } from '@shared/domain/review';
import { expect, openSample, test } from './fixtures';

interface SavedDecision {
  decision: string;
  reviewer: string;
  role: string;
  designVersion: string;
  contentHash: string;
  profileVersions: Record<string, string>;
  frozenDesign?: { pathway: { id: string; version: string }; modules: { code: string; title: string }[] };
}
interface SavedWorkspace {
  pathways: { id: string; version: string; status: string }[];
  modules: { code: string; title: string }[];
  reviews: {
    pathwayId: string;
    state: string;
    decisions: SavedDecision[];
    comments: { field: string; text: string; resolvedAt?: string; resolvedBy?: string }[];
  }[];
}

async function savedWorkspace(page: Page, dataDir: string): Promise<SavedWorkspace> {
  await expect(page.getByTestId('save-status')).toHaveText(/^Saved/);
  return JSON.parse(await readFile(join(dataDir, 'samples', 'teacher-education.json'), 'utf8'));
}

async function expectVersion(page: Page, version: string, state: string) {
  const panel = page.getByRole('region', { name: 'Review' });
  await expect(panel.getByTestId('review-current')).toContainText(`Version ${version}`);
  await expect(panel.getByTestId('review-state')).toHaveText(state);
}

async function actAs(page: Page, name: string, role: string) {
  const panel = page.getByRole('region', { name: 'Review' });
  await panel.getByLabel('Your name').fill(name);
  await panel.getByLabel('Your role').fill(role);
}

test('a review: submit, comment, request changes, resolve, approve; an edit then starts a new draft version', async ({
  page,
  dataDir,
  launchHost,
}) => {
  const host = await launchHost();
  await page.goto(host.url);
  await openSample(page);
  await expect(page.getByRole('tab', { name: 'STEM Foundations' })).toHaveAttribute('aria-selected', 'true');

  const panel = page.getByRole('region', { name: 'Review' });
  const reviewTab = page.getByRole('tab', { name: /^Review/ });
  const status = panel.getByRole('status');
  await reviewTab.click();
  await expectVersion(page, '1.0.0', 'Draft');

  // The designer submits; a name is needed first, and the refusal says so at the field.
  await panel.getByRole('button', { name: 'Submit for review' }).click();
  await expect(panel.getByRole('alert')).toHaveText('Your name is required to submit for review');
  await expect(panel.getByLabel('Your name')).toBeFocused();
  await actAs(page, 'Olena Kovalenko', 'Instructional designer');
  await panel.getByRole('button', { name: 'Submit for review' }).click();
  await expect(status).toHaveText('Version 1.0.0 submitted for review');
  await expectVersion(page, '1.0.0', 'In review');

  // The reviewer: approval is closed while RUTE-STEM-102 has an error finding.
  await actAs(page, 'Dr Ruth Adeyemi', 'QA officer');
  const approve = panel.getByRole('button', { name: 'Approve' });
  await expect(approve).toBeDisabled();
  await expect(approve).toHaveAccessibleDescription('1 QA error must be fixed before approval');

  await panel
    .getByLabel('Module', { exact: true })
    .selectOption({ label: 'RUTE-STEM-102 – Teaching Computational Thinking and Coding' });
  await panel.getByLabel('Field', { exact: true }).selectOption({ label: 'Recognition of prior learning' });
  await panel
    .getByLabel('Comment', { exact: true })
    .fill('Say how prior computing qualifications are recognised.');
  await panel.getByRole('button', { name: 'Add comment' }).click();
  const open = panel.getByRole('list', { name: 'Open comments' });
  await expect(open.getByRole('listitem')).toHaveCount(1);
  await expect(open).toContainText('RUTE-STEM-102 · Recognition of prior learning');
  await expect(open).toContainText('Say how prior computing qualifications are recognised.');
  await panel.getByRole('button', { name: 'Request changes' }).click();
  await expectVersion(page, '1.0.0', 'Changes requested');

  // The designer follows the comment to its field, fixes it, resolves the comment and submits again.
  await open
    .getByRole('button', { name: 'RUTE-STEM-102 · Recognition of prior learning', exact: true })
    .click();
  const rpl = page.getByLabel('Recognition of prior learning', { exact: true });
  await expect(rpl).toBeFocused();
  await rpl.fill(
    'Teachers with a computing qualification may submit a portfolio for recognition; the module lead decides.',
  );
  // Leaving the field applies the edit (forms write through the editing session).
  await page.keyboard.press('Tab');
  await reviewTab.click();
  await actAs(page, 'Olena Kovalenko', 'Instructional designer');
  await open
    .getByRole('button', { name: 'Resolve comment on RUTE-STEM-102 · Recognition of prior learning' })
    .click();
  await expect(panel.getByRole('list', { name: 'Open comments' })).toHaveCount(0);
  await panel.getByText('Resolved comments (1)').click();
  await expect(
    panel.getByRole('list', { name: 'Resolved comments' }).locator('s', { hasText: 'prior computing' }),
  ).toBeVisible();
  await panel.getByRole('button', { name: 'Submit for review' }).click();
  await expectVersion(page, '1.0.0', 'In review');

  // The reviewer approves now that no error remains.
  await actAs(page, 'Dr Ruth Adeyemi', 'QA officer');
  await expect(approve).toBeEnabled();
  await approve.click();
  await expect(status).toHaveText(/^Version 1\.0\.0 approved and frozen \(hash [0-9a-f]{8}…\)$/);
  await expectVersion(page, '1.0.0', 'Approved');

  const saved = await savedWorkspace(page, dataDir);
  const review = saved.reviews.find((r) => r.pathwayId === 'path-stem-foundations');
  expect(review?.state).toBe('approved');
  expect(review?.decisions.map((d) => d.decision)).toEqual([
    'submitted',
    'changes-requested',
    'submitted',
    'approved',
  ]);
  expect(review?.comments[0]).toMatchObject({
    field: 'admission.recognitionOfPriorLearning',
    resolvedBy: 'Olena Kovalenko',
  });
  const approval = review?.decisions[3];
  expect(approval).toMatchObject({ reviewer: 'Dr Ruth Adeyemi', role: 'QA officer', designVersion: '1.0.0' });
  expect(approval?.contentHash).toMatch(/^[0-9a-f]{64}$/);
  expect(Object.keys(approval?.profileVersions ?? {})).toEqual(
    expect.arrayContaining(['uk-qaa-2022', 'eu-council-2022']),
  );
  // The hash is the SHA-256 of the frozen snapshot's canonical JSON, so anyone can check it from the file.
  expect(createHash('sha256').update(canonicalJson(approval?.frozenDesign)).digest('hex')).toBe(
    approval?.contentHash,
  );
  expect(saved.pathways.find((p) => p.id === 'path-stem-foundations')?.status).toBe('approved');
  const history = panel.getByRole('region', { name: 'History' });
  await expect(history.getByRole('listitem').first()).toContainText(
    `Version 1.0.0 approved by Dr Ruth Adeyemi (QA officer) — frozen (hash ${approval?.contentHash.slice(0, 8)}…)`,
  );
  await expect(history.getByTitle(approval?.contentHash ?? '')).toBeVisible();

  // An edit to a module of the approved design starts version 1.1.0 as a draft; 1.0.0 stays frozen.
  await page
    .getByTestId('tile-RUTE-STEM-101')
    .getByRole('button', { name: /^RUTE-STEM-101/ })
    .click();
  await page.getByRole('tab', { name: 'Inspector' }).click();
  await page.getByLabel('Title', { exact: true }).fill('Inquiry-Based Science Teaching in Practice');
  // Leaving the field applies the edit (forms write through the editing session).
  await page.keyboard.press('Tab');
  await reviewTab.click();
  await expectVersion(page, '1.1.0', 'Draft');
  await expect(panel).toContainText('Version 1.0.0 stays approved and frozen');
  await expect(history.getByRole('listitem').first()).toContainText(
    'Version 1.0.0 approved by Dr Ruth Adeyemi',
  );
  await expect(panel.getByRole('button', { name: 'Submit for review' })).toBeVisible();

  const revised = await savedWorkspace(page, dataDir);
  expect(revised.pathways.find((p) => p.id === 'path-stem-foundations')).toMatchObject({
    version: '1.1.0',
    status: 'draft',
  });
  const kept = revised.reviews.find((r) => r.pathwayId === 'path-stem-foundations');
  expect(kept?.state).toBe('draft');
  expect(kept?.decisions[3]).toEqual(approval);
  expect(kept?.decisions[3]?.frozenDesign?.modules.find((m) => m.code === 'RUTE-STEM-101')?.title).toBe(
    'Inquiry-Based Science Teaching',
  );
  expect(revised.modules.find((m) => m.code === 'RUTE-STEM-101')?.title).toBe(
    'Inquiry-Based Science Teaching in Practice',
  );
});

test('approval is refused while a pathway has error findings, and the reason is given', async ({
  page,
  launchHost,
}) => {
  const host = await launchHost();
  await page.goto(host.url);
  await openSample(page);
  await page.getByRole('tab', { name: 'Data-Informed Educator' }).click();
  await page.getByRole('tab', { name: /Quality/ }).click();
  const summary = await page.getByTestId('qa-summary').textContent();
  const errors = Number(/^(\d+) errors?/.exec(summary ?? '')?.[1]);
  expect(errors).toBeGreaterThan(0);

  await page.getByRole('tab', { name: /^Review/ }).click();
  const panel = page.getByRole('region', { name: 'Review' });
  await expect(panel.getByRole('heading', { name: 'Data-Informed Educator' })).toBeVisible();
  await actAs(page, 'Dr Ruth Adeyemi', 'QA officer');
  await panel.getByRole('button', { name: 'Submit for review' }).click();
  const approve = panel.getByRole('button', { name: 'Approve' });
  await expect(approve).toBeDisabled();
  await expect(approve).toHaveAccessibleDescription(
    `${errors} QA ${errors === 1 ? 'error' : 'errors'} must be fixed before approval`,
  );

  // The identity is remembered for the next review on this machine.
  await page.reload();
  await page.getByRole('tab', { name: /^Review/ }).click();
  await expect(panel.getByLabel('Your name')).toHaveValue('Dr Ruth Adeyemi');
  await expect(panel.getByLabel('Your role')).toHaveValue('QA officer');
});
