import { z } from 'zod';
import { excerpt, inSomePathway, moduleParams, moduleTarget, noParams, uncoveredOutcomes } from '../design';
import { moduleRule } from '../rule';
import type { Citation } from '../sources';

/** A clause of the EU Council Recommendation, as published. */
const eu = (clause: string): readonly Citation[] => [{ document: 'eu-2022', clause }];

/** "On completion, the learner can", "Participants will be able to": the lead-in before the verb. */
const leadIn =
  /^(?:(?:on|upon|after) (?:successful )?completion(?: of [^,]*)?,?\s*)?(?:(?:the |a )?(?:learners?|participants?|students?|teachers?|you)\s+(?:will\s+|should\s+|can\s+)?(?:be able to\s+)?)?/i;

/** The statement from its verb on, lower-cased, without the lead-in. */
export function outcomeVerbPhrase(statement: string): string {
  return statement.trim().replace(leadIn, '').toLowerCase();
}

export const transparentOutcomes = moduleRule({
  id: 'eu.principle.transparent-outcomes',
  characteristic: 'eu-principle',
  source: eu('Annex II, principle 2 (transparency: learning outcomes that are clear and can be understood)'),
  defaultSeverity: 'warning',
  params: z.strictObject({
    /**
     * Verbs that name a state of mind rather than something an assessor can see. English verbs, matched
     * in English statements: an outcome written in another language is not checked for them yet.
     */
    vagueVerbs: z
      .array(z.string().trim().min(1, 'vague-verb-empty'))
      .default([
        'understand',
        'know',
        'appreciate',
        'be aware',
        'become aware',
        'be familiar',
        'become familiar',
        'learn',
        'comprehend',
        'realise',
        'realize',
        'grasp',
      ]),
  }),
  codes: ['eu.principle.transparent-outcomes.vague-verb'],
  *check({ module, pathway }, { vagueVerbs }) {
    for (const [index, outcome] of module.learningOutcomes.entries()) {
      const phrase = outcomeVerbPhrase(outcome.statement);
      const verb = vagueVerbs.find(
        (v) => phrase === v.toLowerCase() || phrase.startsWith(`${v.toLowerCase()} `),
      );
      if (verb === undefined) continue;
      yield {
        target: moduleTarget(module, `learningOutcomes[${index}].statement`, pathway),
        code: 'eu.principle.transparent-outcomes.vague-verb',
        params: { ...moduleParams(module), outcome: index + 1, statement: excerpt(outcome.statement), verb },
      };
    }
  },
});

export const validAssessment = moduleRule({
  id: 'eu.principle.valid-assessment',
  characteristic: 'eu-principle',
  source: eu('Annex II, principle 4 (valid assessment: assessed against transparent standards)'),
  defaultSeverity: 'warning',
  params: noParams,
  codes: ['eu.principle.valid-assessment.unassessed'],
  *check({ module, pathway }) {
    for (const { index, statement } of uncoveredOutcomes(module)) {
      yield {
        target: moduleTarget(module, `learningOutcomes[${index}].statement`, pathway),
        code: 'eu.principle.valid-assessment.unassessed',
        params: { ...moduleParams(module), outcome: index + 1, statement: excerpt(statement) },
      };
    }
  },
});

export const learningPathways = moduleRule({
  id: 'eu.principle.learning-pathways',
  characteristic: 'eu-principle',
  source: eu('Annex II, principle 5 (learning pathways: designed to be combined and build upon each other)'),
  defaultSeverity: 'warning',
  params: noParams,
  codes: ['eu.principle.learning-pathways.no-pathway'],
  *check({ workspace, module, pathway }) {
    if (!inSomePathway(workspace, module)) {
      yield {
        target: moduleTarget(module, undefined, pathway),
        code: 'eu.principle.learning-pathways.no-pathway',
        params: moduleParams(module),
      };
    }
  },
});

export const euPrincipleRules = [transparentOutcomes, validAssessment, learningPathways];
