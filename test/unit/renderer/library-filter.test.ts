import { describe, expect, it } from 'vitest';
import { type LibraryFilter, matchesFilter } from '../../../renderer/src/features/module-library/filter';
import { fullModule } from '../../fixtures/builders';

const any: LibraryFilter = { query: '', category: '', status: '', level: '', minCredit: '', maxCredit: '' };

describe('library filter', () => {
  it('bounds credit in ECTS, converting a module that states UK credits or hours', () => {
    const ects = fullModule({ credit: { value: 6, system: 'ECTS' } });
    const uk = fullModule({ credit: { value: 10, system: 'UK' } });
    const hours = fullModule({ credit: { value: 150, system: 'hours' } });
    const atLeastSix = { ...any, minCredit: '6' };
    expect([ects, uk, hours].map((m) => matchesFilter(m, atLeastSix))).toEqual([true, false, true]);
    const atMostFive = { ...any, maxCredit: '5' };
    expect([ects, uk, hours].map((m) => matchesFilter(m, atMostFive))).toEqual([false, true, false]);
  });

  it('leaves out a module without credit once a bound is set', () => {
    const none = fullModule({ credit: undefined });
    expect(matchesFilter(none, any)).toBe(true);
    expect(matchesFilter(none, { ...any, minCredit: '0' })).toBe(false);
  });
});
