import type { PathwayCredits } from '@shared/domain/credits';
import { creditUnit } from '@shared/domain/labels';

/** "12–16 ECTS" or "12 ECTS" when the range is a single value. */
export function rangeText(credits: PathwayCredits): string {
  const { min, max } = credits.total;
  const range = min === max ? `${min}` : `${min}–${max}`;
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
