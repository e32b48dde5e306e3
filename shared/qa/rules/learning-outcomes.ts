import { z } from 'zod';
import { moduleName, moduleTarget } from '../design';
import { moduleRule } from '../rule';
import { QAA_2022 } from '../sources';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export const outcomesStated = moduleRule({
  id: 'outcomes.stated',
  characteristic: 'learning-outcomes',
  title: 'Learning outcomes are stated',
  source: `${QAA_2022}, Learning outcomes and skills`,
  defaultSeverity: 'error',
  params: z.strictObject({ minimum: z.number().int().min(1).max(50).default(1) }),
  *check({ module, pathway }, { minimum }) {
    const count = module.learningOutcomes.length;
    if (count < minimum) {
      yield {
        target: moduleTarget(module, 'learningOutcomes', pathway),
        message: `${moduleName(module)}: states ${plural(count, 'learning outcome')}, and this profile asks for at least ${minimum}. Add what a learner can do on completion under Learning outcomes.`,
      };
    }
  },
});

export const skillsAligned = moduleRule({
  id: 'outcomes.skills-aligned',
  characteristic: 'learning-outcomes',
  title: 'Skills are aligned to a skills framework',
  source: `${QAA_2022}, Learning outcomes and skills`,
  defaultSeverity: 'warning',
  params: z.strictObject({ minimum: z.number().int().min(1).max(50).default(1) }),
  *check({ module, pathway }, { minimum }) {
    const count = module.skills.length;
    if (count < minimum) {
      yield {
        target: moduleTarget(module, 'skills', pathway),
        message: `${moduleName(module)}: aligns ${plural(count, 'skill')} to a skills framework, and this profile asks for at least ${minimum}. Add the skills it develops (for teachers, DigCompEdu competences) under Skills.`,
      };
    }
  },
});

export const learningOutcomeRules = [outcomesStated, skillsAligned];
