/**
 * Calendar months ("YYYY-MM") and UK financial years (1 April – 31 March, written "2021/22").
 * Pure arithmetic on year and month numbers: no Date, no time zone, no clock.
 */

export const INVALID_MONTH = 'month must be written YYYY-MM (e.g. 2021-04)';
const INVALID_MONTH_COUNT = 'a month count must be a whole number';

const MONTH_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** The financial year starts in April (month 4). */
export const FINANCIAL_YEAR_START_MONTH = 4;

/** Months since January of year 0: a plain count that months can be added to. */
export function monthCount(month: string): number {
  const match = MONTH_PATTERN.exec(month);
  if (!match) throw new RangeError(`${INVALID_MONTH}, got ${JSON.stringify(month)}`);
  return Number(match[1]) * 12 + (Number(match[2]) - 1);
}

function fromCount(count: number): string {
  const year = Math.floor(count / 12);
  const month = count - year * 12 + 1;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
}

/** `addMonths('2021-04', 63)` → `'2026-07'`; `months` may be negative. */
export function addMonths(month: string, months: number): string {
  if (!Number.isInteger(months)) throw new RangeError(`${INVALID_MONTH_COUNT}, got ${months}`);
  return fromCount(monthCount(month) + months);
}

/** Whole months from `from` to `to`: `monthsBetween('2021-04', '2026-07')` → 63. */
export function monthsBetween(from: string, to: string): number {
  return monthCount(to) - monthCount(from);
}

/** The UK financial year a month falls in: `'2026-07'` → `'2026/27'`, `'2027-02'` → `'2026/27'`, `'2027-04'` → `'2027/28'`. */
export function financialYear(month: string): string {
  const count = monthCount(month);
  const year = Math.floor(count / 12);
  const startYear = (count % 12) + 1 >= FINANCIAL_YEAR_START_MONTH ? year : year - 1;
  return `${startYear}/${String((startYear + 1) % 100).padStart(2, '0')}`;
}
