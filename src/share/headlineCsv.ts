/**
 * The headline figures as CSV, a row per scheme and one for the portfolio (first), for a board paper's
 * table: amounts in pounds to the penny and paybacks in years to two places, written from the decimals;
 * months kept as text. Where a figure is not a number, the cell says why in words.
 */
import type { Figures, ScenarioResult } from '../model/result.ts';
import { nothingToPayBack, type PaybackFigure } from '../format/payback.ts';
import { textCell, toCsv, type CsvCell } from './csv.ts';
import { leftOut, PORTFOLIO_LABEL } from './yearlyCsv.ts';

export const HEADLINE_CSV_HEADER: readonly string[] = [
  'Scheme',
  'Total investment (£)',
  'External funding (£)',
  'Annual saving, first year (£)',
  'Payback (years)',
  'Net payback (years)',
  'Discounted payback (years)',
  'Net present value (£)',
  'Break-even month',
];

const noneWithin = (horizonYears: number) => `none within ${horizonYears} year${horizonYears === 1 ? '' : 's'}`;

/** a payback in years, or why there is none */
function years(f: Figures, payback: PaybackFigure, horizonYears: number): CsvCell {
  if (nothingToPayBack(f, payback)) return 'nothing to pay back';
  const value = f[payback];
  return value === null ? noneWithin(horizonYears) : value.toFixed(2);
}

function row(label: string, f: Figures, horizonYears: number): CsvCell[] {
  return [
    label,
    f.totalInvestment.toFixed(2),
    f.externalFunding.toFixed(2),
    f.annualSavingYear1.toFixed(2),
    years(f, 'paybackYears', horizonYears),
    years(f, 'netPaybackYears', horizonYears),
    years(f, 'discountedPaybackYears', horizonYears),
    f.npv.toFixed(2),
    nothingToPayBack(f) ? 'nothing to pay back' : f.breakEven === null ? noneWithin(horizonYears) : textCell(f.breakEven),
  ];
}

export function headlineCsv(result: ScenarioResult): string {
  const horizonYears = result.horizonMonths / 12;
  return toCsv(HEADLINE_CSV_HEADER, [
    row(PORTFOLIO_LABEL, result.portfolio.figures, horizonYears),
    ...result.schemes.map((s) => row(s.enabled ? s.name : leftOut(s.name), s.figures, horizonYears)),
  ]);
}
