import { convertCredit } from '@shared/domain/credits';
import type { designStatuses, Module, moduleCategories } from '@shared/schemas/module';

export interface LibraryFilter {
  query: string;
  category: (typeof moduleCategories)[number] | '';
  status: (typeof designStatuses)[number] | '';
  /** A level value as typed, '' for any. */
  level: string;
  /** Bounds in ECTS, whatever system a module states its credit in. */
  minCredit: string;
  maxCredit: string;
}

/** Search by code, title and outcome text; filter by category, status, level and credit range. */
export function matchesFilter(module: Module, filter: LibraryFilter): boolean {
  const q = filter.query.trim().toLowerCase();
  if (q !== '') {
    const texts = [module.code, module.title, ...module.learningOutcomes.map((o) => o.statement)];
    if (!texts.some((text) => text.toLowerCase().includes(q))) return false;
  }
  if (filter.category !== '' && module.category !== filter.category) return false;
  if (filter.status !== '' && module.status !== filter.status) return false;
  if (filter.level !== '' && String(module.level?.value ?? '') !== filter.level) return false;
  // 10 UK credits are 5 ECTS: a module is compared by its credit converted, never by the bare number.
  const credit = module.credit && convertCredit(module.credit.value, module.credit.system, 'ECTS');
  if (filter.minCredit !== '' && (credit === undefined || credit < Number(filter.minCredit))) return false;
  if (filter.maxCredit !== '' && (credit === undefined || credit > Number(filter.maxCredit))) return false;
  return true;
}
