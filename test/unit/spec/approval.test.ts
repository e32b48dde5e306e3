import { translator } from '@locales/translate';
import type { Pathway } from '@shared/schemas/pathway';
import type { Review } from '@shared/schemas/review';
import { approvalStatus as codedStatus } from '@shared/spec/approval';
import { describe, expect, it } from 'vitest';
import { sayWords } from '../../../electron/main/export/spec-words';
import { englishWorkspace } from '../../fixtures/spec/english';

const pathway = englishWorkspace.pathways[0] as Pathway;
const review = englishWorkspace.reviews[0] as Review;

/** The status with its label as an English reader gets it. */
function approvalStatus(...args: Parameters<typeof codedStatus>) {
  const status = codedStatus(...args);
  return { ...status, label: sayWords(status.label, translator('en')) };
}

describe('approval status', () => {
  it('is approved, with date and reviewer, when the latest approval is of this version', () => {
    expect(approvalStatus(pathway, review)).toEqual({
      state: 'approved',
      label: 'Approved on November 20, 2026 by Prof. Helen Price',
      date: '2026-11-20',
    });
  });

  it('does not present an edited version as approved', () => {
    const status = approvalStatus({ ...pathway, version: '1.3.0' }, review);
    expect(status.state).toBe('approved-earlier-version');
    expect(status.label).toBe(
      'Version 1.2.0 approved on November 20, 2026; version 1.3.0 is not yet approved',
    );
  });

  it('reports changes requested after an approval', () => {
    const later: Review = {
      ...review,
      decisions: [
        ...review.decisions,
        {
          ...review.decisions[1],
          id: 'd-4',
          date: '2026-11-22T09:00:00.000Z',
          designVersion: '1.2.0',
        } as Review['decisions'][number],
      ],
    };
    expect(approvalStatus(pathway, later)).toMatchObject({ state: 'changes-requested', date: '2026-11-22' });
  });

  it('does not take the status field alone for an approval', () => {
    expect(approvalStatus(pathway, undefined).label).toBe(
      'Marked approved, but no approval decision is recorded',
    );
  });

  it('carries its words as a message and the date as data', () => {
    expect(codedStatus(pathway, review).label).toEqual({
      key: 'spec.approval.approved',
      values: { date: { date: '2026-11-20', style: 'long' }, reviewer: 'Prof. Helen Price' },
    });
    const inUkrainian = sayWords(codedStatus(pathway, review).label, translator('uk'));
    expect(inUkrainian).toContain('20 листопада 2026');
  });

  it('is a draft without a review, and in review once submitted', () => {
    expect(approvalStatus({ ...pathway, status: 'in-review' }, undefined)).toEqual({
      state: 'draft',
      label: 'Draft: not yet approved',
      date: null,
    });
    const submitted: Review = { ...review, decisions: review.decisions.slice(0, 1), state: 'in-review' };
    expect(approvalStatus(pathway, submitted).label).toBe('In review since November 1, 2026');
  });
});
