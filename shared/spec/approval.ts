import type { Pathway } from '../schemas/pathway';
import type { Review } from '../schemas/review';
import type { ApprovalStatus } from './model';
import { dateOf, say } from './words';

const dayOf = (isoDateTime: string): string => isoDateTime.slice(0, 10);

/**
 * Where the pathway stands in review. An approval counts only for the version it was given to: an edited
 * design must not be presented to a committee as approved.
 */
export function approvalStatus(pathway: Pathway, review: Review | undefined): ApprovalStatus {
  const decisions = [...(review?.decisions ?? [])].sort((a, b) => a.date.localeCompare(b.date));
  const latest = decisions.at(-1);
  const approvals = decisions.filter((d) => d.decision === 'approved');
  const approvalOfThisVersion = approvals.filter((d) => d.designVersion === pathway.version).at(-1);
  if (pathway.status === 'retired') {
    return { state: 'retired', label: say('spec.approval.retired'), date: null };
  }
  if (approvalOfThisVersion && latest?.decision !== 'changes-requested') {
    const date = dayOf(approvalOfThisVersion.date);
    return {
      state: 'approved',
      label: say('spec.approval.approved', { date: dateOf(date), reviewer: approvalOfThisVersion.reviewer }),
      date,
    };
  }
  if (latest?.decision === 'changes-requested') {
    const date = dayOf(latest.date);
    return {
      state: 'changes-requested',
      label: say('spec.approval.changesRequested', { date: dateOf(date) }),
      date,
    };
  }
  const earlier = approvals.at(-1);
  if (earlier) {
    const date = dayOf(earlier.date);
    return {
      state: 'approved-earlier-version',
      label: say('spec.approval.earlierVersion', {
        approvedVersion: earlier.designVersion,
        date: dateOf(date),
        version: pathway.version,
      }),
      date,
    };
  }
  if (latest?.decision === 'submitted' || review?.state === 'in-review') {
    const date = latest ? dayOf(latest.date) : null;
    return {
      state: 'in-review',
      label: date
        ? say('spec.approval.inReviewSince', { date: dateOf(date) })
        : say('spec.approval.inReview'),
      date,
    };
  }
  if (pathway.status === 'approved') {
    // The status field alone is not an approval: a committee needs the recorded decision.
    return { state: 'draft', label: say('spec.approval.markedApproved'), date: null };
  }
  return { state: 'draft', label: say('spec.approval.draft'), date: null };
}
