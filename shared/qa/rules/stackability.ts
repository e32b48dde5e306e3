import { capitalise, noParams, pathwayName } from '../design';
import { pathwayRule } from '../rule';
import { QAA_2022 } from '../sources';

export const awardDeclaresCreditAndLevel = pathwayRule({
  id: 'stackability.award-declared',
  characteristic: 'stackability',
  title: 'The award a pathway stacks into declares its credit and level',
  source: `${QAA_2022}, Stackability: pathways through stackable credits towards a larger award`,
  defaultSeverity: 'error',
  params: noParams,
  *check({ pathway }) {
    const award = `its award “${pathway.award.title}”`;
    if (pathway.award.credit === undefined) {
      yield {
        target: { kind: 'pathway', pathwayId: pathway.id, field: 'award.credit.value' },
        message: `${capitalise(pathwayName(pathway))}: ${award} declares no credit, so nobody can check what the stacked modules add up to. Enter the award's credit in the pathway inspector.`,
      };
    }
    if (pathway.award.level === undefined) {
      yield {
        target: { kind: 'pathway', pathwayId: pathway.id, field: 'award.level.value' },
        message: `${capitalise(pathwayName(pathway))}: ${award} declares no level. Enter the award's EQF or NQF level in the pathway inspector.`,
      };
    }
  },
});

export const stackabilityRules = [awardDeclaresCreditAndLevel];
