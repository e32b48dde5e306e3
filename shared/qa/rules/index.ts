import type { Rule } from '../rule';
import { admissionRules } from './admission';
import { certificationRules } from './certification';
import { courseDesignRules } from './course-design';
import { creditAndLevelRules } from './credit-and-level';
import { euMandatoryElementRules } from './eu-mandatory-element';
import { euOptionalElementRules } from './eu-optional-element';
import { euPrincipleRules } from './eu-principle';
import { institutionalRules } from './institutional';
import { learningOutcomeRules } from './learning-outcomes';
import { pathwayStructureRules } from './pathway-structure';
import { qualityAssuranceRules } from './quality-assurance';
import { stackabilityRules } from './stackability';

/** Every rule a profile can name, by characteristic. */
export const rules: readonly Rule[] = [
  ...admissionRules,
  ...courseDesignRules,
  ...learningOutcomeRules,
  ...creditAndLevelRules,
  ...certificationRules,
  ...qualityAssuranceRules,
  ...stackabilityRules,
  ...euMandatoryElementRules,
  ...euOptionalElementRules,
  ...euPrincipleRules,
  ...pathwayStructureRules,
  ...institutionalRules,
];

const byId = new Map(rules.map((rule) => [rule.id, rule]));

export function ruleById(id: string): Rule | undefined {
  return byId.get(id);
}
