import { noParams } from '../design';
import { pathwayRule } from '../rule';

export const awardDeclaresCreditAndLevel = pathwayRule({
  id: 'stackability.award-declared',
  characteristic: 'stackability',
  source: [
    {
      document: 'qaa-2022',
      clause: 'Stackability: pathways through stackable credits towards a larger award',
    },
  ],
  defaultSeverity: 'error',
  params: noParams,
  codes: ['stackability.award-declared.no-credit', 'stackability.award-declared.no-level'],
  *check({ pathway }) {
    const params = { pathway: pathway.title, award: pathway.award.title };
    if (pathway.award.credit === undefined) {
      yield {
        target: { kind: 'pathway', pathwayId: pathway.id, field: 'award.credit.value' },
        code: 'stackability.award-declared.no-credit',
        params,
      };
    }
    if (pathway.award.level === undefined) {
      yield {
        target: { kind: 'pathway', pathwayId: pathway.id, field: 'award.level.value' },
        code: 'stackability.award-declared.no-level',
        params,
      };
    }
  },
});

export const stackabilityRules = [awardDeclaresCreditAndLevel];
