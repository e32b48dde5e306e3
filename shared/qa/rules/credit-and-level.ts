import { z } from 'zod';
import { convertCredit, pathwayCredits, roundCredit } from '../../domain/credits';
import { creditSystems, levelFrameworks } from '../../schemas/module';
import { moduleParams, moduleTarget } from '../design';
import { moduleRule, pathwayRule } from '../rule';

export const creditStated = moduleRule({
  id: 'credit.stated',
  characteristic: 'credit-and-level',
  source: [{ document: 'qaa-2022', clause: 'Credit and level: micro-credentials are credit-bearing' }],
  defaultSeverity: 'error',
  params: z.strictObject({
    systems: z.array(z.enum(creditSystems)).min(1, 'credit-systems-none').default(['ECTS', 'UK']),
  }),
  codes: ['credit.stated.none', 'credit.stated.system-not-accepted'],
  *check({ module, pathway }, { systems }) {
    const { credit } = module;
    if (credit === undefined || credit.value <= 0) {
      yield {
        target: moduleTarget(module, 'credit.value', pathway),
        code: 'credit.stated.none',
        params: { ...moduleParams(module), systems },
      };
    } else if (!systems.includes(credit.system)) {
      yield {
        target: moduleTarget(module, 'credit.system', pathway),
        code: 'credit.stated.system-not-accepted',
        params: { ...moduleParams(module), system: credit.system, systems },
      };
    }
  },
});

export const levelStated = moduleRule({
  id: 'level.stated',
  characteristic: 'credit-and-level',
  source: [
    {
      document: 'qaa-2022',
      clause: 'Credit and level: credit at a level of the national framework (FHEQ, SCQF, CQFW)',
    },
  ],
  defaultSeverity: 'error',
  params: z.strictObject({
    frameworks: z.array(z.enum(levelFrameworks)).min(1, 'level-frameworks-none').default(['EQF', 'NQF']),
  }),
  codes: ['level.stated.none', 'level.stated.framework-not-accepted', 'level.stated.scheme-missing'],
  *check({ module, pathway }, { frameworks }) {
    const { level } = module;
    if (level === undefined) {
      yield {
        target: moduleTarget(module, 'level.value', pathway),
        code: 'level.stated.none',
        params: { ...moduleParams(module), frameworks },
      };
    } else if (!frameworks.includes(level.framework)) {
      yield {
        target: moduleTarget(module, 'level.framework', pathway),
        code: 'level.stated.framework-not-accepted',
        params: { ...moduleParams(module), framework: level.framework, frameworks },
      };
    } else if (level.framework === 'NQF' && level.scheme.trim() === '') {
      yield {
        target: moduleTarget(module, 'level.scheme', pathway),
        code: 'level.stated.scheme-missing',
        params: { ...moduleParams(module), level: level.value },
      };
    }
  },
});

const hourRange = z
  .strictObject({ min: z.number().positive(), max: z.number().positive() })
  .refine((r) => r.min <= r.max, { message: 'min-above-max', path: ['max'] });

export const creditHoursRatio = moduleRule({
  id: 'credit.hours-ratio',
  characteristic: 'credit-and-level',
  source: [
    { document: 'ects-guide-2015', clause: '1 ECTS credit = 25–30 hours of work' },
    { document: 'uk-credit-framework-2021', clause: '1 credit = 10 notional hours' },
  ],
  defaultSeverity: 'warning',
  params: z.strictObject({
    hoursPerEcts: hourRange.default({ min: 25, max: 30 }),
    hoursPerUkCredit: hourRange.default({ min: 10, max: 10 }),
  }),
  codes: ['credit.hours-ratio.mismatch'],
  *check({ module, pathway }, { hoursPerEcts, hoursPerUkCredit }) {
    const { credit, notionalHours } = module;
    if (credit === undefined || credit.value <= 0 || notionalHours === undefined) return;
    const hoursAt = (end: 'min' | 'max') =>
      roundCredit(
        convertCredit(credit.value, credit.system, 'hours', {
          hoursPerEcts: hoursPerEcts[end],
          hoursPerUkCredit: hoursPerUkCredit[end],
        }),
      );
    const low = hoursAt('min');
    const high = hoursAt('max');
    if (notionalHours >= low && notionalHours <= high) return;
    yield {
      target: moduleTarget(module, 'notionalHours', pathway),
      code: 'credit.hours-ratio.mismatch',
      params: {
        ...moduleParams(module),
        credit,
        expected: { minimum: low, maximum: high, system: 'hours' },
        hours: notionalHours,
      },
    };
  },
});

export const pathwayCreditTotal = pathwayRule({
  id: 'credit.pathway-total',
  characteristic: 'credit-and-level',
  source: [{ document: 'qaa-2022', clause: 'Stackability: pathways through stackable credits' }],
  defaultSeverity: 'error',
  params: z.strictObject({
    hoursPerEcts: z.number().positive().default(25),
    ukCreditsPerEcts: z.number().positive().default(2),
    hoursPerUkCredit: z.number().positive().default(10),
  }),
  codes: ['credit.pathway-total.below-award', 'credit.pathway-total.above-award'],
  *check({ workspace, pathway }, conversion) {
    const declared = pathway.award.credit;
    if (declared === undefined) return;
    const {
      total: { min: minimum, max: maximum },
      verdict,
      missingCredit,
    } = pathwayCredits(pathway, workspace.modules, conversion);
    if (verdict === 'meets') return;
    const codeOf = new Map(workspace.modules.map((m) => [m.id, m.code]));
    yield {
      target: { kind: 'pathway', pathwayId: pathway.id, field: 'award.credit.value' },
      code: verdict === 'below' ? 'credit.pathway-total.below-award' : 'credit.pathway-total.above-award',
      params: {
        pathway: pathway.title,
        award: pathway.award.title,
        reached: { minimum, maximum, system: declared.system },
        declared,
        withoutCredit: missingCredit.map((id) => codeOf.get(id) ?? id).sort(),
      },
    };
  },
});

export const creditAndLevelRules = [creditStated, levelStated, creditHoursRatio, pathwayCreditTotal];
