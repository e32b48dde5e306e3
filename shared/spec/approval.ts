import type { Pathway } from '../schemas/pathway';
import type { Review } from '../schemas/review';
import type { ApprovalStatus } from './model';

export const dateOf = (isoDateTime: string): string => isoDateTime.slice(0, 10);

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
    return { state: 'retired', label: 'Retired: no longer offered', date: null };
  }
  if (approvalOfThisVersion && latest?.decision !== 'changes-requested') {
    const date = dateOf(approvalOfThisVersion.date);
    return {
      state: 'approved',
      label: `Approved on ${date} by ${approvalOfThisVersion.reviewer}`,
      date,
    };
  }
  if (latest?.decision === 'changes-requested') {
    const date = dateOf(latest.date);
    return { state: 'changes-requested', label: `Changes requested on ${date}`, date };
  }
  const earlier = approvals.at(-1);
  if (earlier) {
    const date = dateOf(earlier.date);
    return {
      state: 'approved-earlier-version',
      label: `Version ${earlier.designVersion} approved on ${date}; version ${pathway.version} is not yet approved`,
      date,
    };
  }
  if (latest?.decision === 'submitted' || review?.state === 'in-review') {
    const date = latest ? dateOf(latest.date) : null;
    return { state: 'in-review', label: date ? `In review since ${date}` : 'In review', date };
  }
  if (pathway.status === 'approved') {
    // The status field alone is not an approval: a committee needs the recorded decision.
    return { state: 'draft', label: 'Marked approved, but no approval decision is recorded', date: null };
  }
  return { state: 'draft', label: 'Draft: not yet approved', date: null };
}
