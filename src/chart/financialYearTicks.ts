import { financialYear, financialYearStarts, formatMonth, monthEndingAt } from '../format/time.ts';

export interface TimeTick {
  /** time point: 1 April of a financial year */
  t: number;
  /** the financial year the tick ends ("2021/22", as the yearly table's row); at t = 0, the start month ("Apr 2021") */
  label: string;
  /** false when thinned out: drawn as a short tick without a label */
  labelled: boolean;
}

/** Label every 1st, 2nd, 5th, 10th… financial year: whichever first fits. */
const STEPS = [1, 2, 5, 10, 20, 50] as const;
const LARGEST_STEP = 50;

/** A tick at 1 April marks the end of the financial year before it, the yearly table's row; t = 0 ends none. */
function tickLabel(startMonth: string, t: number): string {
  return t === 0 ? formatMonth(startMonth, 'short') : financialYear(monthEndingAt(startMonth, t));
}

/**
 * One tick per financial year boundary (1 April) in 0 … N, labelled with the year it ends: "2021/22" at 1 April 2022.
 * When more than `maxLabels` would be labelled, only every k-th keeps its label, counting from the first.
 */
export function financialYearTicks(startMonth: string, horizonMonths: number, maxLabels: number): TimeTick[] {
  const starts = financialYearStarts(startMonth, horizonMonths);
  const step = STEPS.find((k) => Math.ceil(starts.length / k) <= Math.max(1, maxLabels)) ?? LARGEST_STEP;
  return starts.map((t, i) => ({ t, label: tickLabel(startMonth, t), labelled: i % step === 0 }));
}

/** How many "2021/22" labels fit across `innerWidth` pixels without touching. */
export function maxTimeLabels(innerWidth: number): number {
  return Math.max(1, Math.floor(innerWidth / 64));
}
