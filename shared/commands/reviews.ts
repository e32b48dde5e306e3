import { modulesInPathway } from '../domain/pathway-ops';
import {
  designContent,
  errorsRemainMessage,
  frozenDesignOf,
  type ReviewAction,
  ReviewError,
  type ReviewState,
  refusalOf,
  reviewableFields,
  reviewOf,
} from '../domain/review';
import type { Pathway } from '../schemas/pathway';
import type { Review, ReviewComment, ReviewDecision } from '../schemas/review';
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
    throw new ReviewError('review.pathway-not-found', `Pathway ${pathwayId} does not exist`, 'pathwayId');
  }
  return pathway;
}

function requireName(actor: Actor, what: string): string {
  const name = actor.name.trim();
  if (name === '') throw new ReviewError('review.name-required', `Your name is required to ${what}`, 'name');
  return name;
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
  if (refusal !== null) throw new ReviewError('review.not-allowed', refusal, 'state');
  const name = requireName(actor, action === 'submit' ? 'submit for review' : 'record a decision');
  const next: Record<ReviewAction, { decision: ReviewDecision['decision']; state: ReviewState }> = {
    submit: { decision: 'submitted', state: 'in-review' },
    'request-changes': { decision: 'changes-requested', state: 'changes-requested' },
    approve: { decision: 'approved', state: 'approved' },
  };
  const decision: ReviewDecision = {
    id: actor.id,
    decision: next[action].decision,
    reviewer: name,
    role: actor.role?.trim() ?? '',
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
  if (refusal !== null) throw new ReviewError('review.not-allowed', refusal, 'state');
  if (approval.errorCount > 0) {
    throw new ReviewError(
      'review.errors-remain',
      `“${pathway.title}” cannot be approved: ${errorsRemainMessage(approval.errorCount)}`,
      'errorCount',
    );
  }
  requireName(approval, 'approve');
  if ((approval.role ?? '').trim() === '') {
    throw new ReviewError(
      'review.role-required',
      'Your role is required to approve (the capacity you approve in, e.g. QA officer)',
      'role',
    );
  }
  if (!/^[0-9a-f]{64}$/.test(approval.content.hash)) {
    throw new ReviewError(
      'review.invalid-hash',
      'Content hash must be a SHA-256 digest in hex (64 characters 0-9, a-f)',
      'contentHash',
    );
  }
  if (approval.content.canonical !== designContent(workspace, pathwayId)) {
    throw new ReviewError(
      'review.content-changed',
      `“${pathway.title}” changed while it was being approved; approve it again`,
      'contentHash',
    );
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
    throw new ReviewError(
      'review.module-not-in-pathway',
      `Module ${comment.moduleId} is not part of “${pathway.title}”; comment on one of its modules`,
      'moduleId',
    );
  }
  const field = comment.field?.trim() ?? '';
  if (field !== '' && !reviewableFields.some((f) => f.path === field)) {
    throw new ReviewError('review.unknown-field', `Field ${field} is not a field of a module`, 'field');
  }
  const text = comment.text.trim();
  if (text === '') throw new ReviewError('review.comment-required', 'Comment is required', 'text');
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
    throw new ReviewError('review.comment-not-found', `Comment ${commentId} does not exist`, 'commentId');
  }
  if (comment.resolvedAt !== undefined) return workspace;
  const resolved: ReviewComment = {
    ...comment,
    resolvedAt: by.now,
    ...(by.name.trim() !== '' && { resolvedBy: by.name.trim() }),
  };
  return withReview(workspace, {
    ...review,
    comments: review.comments.map((c) => (c.id === commentId ? resolved : c)),
  });
}
