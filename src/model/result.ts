/** What the arithmetic of MODEL.md produces for a scenario. Money stays decimal; series are plain numbers for the chart. */
import type { Decimal } from './decimal.ts';

export interface Figures {
  totalInvestment: Decimal;
  externalFunding: Decimal;
  annualSavingYear1: Decimal;
  /** years, or null: no payback within the horizon */
  paybackYears: Decimal | null;
  netPaybackYears: Decimal | null;
  discountedPaybackYears: Decimal | null;
  npv: Decimal;
  /** `YYYY-MM`, or null */
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
  figures: Figures;
  series: Series;
}

export interface ScenarioResult {
  name: string;
  startMonth: string;
  horizonMonths: number;
  schemes: SchemeResult[];
  portfolio: { figures: Figures; series: Series };
}
