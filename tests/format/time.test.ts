import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  INVALID_MONTH,
  addMonths,
  financialYear,
  financialYearStarts,
  formatDate,
  formatMonth,
  lastMonthOf,
  monthEndingAt,
  monthIndexToFinancialYear,
  monthsBetween,
  readMonth,
} from '../../src/format/time.ts';

const arbitraryMonth = fc
  .record({ year: fc.integer({ min: 1990, max: 2100 }), month: fc.integer({ min: 1, max: 12 }) })
  .map(({ year, month }) => `${year}-${String(month).padStart(2, '0')}`);

describe('addMonths', () => {
  it('adds months across year ends', () => {
    expect(addMonths('2021-04', 63)).toBe('2026-07');
    expect(addMonths('2021-04', 0)).toBe('2021-04');
    expect(addMonths('2021-12', 1)).toBe('2022-01');
    expect(addMonths('2021-01', -1)).toBe('2020-12');
    expect(addMonths('2021-04', 480)).toBe('2061-04');
  });

  it('refuses a month that is not YYYY-MM, naming the format', () => {
    expect(() => addMonths('2021-13', 1)).toThrow(INVALID_MONTH);
    expect(() => addMonths('2021-4', 1)).toThrow(INVALID_MONTH);
    expect(() => addMonths('2021-04', 1.5)).toThrow(RangeError);
  });

  it('law: adding then counting the months between gives the months added', () => {
    fc.assert(
      fc.property(arbitraryMonth, fc.integer({ min: -600, max: 600 }), (month, n) => {
        expect(monthsBetween(month, addMonths(month, n))).toBe(n);
      }),
    );
  });
});

describe('formatMonth', () => {
  it('writes the month name and year, long or short', () => {
    expect(formatMonth('2026-07')).toBe('July 2026');
    expect(formatMonth('2026-07', 'short')).toBe('Jul 2026');
    expect(formatMonth('2025-09', 'short')).toBe('Sep 2025');
    expect(formatMonth('2025-12')).toBe('December 2025');
  });
});

describe('formatDate', () => {
  it('writes a report date as the day, the month name and the year; anything else as it is', () => {
    expect(formatDate('2021-03-09')).toBe('9 March 2021');
    expect(formatDate('March 2021')).toBe('March 2021');
  });
});

describe('financialYear', () => {
  it('runs April to March', () => {
    expect(financialYear('2026-07')).toBe('2026/27');
    expect(financialYear('2027-02')).toBe('2026/27');
    expect(financialYear('2027-03')).toBe('2026/27');
    expect(financialYear('2027-04')).toBe('2027/28');
    expect(financialYear('2099-04')).toBe('2099/00');
  });

  it('monthIndexToFinancialYear counts from the scenario start', () => {
    expect(monthIndexToFinancialYear('2021-04', 0)).toBe('2021/22');
    expect(monthIndexToFinancialYear('2021-04', 11)).toBe('2021/22');
    expect(monthIndexToFinancialYear('2021-04', 12)).toBe('2022/23');
    expect(monthIndexToFinancialYear('2021-01', 2)).toBe('2020/21');
    expect(monthIndexToFinancialYear('2021-01', 3)).toBe('2021/22');
  });
});

describe('financialYearStarts', () => {
  it('lists the April time points of a scenario starting in April, both ends included', () => {
    expect(financialYearStarts('2021-04', 24)).toEqual([0, 12, 24]);
  });

  it('starts at the first April after a mid-year start', () => {
    expect(financialYearStarts('2021-01', 24)).toEqual([3, 15]);
    expect(financialYearStarts('2021-05', 12)).toEqual([11]);
  });

  it('law: every listed time point is an April, and no April is missed', () => {
    fc.assert(
      fc.property(arbitraryMonth, fc.integer({ min: 12, max: 480 }), (start, n) => {
        const starts = financialYearStarts(start, n);
        for (const t of starts) expect(addMonths(start, t).endsWith('-04')).toBe(true);
        const aprils = Array.from({ length: n + 1 }, (_, t) => t).filter((t) => addMonths(start, t).endsWith('-04'));
        expect(starts).toEqual(aprils);
      }),
    );
  });
});

describe('readMonth', () => {
  it('reads a calendar month as officers write it: "Apr 2022", "April 2022", "2022-04", "04/2022", "apr-22"', () => {
    for (const text of ['Apr 2022', 'April 2022', 'april 2022', ' APR 2022 ', '2022-04', '2022-4', '04/2022', '4/2022', 'apr-22', 'Apr 22'])
      expect(readMonth(text), text).toBe('2022-04');
    expect(readMonth('Sept 2023')).toBe('2023-09');
    expect(readMonth('September, 2023')).toBe('2023-09');
  });

  it('reads nothing from a number, a bad month or a word that is no month', () => {
    for (const text of ['12', '', '2022-13', '13/2022', 'Ap 2022', 'Aprill 2022', 'abc', '2022', 'Apr', 'Apr 2022 12']) {
      expect(readMonth(text), text).toBeNull();
    }
  });

  it('reads back every month it formats', () => {
    fc.assert(
      fc.property(arbitraryMonth, (month) => readMonth(formatMonth(month)) === month && readMonth(formatMonth(month, 'short')) === month),
    );
  });
});

describe('monthEndingAt and lastMonthOf', () => {
  it('name the month that ends at a time point: t = 120 from April 2021 is the end of March 2031', () => {
    expect(monthEndingAt('2021-04', 1)).toBe('2021-04');
    expect(monthEndingAt('2021-04', 120)).toBe('2031-03');
    expect(lastMonthOf('2021-04', 120)).toBe('2031-03');
    expect(lastMonthOf('2021-10', 12)).toBe('2022-09');
  });
});
