import type { Credit, Level } from '@shared/schemas/module';

export function creditLabel(credit: Credit | undefined): string {
  if (!credit) return 'No credit';
  if (credit.system === 'hours') return `${credit.value} h`;
  return `${credit.value} ${credit.system === 'UK' ? 'UK credits' : 'ECTS'}`;
}

export function levelLabel(level: Level | undefined): string {
  if (!level) return 'No level';
  return level.framework === 'NQF' && level.scheme
    ? `${level.scheme} ${level.value}`
    : `${level.framework} ${level.value}`;
}
