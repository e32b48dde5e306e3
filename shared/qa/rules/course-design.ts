import { z } from 'zod';
import { minimumText, moduleParams, moduleTarget, noParams, textShortfall } from '../design';
import { moduleRule } from '../rule';
import type { Citation } from '../sources';

const source: readonly Citation[] = [
  { document: 'qaa-2022', clause: 'Course design: learning, teaching, assessment and certification' },
];

export const summaryDescribesCourse = moduleRule({
  id: 'course-design.summary',
  characteristic: 'course-design',
  source,
  defaultSeverity: 'error',
  params: z.strictObject({ minCharacters: z.number().int().min(1).max(4000).default(40) }),
  codes: ['course-design.summary.empty', 'course-design.summary.too-short'],
  *check({ module, pathway }, { minCharacters }) {
    const shortfall = textShortfall(module.summary, minCharacters);
    if (shortfall) {
      yield {
        target: moduleTarget(module, 'summary', pathway),
        code: `course-design.summary.${shortfall.variant}`,
        params: { ...moduleParams(module), ...shortfall.params },
      };
    }
  },
});

export const deliveryModeStated = moduleRule({
  id: 'course-design.delivery-mode',
  characteristic: 'course-design',
  source,
  defaultSeverity: 'error',
  params: noParams,
  codes: ['course-design.delivery-mode.not-set'],
  *check({ module, pathway }) {
    if (module.deliveryMode === undefined) {
      yield {
        target: moduleTarget(module, 'deliveryMode', pathway),
        code: 'course-design.delivery-mode.not-set',
        params: moduleParams(module),
      };
    }
  },
});

export const assessmentDescribed = moduleRule({
  id: 'course-design.assessment',
  characteristic: 'course-design',
  source,
  defaultSeverity: 'error',
  params: minimumText,
  codes: [
    'course-design.assessment.type-not-set',
    'course-design.assessment.description-empty',
    'course-design.assessment.description-too-short',
  ],
  *check({ module, pathway }, { minCharacters }) {
    if (module.assessment.type === undefined) {
      yield {
        target: moduleTarget(module, 'assessment.type', pathway),
        code: 'course-design.assessment.type-not-set',
        params: moduleParams(module),
      };
    }
    const shortfall = textShortfall(module.assessment.description, minCharacters);
    if (shortfall) {
      yield {
        target: moduleTarget(module, 'assessment.description', pathway),
        code: `course-design.assessment.description-${shortfall.variant}`,
        params: { ...moduleParams(module), ...shortfall.params },
      };
    }
  },
});

export const courseDesignRules = [summaryDescribesCourse, deliveryModeStated, assessmentDescribed];
