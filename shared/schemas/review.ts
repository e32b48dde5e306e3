import { z } from 'zod';
import { Id, IsoDateTime, listOf, oneOf, optionalText, requiredText } from './fields';

export const severities = ['error', 'warning', 'info'] as const;
export const reviewStates = ['draft', 'in-review', 'changes-requested', 'approved'] as const;

/** A QA profile: which rules apply, with which severity and parameters. */
export const QaProfile = z.object({
  id: Id,
  title: requiredText('qa-profile.title', 200),
  version: requiredText('qa-profile.version', 40),
  source: optionalText('qa-profile.source', 500),
  rules: listOf(
    z.object({
      ruleId: requiredText('qa-profile.rule-id', 120),
      severity: oneOf('qa-profile.severity', severities),
      params: z.record(z.string(), z.unknown()).default({}),
    }),
  ),
});

export const ReviewComment = z.object({
  id: Id,
  author: requiredText('review.author', 120),
  moduleId: Id.optional(),
  field: optionalText('review.field', 120),
  text: requiredText('review.comment', 4000),
  createdAt: IsoDateTime,
  resolvedAt: IsoDateTime.optional(),
  /** Who resolved it (the designer), when known. */
  resolvedBy: requiredText('review.resolved-by', 120).optional(),
  /** The version of the design the comment was made on. */
  designVersion: requiredText('review.design-version', 40).optional(),
});

/**
 * The design as approved: the pathway and its modules without the fields that change on every save
 * (dates, status, revision), keys sorted. Its canonical JSON is what the content hash was computed over,
 * so the approval can be checked long after the live design has moved on.
 */
export const FrozenDesign = z.object({
  pathway: z.record(z.string(), z.unknown()),
  modules: z.array(z.record(z.string(), z.unknown())),
});

export const ReviewDecision = z.object({
  id: Id,
  decision: oneOf('review.decision', ['submitted', 'changes-requested', 'approved'] as const),
  reviewer: requiredText('review.reviewer', 120),
  role: optionalText('review.role', 120),
  date: IsoDateTime,
  designVersion: requiredText('review.design-version', 40),
  contentHash: optionalText('review.content-hash', 200),
  profileVersions: z.record(z.string(), z.string()).default({}),
  frozenDesign: FrozenDesign.optional(),
});

/** The review of one pathway design: its state, comments and the history of decisions. */
export const Review = z.object({
  id: Id,
  pathwayId: Id,
  state: oneOf('review.state', reviewStates).default('draft'),
  comments: listOf(ReviewComment),
  decisions: listOf(ReviewDecision),
});

export type QaProfile = z.output<typeof QaProfile>;
export type Review = z.output<typeof Review>;
export type ReviewComment = z.output<typeof ReviewComment>;
export type ReviewDecision = z.output<typeof ReviewDecision>;
export type FrozenDesign = z.output<typeof FrozenDesign>;
