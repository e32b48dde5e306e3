import { z } from 'zod';
import { moduleParams, moduleTarget } from '../design';
import { moduleRule } from '../rule';

export const outcomesStated = moduleRule({
  id: 'outcomes.stated',
  characteristic: 'learning-outcomes',
  source: [{ document: 'qaa-2022', clause: 'Learning outcomes and skills' }],
  defaultSeverity: 'error',
  params: z.strictObject({ minimum: z.number().int().min(1).max(50).default(1) }),
  codes: ['outcomes.stated.too-few'],
  *check({ module, pathway }, { minimum }) {
    const count = module.learningOutcomes.length;
    if (count < minimum) {
      yield {
        target: moduleTarget(module, 'learningOutcomes', pathway),
        code: 'outcomes.stated.too-few',
        params: { ...moduleParams(module), count, minimum },
      };
    }
  },
});

export const skillsAligned = moduleRule({
  id: 'outcomes.skills-aligned',
  characteristic: 'learning-outcomes',
  source: [{ document: 'qaa-2022', clause: 'Learning outcomes and skills' }],
  defaultSeverity: 'warning',
  params: z.strictObject({ minimum: z.number().int().min(1).max(50).default(1) }),
  codes: ['outcomes.skills-aligned.too-few'],
  *check({ module, pathway }, { minimum }) {
    const count = module.skills.length;
    if (count < minimum) {
      yield {
        target: moduleTarget(module, 'skills', pathway),
        code: 'outcomes.skills-aligned.too-few',
        params: { ...moduleParams(module), count, minimum },
      };
    }
  },
});

export const learningOutcomeRules = [outcomesStated, skillsAligned];
