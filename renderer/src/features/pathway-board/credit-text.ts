import type { Translator } from '@locales/translate';
import { creditAmount } from '@locales/values';
import type { PathwayCredits } from '@shared/domain/credits';

/** "12–16 ECTS" or "12 ECTS" when the range is a single value. */
export function rangeText(credits: PathwayCredits, tr: Translator): string {
  const { min, max } = credits.total;
  return min === max
    ? creditAmount(tr, min, credits.system)
    : tr.t('board.totals.range', { minimum: min, maximum: max, system: credits.system });
}

export function verdictText(credits: PathwayCredits, tr: Translator): string {
  if (credits.declared === undefined) return tr.t('board.totals.verdict.none');
  const declared = creditAmount(tr, credits.declared, credits.system);
  switch (credits.verdict) {
    case 'meets':
      return tr.t('board.totals.verdict.meets', { declared });
    case 'below':
      return tr.t('board.totals.verdict.below', { declared });
    case 'above':
      return tr.t('board.totals.verdict.above', { declared });
    default:
      return tr.t('board.totals.verdict.unknown', { declared });
  }
}
