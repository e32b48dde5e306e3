import { DomainError, parseField } from '../domain/errors';
import { modulesInPathway } from '../domain/pathway-ops';
import {
  designContent,
  frozenDesignOf,
  type ReviewAction,
  type ReviewState,
  refusalOf,
  reviewableFields,
  reviewOf,
} from '../domain/review';
import { Id, IsoDateTime } from '../schemas/fields';
import type { Pathway } from '../schemas/pathway';
import {
  type Review,
  type ReviewComment,
  ReviewComment as ReviewCommentSchema,
  type ReviewDecision,
  ReviewDecision as ReviewDecisionSchema,
} from '../schemas/review';
import type { Workspace } from '../schemas/workspace';

/** Who takes a review step, and when. */
export interface Actor {
  /** The decision's or comment's id. */
  id: string;
  name: string;
  role?: string;
  now: string;
}

export interface Approval extends Actor {
  /** Error findings of the QA run the reviewer is looking at; approval needs none. */
  errorCount: number;
  /** Profile id → version of the QA profiles that run used. */
  profileVersions: Record<string, string>;
  /** The canonical content the caller hashed (`designContent`) and its SHA-256 in hex. */
  content: { canonical: string; hash: string };
}

export interface NewComment extends Actor {
  moduleId: string;
  field?: string;
  text: string;
}

function pathwayOf(workspace: Workspace, pathwayId: string): Pathway {
  const pathway = workspace.pathways.find((p) => p.id === pathwayId);
  if (!pathway) {
    throw new DomainError('review.pathway-not-found', { field: 'pathwayId', params: { id: pathwayId } });
  }
  return pathway;
}

/** What the actor is doing, for the refusal that asks for their name. */
type Step = 'submit' | 'decide' | 'approve' | 'comment';

/** The actor's name, trimmed; refuses a missing one, and the id and time a step records when malformed. */
function requireName(actor: Actor, step: Step): string {
  const name = actor.name.trim();
  if (name === '') throw new DomainError('review.name-required', { field: 'name', params: { step } });
  parseField(Id, actor.id, { field: 'id', label: 'id' });
  parseField(IsoDateTime, actor.now, { field: 'now' });
  const label = step === 'comment' ? 'review.author' : 'review.reviewer';
  return parseField(ReviewDecisionSchema.shape.reviewer, name, { field: 'name', label });
}

function withReview(workspace: Workspace, review: Review): Workspace {
  const exists = workspace.reviews.some((r) => r.pathwayId === review.pathwayId);
  return {
    ...workspace,
    reviews: exists
      ? workspace.reviews.map((r) => (r.pathwayId === review.pathwayId ? review : r))
      : [...workspace.reviews, review],
  };
}

/** A decision moves the review; the pathway's status field follows, so lists and exports agree with it. */
function withDecision(workspace: Workspace, review: Review): Workspace {
  const next = withReview(workspace, review);
  return {
    ...next,
    pathways: next.pathways.map((p) => (p.id === review.pathwayId ? { ...p, status: review.state } : p)),
  };
}

function decide(
  workspace: Workspace,
  pathwayId: string,
  action: ReviewAction,
  actor: Actor,
  extra: Partial<ReviewDecision> = {},
): Workspace {
  const pathway = pathwayOf(workspace, pathwayId);
  const review = reviewOf(workspace, pathwayId);
  const refusal = refusalOf(action, review.state, pathway);
  if (refusal !== null) throw refusal;
  const name = requireName(
    actor,
    action === 'submit' ? 'submit' : action === 'approve' ? 'approve' : 'decide',
  );
  const role = parseField(ReviewDecisionSchema.shape.role, actor.role?.trim() ?? '', {
    field: 'role',
    label: 'review.role',
  });
  const next: Record<ReviewAction, { decision: ReviewDecision['decision']; state: ReviewState }> = {
    submit: { decision: 'submitted', state: 'in-review' },
    'request-changes': { decision: 'changes-requested', state: 'changes-requested' },
    approve: { decision: 'approved', state: 'approved' },
  };
  const decision: ReviewDecision = {
    id: actor.id,
    decision: next[action].decision,
    reviewer: name,
    role,
    date: actor.now,
    designVersion: pathway.version,
    contentHash: '',
    profileVersions: {},
    ...extra,
  };
  return withDecision(workspace, {
    ...review,
    state: next[action].state,
    decisions: [...review.decisions, decision],
  });
}

/** Draft or changes requested → in review. */
export function submitForReview(workspace: Workspace, pathwayId: string, actor: Actor): Workspace {
  return decide(workspace, pathwayId, 'submit', actor);
}

