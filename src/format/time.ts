/**
 * Calendar months ("YYYY-MM") and UK financial years (1 April – 31 March, written "2021/22").
 * Pure arithmetic on year and month numbers: no Date, no time zone, no clock.
 */

import { FINANCIAL_YEAR_START_MONTH, addMonths, financialYear, monthCount } from '../model/months.ts';

// The month arithmetic lives with the model, which needs it too; formatting is this file's own.
export { INVALID_MONTH, addMonths, financialYear, monthsBetween } from '../model/months.ts';

// Fixed names rather than Intl.DateTimeFormat: ICU versions disagree on en-GB "Sep" / "Sept".
const LONG_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;
const SHORT_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

/** `'2026-07'` → `'July 2026'`, or `'Jul 2026'` with `'short'`. */
export function formatMonth(month: string, style: 'long' | 'short' = 'long'): string {
  const count = monthCount(month);
  const names = style === 'long' ? LONG_NAMES : SHORT_NAMES;
  return `${names[count % 12]} ${Math.floor(count / 12)}`;
}

/** `2021-03-09` → `9 March 2021` */
export function formatDate(isoDate: string): string {
  const match = /^(\d{4}-\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) return isoDate;
  return `${Number(match[2])} ${formatMonth(match[1]!)}`;
}

/** The financial year of time point `t` of a scenario starting in `startMonth`. */
export function monthIndexToFinancialYear(startMonth: string, t: number): string {
  return financialYear(addMonths(startMonth, t));
}

/** The time points `t` in `0 … horizonMonths` that fall on 1 April, in order: where the financial years begin. */
export function financialYearStarts(startMonth: string, horizonMonths: number): number[] {
  const startCalendarMonth = (monthCount(startMonth) % 12) + 1;
  const first = (FINANCIAL_YEAR_START_MONTH - startCalendarMonth + 12) % 12;
  const starts: number[] = [];
  for (let t = first; t <= horizonMonths; t += 12) starts.push(t);
  return starts;
}
