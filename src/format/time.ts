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

const pad = (month: number) => String(month).padStart(2, '0');

/**
 * A calendar month as an officer writes it, en-GB: "Apr 2022", "April 2022", "Sept 2022", "apr-22", "2022-04",
 * "04/2022" → `'2022-04'`; null for anything else (a bare number is a month count, not a month). A two-digit
 * year is this century's, as Excel's "Apr-22" means.
 */
export function readMonth(text: string): string | null {
  const body = text.trim().toLowerCase();
  const iso = /^(\d{4})-(\d{1,2})$/.exec(body) ?? /^(?<month>\d{1,2})\/(?<year>\d{4})$/.exec(body);
  if (iso) {
    const [year, month] = iso.groups ? [iso.groups.year, iso.groups.month] : [iso[1], iso[2]];
    return Number(month) >= 1 && Number(month) <= 12 ? `${year}-${pad(Number(month))}` : null;
  }
  const named = /^([a-z]+)\.?[\s,/-]*(\d{4}|\d{2})$/.exec(body);
  if (!named) return null;
  const word = named[1]!;
  // "Apr", "April" or any start of the name from three letters; "Sept" too
  const index = LONG_NAMES.findIndex((name) => word.length >= 3 && name.toLowerCase().startsWith(word));
  if (index < 0) return null;
  const year = named[2]!.length === 2 ? `20${named[2]}` : named[2]!;
  return `${year}-${pad(index + 1)}`;
}

/** `2021-03-09` → `9 March 2021` */
export function formatDate(isoDate: string): string {
  const match = /^(\d{4}-\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) return isoDate;
  return `${Number(match[2])} ${formatMonth(match[1]!)}`;
}

/**
 * The calendar month that ends at time point `t` (t ≥ 1): t is the end of month t − 1 (docs/model.md §1, §5),
 * so t = N is the end of the horizon's last month.
 */
export function monthEndingAt(startMonth: string, t: number): string {
  return addMonths(startMonth, t - 1);
}

/** The horizon's last month: `'2031-03'` for 120 months from `'2021-04'`. */
export function lastMonthOf(startMonth: string, horizonMonths: number): string {
  return monthEndingAt(startMonth, horizonMonths);
}

/** The financial year of month index `t` (the month that starts at time point t) of a scenario starting in `startMonth`. */
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
