import {
  type CreditSystem,
  type CreditTotals,
  convertCredit,
  type Range,
  roundCredit,
} from '../domain/credits';
import type { Credit } from '../schemas/module';
import type { Words } from './model';
import { commaList, creditOf, say } from './words';

/*
 * How the specification states credit: always in the award's system, the credit engine's
 * (shared/domain/credits.ts), with the amounts stated in another system in brackets.
 */

/** "5 ECTS" or "5–8 ECTS" in one system. */
export function creditRange({ min, max }: Range, system: CreditSystem): Words {
  return min === max
    ? creditOf({ value: min, system })
    : say('spec.credit.range', { min, max: creditOf({ value: max, system }) });
}

/** "20 UK credits counted as 10 ECTS" for each other system the counted modules use. */
function conversions(totals: CreditTotals): Words[] {
  return totals.converted.map(({ system, original, converted }) =>
    say('spec.credit.conversion', {
      original: creditRange(original, system),
      converted: creditRange(converted, totals.system),
    }),
  );
}

/** What a route carries, with any conversion in brackets; null when no counted module states credit. */
export function creditTotalWords(totals: CreditTotals, { withConversions = true } = {}): Words | null {
  if (totals.total.max === 0 && totals.converted.length === 0) return null;
  const total = creditRange(totals.total, totals.system);
  const converted = withConversions ? conversions(totals) : [];
  return converted.length === 0
    ? total
    : say('spec.credit.withConversions', { total, conversions: commaList(converted) });
}

/** One amount of the award's system, converted ones with their original in brackets: "5 ECTS (10 UK credits)". */
export function creditInSystem(credit: Credit, system: CreditSystem): Words {
  if (credit.system === system) return creditOf(credit);
  const converted = roundCredit(convertCredit(credit.value, credit.system, system));
  return say('spec.credit.converted', {
    converted: creditOf({ value: converted, system }),
    original: creditOf(credit),
  });
}

/** "650 hours" or "650–700 hours" of notional workload. */
export const hoursRange = (hours: Range): Words => creditRange(hours, 'hours');
