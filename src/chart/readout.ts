import type { CurveStyle } from './curveStyle.ts';
import { formatMoney } from '../format/money.ts';
import { addMonths, financialYear, formatMonth, monthEndingAt } from '../format/time.ts';
import type { ChartCurve } from './types.ts';

/** One row of the readout beside the chart: a curve's name, its position at the month, and its line's style. */
export interface ReadoutRow {
  id: string;
  label: string;
  value: string;
  style: CurveStyle;
}

/** A curve's value at a fractional time point, by the same straight line the chart draws. NaN outside the data. */
export function valueAt(values: ArrayLike<number>, t: number): number {
  const before = Math.floor(t);
  const a = values[before];
  if (a === undefined || before < 0) return NaN;
  const fraction = t - before;
  if (fraction === 0) return a;
  const b = values[before + 1];
  return b === undefined ? NaN : a + (b - a) * fraction;
}

/**
 * "End of March 2025 (2024/25)": time point t is the end of month t − 1 (savings are credited at a month's end),
 * so it is named by the month it ends and that month's financial year; t = 0 is the start of the first month.
 */
export function monthHeading(startMonth: string, t: number): string {
  if (t <= 0) return `Start, ${formatMonth(startMonth)} (${financialYear(startMonth)})`;
  const month = monthEndingAt(startMonth, t);
  return `End of ${formatMonth(month)} (${financialYear(month)})`;
}

/**
 * The last value said of each curve: while a slider moves, the model hands back the same series for
 * every scheme it did not recompute, so a hundred curves' readouts are not formatted again each step.
 * The value is checked too, so an array refilled in place is said afresh.
 */
const lastSaid = new WeakMap<object, { value: number; text: string }>();

/** "Property 1 −£120,000" per curve; "no data" rather than a misleading number past a curve's end. */
export function readoutValue(values: ArrayLike<number>, t: number): string {
  const value = valueAt(values, t);
  const known = lastSaid.get(values);
  if (known && Object.is(known.value, value)) return known.text;
  const text = Number.isFinite(value) ? formatMoney(value) : 'no data';
  lastSaid.set(values, { value, text });
  return text;
}

/** What the live region says: "End of March 2025 (2024/25): Property 1 −£120,000; Portfolio £310,000". */
export function readoutSentence(startMonth: string, t: number, curves: readonly Pick<ChartCurve, 'label' | 'values'>[]): string {
  const parts = curves.map((curve) => `${curve.label} ${readoutValue(curve.values, t)}`);
  return `${monthHeading(startMonth, t)}: ${parts.join('; ')}`;
}

/**
 * MODEL.md's `breakEven` of a crossing at `crossingMonth`: the calendar month in which (or at whose end) it
 * happens, `startMonth + max(0, ceil(crossingMonth) − 1)`. A hair of tolerance so 63.000000001 from floating
 * point is month 62.
 */
export function breakEvenOf(startMonth: string, crossingMonth: number): string {
  return addMonths(startMonth, Math.max(0, Math.ceil(crossingMonth - 1e-9) - 1));
}
