/** What the arithmetic of MODEL.md produces for a scenario. Money stays decimal; series are plain numbers for the chart. */
import type { Decimal } from './decimal.ts';

/**
 * A scheme's or the portfolio's figures. Break-even has three names for three things: `breakEven`
 * is the calendar month, `YYYY-MM` (MODEL.md's output); `breakEvenMonthIndex` (payback.ts) is the
 * same month counted from the start month; `crossingMonth` is the interpolated month of a
 * payback's crossing, `t0 + years × 12`, for the chart.
 */
export interface Figures {
  totalInvestment: Decimal;
  externalFunding: Decimal;
  annualSavingYear1: Decimal;
  /** years, or null: no payback within the horizon */
  paybackYears: Decimal | null;
  netPaybackYears: Decimal | null;
  discountedPaybackYears: Decimal | null;
  npv: Decimal;
  /** `YYYY-MM`: the month in which the cash position turns non-negative for good; null: no payback */
  breakEven: string | null;
}

/** Positions at t = 0 … N (length N + 1), plain numbers: for drawing only, never for figures. */
export interface Series {
  /** C(t): cash position */
  cash: Float64Array;
  /** C(t) + R(t): net of the retained asset */
  net: Float64Array;
  /** D(t): discounted cash position */
  discounted: Float64Array;
}

export interface SchemeResult {
  id: string;
  name: string;
  enabled: boolean;
  /** the month index paybacks are counted from: the first capital charge */
  t0: number;
  figures: Figures;
  series: Series;
}

export interface ScenarioResult {
  name: string;
  startMonth: string;
  horizonMonths: number;
  schemes: SchemeResult[];
  portfolio: { t0: number; figures: Figures; series: Series };
}

/** The interpolated month index at which a payback is reached, for drawing; null when there is none. */
export function crossingMonth(t0: number, years: Decimal | null): number | null {
  return years === null ? null : t0 + years.times(12).toNumber();
}
