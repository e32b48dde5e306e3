import { valueLabel } from '@locales/values';
import {
  addComment,
  approveDesign,
  requestChanges,
  resolveComment,
  submitForReview,
} from '@shared/commands/reviews';
import { modulesInPathway } from '@shared/domain/pathway-ops';
import { allowedActions, designContent, nextMinorVersion, reviewOf, sha256Hex } from '@shared/domain/review';
import { countBySeverity } from '@shared/qa/engine';
import type { Module } from '@shared/schemas/module';
import type { Pathway } from '@shared/schemas/pathway';
import type { ReviewComment } from '@shared/schemas/review';
import type { Workspace } from '@shared/schemas/workspace';
import { useMemo, useState } from 'react';
import { describeDomainError } from '../../app/error-messages';
import { useT } from '../../app/i18n';
import { type StepLabel, step } from '../../editor/store';
import { useEditorStore } from '../../editor/use-editor';
import { TextField } from '../../ui/fields';
import { availableProfiles, type QaRun } from '../qa-panel/use-qa-report';
import { ReviewComments } from './ReviewComments';
import { ReviewHistory } from './ReviewHistory';
import { useReviewerIdentity } from './reviewer-identity';

interface ReviewPanelProps {
  workspace: Workspace;
  pathway: Pathway;
  /** The live QA run of this pathway: approval is closed while it reports errors. */
  qa: QaRun;
  onShowComment: (comment: ReviewComment) => void;
}

type Refusal = { field?: string | undefined; message: string };