/** In review → changes requested. */
export function requestChanges(workspace: Workspace, pathwayId: string, actor: Actor): Workspace {
  return decide(workspace, pathwayId, 'request-changes', actor);
}

/**
 * In review → approved, only with no QA errors. The decision keeps the design it approved (the frozen
 * snapshot) and its hash. The hash is computed by the caller (Web Crypto is asynchronous), so the command
 * checks that the content hashed is still the content of the design.
 */
export function approveDesign(workspace: Workspace, pathwayId: string, approval: Approval): Workspace {
  const pathway = pathwayOf(workspace, pathwayId);
  const refusal = refusalOf('approve', reviewOf(workspace, pathwayId).state, pathway);
  if (refusal !== null) throw refusal;
  // `!(n <= 0)` also refuses NaN: an unknown count of errors is not zero errors.
  if (!(approval.errorCount <= 0)) {
    throw new DomainError('review.errors-remain', {
      field: 'errorCount',
      params: { pathway: pathway.title, count: approval.errorCount },
    });
  }
  requireName(approval, 'approve');
  if ((approval.role ?? '').trim() === '') throw new DomainError('review.role-required', { field: 'role' });
  if (!/^[0-9a-f]{64}$/.test(approval.content.hash)) {
    throw new DomainError('review.invalid-hash', { field: 'contentHash' });
  }
  if (approval.content.canonical !== designContent(workspace, pathwayId)) {
    throw new DomainError('review.content-changed', {
      field: 'contentHash',
      params: { pathway: pathway.title },
    });
  }
  for (const [profileId, version] of Object.entries(approval.profileVersions)) {
    parseField(ReviewDecisionSchema.shape.designVersion, version, {
      field: `profileVersions.${profileId}`,
      label: 'qa-profile.version',
    });
  }
  return decide(workspace, pathwayId, 'approve', approval, {
    contentHash: approval.content.hash,
    profileVersions: approval.profileVersions,
    frozenDesign: frozenDesignOf(workspace, pathwayId),
  });
}

/** A reviewer's comment pinned to one of the pathway's modules and, optionally, one of its fields. */
export function addComment(workspace: Workspace, pathwayId: string, comment: NewComment): Workspace {
  const pathway = pathwayOf(workspace, pathwayId);
  const author = requireName(comment, 'comment');
  if (!modulesInPathway(pathway).includes(comment.moduleId)) {
    throw new DomainError('review.module-not-in-pathway', {
      field: 'moduleId',
      params: { id: comment.moduleId, pathway: pathway.title },
    });
  }
  const field = comment.field?.trim() ?? '';
  if (field !== '' && !reviewableFields.some((f) => f.path === field)) {
    throw new DomainError('review.unknown-field', { field: 'field', params: { path: field } });
  }
  const text = comment.text.trim();
  if (text === '') throw new DomainError('review.comment-required', { field: 'text' });
  parseField(ReviewCommentSchema.shape.text, text, { field: 'text', label: 'review.comment' });
  const review = reviewOf(workspace, pathwayId);
  const added: ReviewComment = {
    id: comment.id,
    author,
    moduleId: comment.moduleId,
    field,
    text,
    createdAt: comment.now,
    designVersion: pathway.version,
  };
  return withReview(workspace, { ...review, comments: [...review.comments, added] });
}

/** The designer marks a comment dealt with; resolving it again changes nothing. */
export function resolveComment(
  workspace: Workspace,
  pathwayId: string,
  commentId: string,
  by: { name: string; now: string },
): Workspace {
  pathwayOf(workspace, pathwayId);
  const review = reviewOf(workspace, pathwayId);
  const comment = review.comments.find((c) => c.id === commentId);
  if (!comment) {
    throw new DomainError('review.comment-not-found', { field: 'commentId', params: { id: commentId } });
  }
  if (comment.resolvedAt !== undefined) return workspace;
  const resolvedBy = by.name.trim();
  const resolved: ReviewComment = {
    ...comment,
    resolvedAt: parseField(IsoDateTime, by.now, { field: 'now' }),
    ...(resolvedBy !== '' && {
      resolvedBy: parseField(ReviewCommentSchema.shape.resolvedBy.unwrap(), resolvedBy, {
        field: 'name',
        label: 'review.resolved-by',
      }),
    }),
  };
  return withReview(workspace, {
    ...review,
    comments: review.comments.map((c) => (c.id === commentId ? resolved : c)),
  });
}
