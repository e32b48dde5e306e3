import { creditUnit } from '@shared/domain/labels';
import type { PathwayCredits } from '@shared/domain/pathway-ops';

/** "12–16 ECTS" or "12 ECTS" when the range is a single value. */
export function rangeText(credits: PathwayCredits): string {
  const range =
    credits.minimum === credits.maximum ? `${credits.minimum}` : `${credits.minimum}–${credits.maximum}`;
  return `${range} ${creditUnit(credits.system)}`;
}

export function verdictText(credits: PathwayCredits): string {
  if (credits.declared === undefined) return 'The award declares no credit value';
  const declared = `${credits.declared} ${creditUnit(credits.system)}`;
  switch (credits.verdict) {
    case 'meets':
      return `Meets the award’s ${declared}`;
    case 'below':
      return `Below the award’s ${declared}`;
    case 'above':
      return `Above the award’s ${declared}`;
    default:
      return `The award declares ${declared}`;
  }
}
