import { z } from 'zod';
import { inSomePathway, moduleName, moduleTarget, noParams, quote, uncoveredOutcomes } from '../design';
import { moduleRule } from '../rule';
import { EU_2022 } from '../sources';

const principle = (n: number, name: string) => `${EU_2022}, Annex II, principle ${n} (${name})`;

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
  title: 'Learning outcomes are observable statements',
  source: principle(2, 'transparency: learning outcomes that are clear and can be understood'),
  defaultSeverity: 'warning',
  params: z.strictObject({
    /** Verbs that name a state of mind rather than something an assessor can see. */
    vagueVerbs: z
      .array(z.string().trim().min(1, 'A vague verb must not be empty'))
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
  *check({ module, pathway }, { vagueVerbs }) {
    for (const [index, outcome] of module.learningOutcomes.entries()) {
      const phrase = outcomeVerbPhrase(outcome.statement);
      const verb = vagueVerbs.find(
        (v) => phrase === v.toLowerCase() || phrase.startsWith(`${v.toLowerCase()} `),
      );
      if (verb === undefined) continue;
      yield {
        target: moduleTarget(module, `learningOutcomes[${index}].statement`, pathway),
        message: `${moduleName(module)}: outcome ${index + 1} ${quote(outcome.statement)} rests on “${verb}”, which no assessor can observe. Rewrite it around what the learner does (design, explain, evaluate, demonstrate…).`,
      };
    }
  },
});

export const validAssessment = moduleRule({
  id: 'eu.principle.valid-assessment',
  characteristic: 'eu-principle',
  title: 'Every learning outcome is assessed',
  source: principle(4, 'valid assessment: assessed against transparent standards'),
  defaultSeverity: 'warning',
  params: noParams,
  *check({ module, pathway }) {
    for (const { index, statement } of uncoveredOutcomes(module)) {
      yield {
        target: moduleTarget(module, `learningOutcomes[${index}].statement`, pathway),
        message: `${moduleName(module)}: outcome ${index + 1} ${quote(statement)} is demonstrated by no evidence requirement, so it is never assessed. Tick it under the evidence that shows it, or add an evidence requirement for it.`,
      };
    }
  },
});

export const learningPathways = moduleRule({
  id: 'eu.principle.learning-pathways',
  characteristic: 'eu-principle',
  title: 'The module belongs to a learning pathway',
  source: principle(5, 'learning pathways: designed to be combined and build upon each other'),
  defaultSeverity: 'warning',
  params: noParams,
  *check({ workspace, module, pathway }) {
    if (!inSomePathway(workspace, module)) {
      yield {
        target: moduleTarget(module, undefined, pathway),
        message: `${moduleName(module)}: belongs to no pathway, so a learner cannot combine it with others towards a larger award. Place it in a pathway.`,
      };
    }
  },
});

export const euPrincipleRules = [transparentOutcomes, validAssessment, learningPathways];
