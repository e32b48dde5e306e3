import { z } from 'zod';
import { Id, IsoDateTime, listOf, oneOf, optionalText, requiredText } from './fields';

export const severities = ['error', 'warning', 'info'] as const;
export const reviewStates = ['draft', 'in-review', 'changes-requested', 'approved'] as const;

/** A QA profile: which rules apply, with which severity and parameters. */
export const QaProfile = z.object({
  id: Id,
  title: requiredText('Profile title', 200),
  version: requiredText('Profile version', 40),
  source: optionalText('Source reference', 500),
  rules: listOf(
    z.object({
      ruleId: requiredText('Rule id', 120),
      severity: oneOf('Severity', severities),
      params: z.record(z.string(), z.unknown()).default({}),
    }),
  ),
});

export const ReviewComment = z.object({
  id: Id,
  author: requiredText('Author', 120),
  moduleId: Id.optional(),
  field: optionalText('Field', 120),
  text: requiredText('Comment', 4000),
  createdAt: IsoDateTime,
  resolvedAt: IsoDateTime.optional(),
});

export const ReviewDecision = z.object({
  id: Id,
  decision: oneOf('Decision', ['submitted', 'changes-requested', 'approved'] as const),
  reviewer: requiredText('Reviewer', 120),
  role: optionalText('Role', 120),
  date: IsoDateTime,
  designVersion: requiredText('Design version', 40),
  contentHash: optionalText('Content hash', 200),
  profileVersions: z.record(z.string(), z.string()).default({}),
});

/** The review of one pathway design: its state, comments and the history of decisions. */
export const Review = z.object({
  id: Id,
  pathwayId: Id,
  state: oneOf('Review state', reviewStates).default('draft'),
  comments: listOf(ReviewComment),
  decisions: listOf(ReviewDecision),
});

export type QaProfile = z.output<typeof QaProfile>;
export type Review = z.output<typeof Review>;