/** Where the design stands in review, the decisions open to it, its comments and its history. */
export function ReviewPanel({ workspace, pathway, qa, onShowComment }: ReviewPanelProps) {
  const tr = useT();
  const store = useEditorStore();
  const { identity, setIdentity, remember } = useReviewerIdentity();
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [status, setStatus] = useState('');
  const [approving, setApproving] = useState(false);

  const review = reviewOf(workspace, pathway.id);
  const actions = allowedActions(review.state);
  const modules = useMemo(() => {
    const byId = new Map(workspace.modules.map((m) => [m.id, m]));
    return modulesInPathway(pathway)
      .map((id) => byId.get(id))
      .filter((m): m is Module => m !== undefined);
  }, [workspace.modules, pathway]);
  const errorCount = qa.ok ? countBySeverity(qa.report.findings).error : 0;
  const approvalBlocked = !qa.ok
    ? tr.t('review.approval.qaFailed', { reason: qa.message })
    : errorCount > 0
      ? describeDomainError({ code: 'review.errors-remain', params: { count: errorCount } }, tr)
      : null;
  const lastApproval = review.decisions.filter((d) => d.decision === 'approved').at(-1);
  const profileTitle = (id: string) => availableProfiles(workspace).find((p) => p.id === id)?.title ?? id;
  const actor = () => ({
    id: crypto.randomUUID(),
    name: identity.name,
    role: identity.role,
    now: new Date().toISOString(),
  });

  /** Runs one review step as an undoable edit; a refusal is shown beside the input it concerns. */
  const attempt = (label: StepLabel, command: (ws: Workspace) => Workspace, done: string): Refusal | null => {
    const result = store.dispatch(label, command);
    if (!result.ok) {
      const { field } = result.error;
      const refused = { field, message: describeDomainError(result.error, tr) };
      setStatus('');
      setRefusal(refused);
      if (field === 'name' || field === 'role') {
        document.querySelector<HTMLElement>(`.review-panel [data-field="reviewer.${field}"]`)?.focus();
      }
      return refused;
    }
    setRefusal(null);
    setStatus(done);
    remember();
    return null;
  };

  const approve = async () => {
    setApproving(true);
    const canonical = designContent(store.getState().workspace, pathway.id);
    const hash = await sha256Hex(canonical);
    setApproving(false);
    attempt(
      step('history.review.approve', { title: pathway.title }),
      (ws) =>
        approveDesign(ws, pathway.id, {
          ...actor(),
          errorCount,
          profileVersions: qa.ok ? Object.fromEntries(qa.profiles.map((p) => [p.id, p.version])) : {},
          content: { canonical, hash },
        }),
      tr.t('review.done.approved', { version: pathway.version, hash: hash.slice(0, 8) }),
    );
  };

  const identityError = (field: 'name' | 'role') => (refusal?.field === field ? refusal.message : undefined);

  return (
    <section className="review-panel" aria-label={tr.t('review.panel.label')}>
      <header className="review-head">
        <p className="eyebrow">{tr.t('review.panel.eyebrow')}</p>
        <h2>{pathway.title}</h2>
        <p className="review-current" data-testid="review-current">
          {tr.t('review.version', { version: pathway.version })}
          <span className={`review-state review-state--${review.state}`} data-testid="review-state">
            {valueLabel(tr, 'reviewState', review.state)}
          </span>
        </p>
        {lastApproval && lastApproval.designVersion !== pathway.version && (
          <p className="field__hint">
            {tr.t('review.stillApproved', { approved: lastApproval.designVersion, current: pathway.version })}
          </p>
        )}
      </header>

      <section className="review-section" aria-labelledby="review-decision-title">
        <h3 id="review-decision-title">{tr.t('review.decision.title')}</h3>
        <fieldset className="review-identity">
          <legend>{tr.t('review.identity.legend')}</legend>
          <div className="grid grid--2">
            <TextField
              label={tr.t('review.identity.name')}
              value={identity.name}
              onChange={(name) => setIdentity({ ...identity, name })}
              error={identityError('name')}
              field="reviewer.name"
            />
            <TextField
              label={tr.t('review.identity.role')}
              value={identity.role}
              onChange={(role) => setIdentity({ ...identity, role })}
              placeholder={tr.t('review.identity.rolePlaceholder')}
              error={identityError('role')}
              field="reviewer.role"
            />
          </div>
        </fieldset>
        {actions.length > 0 && (
          <div className="review-actions">
            {actions.includes('submit') && (
              <button
                type="button"
                className="button button--primary"
                onClick={() =>
                  attempt(
                    step('history.review.submit', { title: pathway.title }),
                    (ws) => submitForReview(ws, pathway.id, actor()),
                    tr.t('review.done.submitted', { version: pathway.version }),
                  )
                }
              >
                {tr.t('review.action.submit')}
              </button>
            )}
            {actions.includes('request-changes') && (
              <button
                type="button"
                className="button"
                onClick={() =>
                  attempt(
                    step('history.review.requestChanges', { title: pathway.title }),
                    (ws) => requestChanges(ws, pathway.id, actor()),
                    tr.t('review.done.changesRequested'),
                  )
                }
              >
                {tr.t('review.action.requestChanges')}
              </button>
            )}
            {actions.includes('approve') && (
              <button
                type="button"
                className="button button--primary"
                disabled={approvalBlocked !== null || approving}
                aria-describedby={approvalBlocked !== null ? 'review-approval-blocked' : undefined}
                onClick={() => void approve()}
              >
                {tr.t('review.action.approve')}
              </button>
            )}
          </div>
        )}
        {actions.includes('approve') && approvalBlocked !== null && (
          <p id="review-approval-blocked" className="review-blocked">
            {approvalBlocked}
          </p>
        )}
        {review.state === 'approved' && (
          <p className="field__hint">
            {tr.t('review.approvedFrozen', {
              version: pathway.version,
              next: nextMinorVersion(pathway.version),
            })}
          </p>
        )}
        {refusal && refusal.field !== 'name' && refusal.field !== 'role' && (
          <div className="callout callout--error" role="alert">
            <p>{refusal.message}</p>
          </div>
        )}
        <p className="review-status" role="status">
          {status}
        </p>
      </section>

      <ReviewComments
        comments={review.comments}
        modules={modules}
        onShow={onShowComment}
        onAdd={(comment) => {
          const refused = attempt(
            step('history.review.comment'),
            (ws) => addComment(ws, pathway.id, { ...actor(), ...comment }),
            tr.t('review.done.commentAdded'),
          );
          if (refused === null) return { added: true };
          if (refused.field === 'name') return { added: false };
          // A refusal about the comment itself is shown under it, not among the decisions.
          setRefusal(null);
          return { added: false, message: refused.message };
        }}
        onResolve={(comment) =>
          attempt(
            step('history.review.resolve'),
            (ws) => resolveComment(ws, pathway.id, comment.id, actor()),
            tr.t('review.done.commentResolved'),
          )
        }
      />

      <ReviewHistory decisions={review.decisions} profileTitle={profileTitle} />
    </section>
  );
}
