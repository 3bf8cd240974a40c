/**
 * The comparison chart's curves: one per compared scenario, its portfolio's or one scheme's position, placed by
 * calendar month so that scenarios with different start months line up. The base is drawn as the portfolio is
 * (thick and dark, labelled first); the others take the scheme curves' colours and dashes.
 */
import { monthsBetween } from '../model/months.ts';
import type { ChartCurve } from './types.ts';

export interface CompareLine {
  /** the compared scenario's key */
  id: string;
  label: string;
  startMonth: string;
  horizonMonths: number;
  values: ArrayLike<number>;
}

export interface CompareLayout {
  /** the earliest start month: t = 0 of the chart */
  startMonth: string;
  /** months from it to the latest end */
  spanMonths: number;
  curves: (ChartCurve & { offset: number; horizonMonths: number })[];
}

export function compareLayout(lines: readonly CompareLine[]): CompareLayout {
  const first = lines.reduce((a, l) => (a === '' || monthsBetween(l.startMonth, a) > 0 ? l.startMonth : a), '');
  const curves = lines.map((l, i) => ({
    id: l.id,
    label: l.label,
    kind: i === 0 ? ('portfolio' as const) : ('scheme' as const),
    values: l.values,
    crossingMonth: null,
    offset: first === '' ? 0 : monthsBetween(first, l.startMonth),
    horizonMonths: l.horizonMonths,
  }));
  const spanMonths = Math.max(1, ...curves.map((c) => c.offset + c.horizonMonths));
  return { startMonth: first, spanMonths, curves };
}
