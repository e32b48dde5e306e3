import type { Credit, Level } from '@shared/schemas/module';

/** How an amount of credit is written after its number: "ECTS", "UK credits" or "h". */
export function creditUnit(system: Credit['system']): string {
  return system === 'hours' ? 'h' : system === 'UK' ? 'UK credits' : 'ECTS';
}

export function creditLabel(credit: Credit | undefined): string {
  if (!credit) return 'No credit';
  return `${credit.value} ${creditUnit(credit.system)}`;
}

export function levelLabel(level: Level | undefined): string {
  if (!level) return 'No level';
  return level.framework === 'NQF' && level.scheme
    ? `${level.scheme} ${level.value}`
    : `${level.framework} ${level.value}`;
}
