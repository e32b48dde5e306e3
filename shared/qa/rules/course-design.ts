import { z } from 'zod';
import { minimumText, moduleName, moduleTarget, noParams, textShortfall } from '../design';
import { moduleRule } from '../rule';
import { QAA_2022 } from '../sources';

const source = `${QAA_2022}, Course design: learning, teaching, assessment and certification`;

export const summaryDescribesCourse = moduleRule({
  id: 'course-design.summary',
  characteristic: 'course-design',
  title: 'The summary says what the module covers and how it is taught',
  source,
  defaultSeverity: 'error',
  params: z.strictObject({ minCharacters: z.number().int().min(1).max(4000).default(40) }),
  *check({ module, pathway }, { minCharacters }) {
    const shortfall = textShortfall('Summary', module.summary, minCharacters);
    if (shortfall) {
      yield {
        target: moduleTarget(module, 'summary', pathway),
        message: `${moduleName(module)}: ${shortfall}. Describe what the module covers and how it is taught (sessions, practice in class, mentoring) under Summary.`,
      };
    }
  },
});

export const deliveryModeStated = moduleRule({
  id: 'course-design.delivery-mode',
  characteristic: 'course-design',
  title: 'The mode of delivery is stated',
  source,
  defaultSeverity: 'error',
  params: noParams,
  *check({ module, pathway }) {
    if (module.deliveryMode === undefined) {
      yield {
        target: moduleTarget(module, 'deliveryMode', pathway),
        message: `${moduleName(module)}: Delivery mode is not set. Choose online, onsite or blended under Delivery mode.`,
      };
    }
  },
});

export const assessmentDescribed = moduleRule({
  id: 'course-design.assessment',
  characteristic: 'course-design',
  title: 'The assessment is stated and described',
  source,
  defaultSeverity: 'error',
  params: minimumText,
  *check({ module, pathway }, { minCharacters }) {
    if (module.assessment.type === undefined) {
      yield {
        target: moduleTarget(module, 'assessment.type', pathway),
        message: `${moduleName(module)}: Assessment type is not set. Choose how learners are assessed (portfolio, observation, project…) under Assessment type.`,
      };
    }
    const shortfall = textShortfall('Assessment description', module.assessment.description, minCharacters);
    if (shortfall) {
      yield {
        target: moduleTarget(module, 'assessment.description', pathway),
        message: `${moduleName(module)}: ${shortfall}. Describe what learners submit and who judges it against which criteria under Assessment description.`,
      };
    }
  },
});

export const courseDesignRules = [summaryDescribesCourse, deliveryModeStated, assessmentDescribed];
