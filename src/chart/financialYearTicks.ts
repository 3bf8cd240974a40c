import { financialYearStarts, monthIndexToFinancialYear } from '../format/time.ts';

export interface TimeTick {
  /** time point: 1 April of a financial year */
  t: number;
  /** "2021/22" */
  label: string;
  /** false when thinned out: drawn as a short tick without a label */
  labelled: boolean;
}

/** Label every 1st, 2nd, 5th, 10th… financial year: whichever first fits. */
const STEPS = [1, 2, 5, 10, 20, 50] as const;
const LARGEST_STEP = 50;

/**
 * One tick per financial year start (1 April) in 0 … N, labelled "2021/22".
 * When more than `maxLabels` would be labelled, only every k-th keeps its label, counting from the first.
 */
export function financialYearTicks(startMonth: string, horizonMonths: number, maxLabels: number): TimeTick[] {
  const starts = financialYearStarts(startMonth, horizonMonths);
  const step = STEPS.find((k) => Math.ceil(starts.length / k) <= Math.max(1, maxLabels)) ?? LARGEST_STEP;
  return starts.map((t, i) => ({ t, label: monthIndexToFinancialYear(startMonth, t), labelled: i % step === 0 }));
}

/** How many "2021/22" labels fit across `innerWidth` pixels without touching. */
export function maxTimeLabels(innerWidth: number): number {
  return Math.max(1, Math.floor(innerWidth / 64));
}
