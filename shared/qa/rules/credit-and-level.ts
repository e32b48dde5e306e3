import { z } from 'zod';
import { convertCredit, pathwayCredits, roundCredit } from '../../domain/credits';
import { creditLabel } from '../../domain/labels';
import { creditSystems, levelFrameworks } from '../../schemas/module';
import { capitalise, moduleName, moduleTarget, pathwayName } from '../design';
import { moduleRule, pathwayRule } from '../rule';
import { ECTS_GUIDE, QAA_2022, UK_CREDIT_FRAMEWORK } from '../sources';

export const creditStated = moduleRule({
  id: 'credit.stated',
  characteristic: 'credit-and-level',
  title: 'The module carries credit in a recognised system',
  source: `${QAA_2022}, Credit and level: micro-credentials are credit-bearing`,
  defaultSeverity: 'error',
  params: z.strictObject({
    systems: z.array(z.enum(creditSystems)).min(1, 'List at least one credit system').default(['ECTS', 'UK']),
  }),
  *check({ module, pathway }, { systems }) {
    const { credit } = module;
    const accepted = systems.join(' or ');
    if (credit === undefined || credit.value <= 0) {
      yield {
        target: moduleTarget(module, 'credit.value', pathway),
        message: `${moduleName(module)}: carries no credit. Enter its credit (${accepted}) under Credit value.`,
      };
    } else if (!systems.includes(credit.system)) {
      yield {
        target: moduleTarget(module, 'credit.system', pathway),
        message: `${moduleName(module)}: states its credit in ${credit.system === 'hours' ? 'notional hours' : credit.system}, which this profile does not accept as credit. Express it in ${accepted} under Credit system.`,
      };
    }
  },
});

export const levelStated = moduleRule({
  id: 'level.stated',
  characteristic: 'credit-and-level',
  title: 'The module is set at a level of a qualifications framework',
  source: `${QAA_2022}, Credit and level: credit at a level of the national framework (FHEQ, SCQF, CQFW)`,
  defaultSeverity: 'error',
  params: z.strictObject({
    frameworks: z
      .array(z.enum(levelFrameworks))
      .min(1, 'List at least one level framework')
      .default(['EQF', 'NQF']),
  }),
  *check({ module, pathway }, { frameworks }) {
    const { level } = module;
    const accepted = frameworks.join(' or ');
    if (level === undefined) {
      yield {
        target: moduleTarget(module, 'level.value', pathway),
        message: `${moduleName(module)}: states no level. Set its ${accepted} level under Level.`,
      };
    } else if (!frameworks.includes(level.framework)) {
      yield {
        target: moduleTarget(module, 'level.framework', pathway),
        message: `${moduleName(module)}: is levelled against ${level.framework}, which this profile does not accept. Set its ${accepted} level under Level framework.`,
      };
    } else if (level.framework === 'NQF' && level.scheme.trim() === '') {
      yield {
        target: moduleTarget(module, 'level.scheme', pathway),
        message: `${moduleName(module)}: states NQF level ${level.value} without naming the national framework. Name it (e.g. FHEQ, SCQF) under National framework.`,
      };
    }
  },
});

const hourRange = z
  .strictObject({ min: z.number().positive(), max: z.number().positive() })
  .refine((r) => r.min <= r.max, { message: 'min must not be greater than max', path: ['max'] });

export const creditHoursRatio = moduleRule({
  id: 'credit.hours-ratio',
  characteristic: 'credit-and-level',
  title: 'Notional hours match the credit',
  source: `${ECTS_GUIDE}; ${UK_CREDIT_FRAMEWORK}`,
  defaultSeverity: 'warning',
  params: z.strictObject({
    hoursPerEcts: hourRange.default({ min: 25, max: 30 }),
    hoursPerUkCredit: hourRange.default({ min: 10, max: 10 }),
  }),
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
    const expected = low === high ? `${low}` : `${low}–${high}`;
    yield {
      target: moduleTarget(module, 'notionalHours', pathway),
      message: `${moduleName(module)}: ${creditLabel(credit)} stands for ${expected} notional hours, but Notional hours says ${notionalHours}. Correct the notional hours or the credit value.`,
    };
  },
});

export const pathwayCreditTotal = pathwayRule({
  id: 'credit.pathway-total',
  characteristic: 'credit-and-level',
  title: "The pathway's credit adds up to its award",
  source: `${QAA_2022}, Stackability: pathways through stackable credits`,
  defaultSeverity: 'error',
  params: z.strictObject({
    hoursPerEcts: z.number().positive().default(25),
    ukCreditsPerEcts: z.number().positive().default(2),
    hoursPerUkCredit: z.number().positive().default(10),
  }),
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
    const withoutCredit = missingCredit.map((id) => codeOf.get(id) ?? id).sort();
    const reached =
      minimum === maximum
        ? creditLabel({ value: minimum, system: declared.system })
        : `${minimum}–${creditLabel({ value: maximum, system: declared.system })}`;
    const unknown =
      withoutCredit.length > 0
        ? ` (${withoutCredit.join(', ')} ${withoutCredit.length === 1 ? 'states no credit and counts' : 'state no credit and count'} as zero)`
        : '';
    const below = verdict === 'below';
    const fix = below
      ? 'Add modules or credit to reach it, or lower the award’s credit.'
      : 'Remove modules or credit, or raise the award’s credit.';
    yield {
      target: { kind: 'pathway', pathwayId: pathway.id, field: 'award.credit.value' },
      message: `${capitalise(pathwayName(pathway))}: a learner completes ${reached}${unknown}, ${below ? 'below' : 'above'} the ${creditLabel(declared)} its award “${pathway.award.title}” declares. ${fix}`,
    };
  },
});

export const creditAndLevelRules = [creditStated, levelStated, creditHoursRatio, pathwayCreditTotal];
