/** MODEL.md's `evaluate` output: money to two decimals, years to four, as plain JSON numbers. */
import type { Decimal } from './decimal.ts';
import type { Figures, ScenarioResult } from './result.ts';

interface OutputFigures {
  totalInvestment: number;
  externalFunding: number;
  annualSavingYear1: number;
  paybackYears: number | null;
  netPaybackYears: number | null;
  discountedPaybackYears: number | null;
  npv: number;
  breakEven: string | null;
}

export interface Output {
  name: string;
  startMonth: string;
  horizonMonths: number;
  schemes: ({ id: string; name: string; enabled: boolean } & OutputFigures)[];
  portfolio: OutputFigures;
}

/** pounds, rounded half-up to the penny (a negative amount that rounds to nothing is 0, not −0) */
export const money = (x: Decimal): number => x.toDecimalPlaces(2).toNumber() + 0;
/** years, rounded half-up to four decimals */
export const years = (x: Decimal | null): number | null => (x === null ? null : x.toDecimalPlaces(4).toNumber() + 0);

export function outputFigures(f: Figures): OutputFigures {
  return {
    totalInvestment: money(f.totalInvestment),
    externalFunding: money(f.externalFunding),
    annualSavingYear1: money(f.annualSavingYear1),
    paybackYears: years(f.paybackYears),
    netPaybackYears: years(f.netPaybackYears),
    discountedPaybackYears: years(f.discountedPaybackYears),
    npv: money(f.npv),
    breakEven: f.breakEven,
  };
}

export function toOutputJson(r: ScenarioResult): Output {
  return {
    name: r.name,
    startMonth: r.startMonth,
    horizonMonths: r.horizonMonths,
    schemes: r.schemes.map((s) => ({ id: s.id, name: s.name, enabled: s.enabled, ...outputFigures(s.figures) })),
    portfolio: outputFigures(r.portfolio.figures),
  };
}
