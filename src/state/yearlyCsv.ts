/**
 * The cash-flow table by UK financial year as CSV, the table beside the chart: the portfolio's
 * years first, then each scheme's. Amounts in pounds to the penny, written from the decimals.
 */
import type { Evaluation } from '../model/evaluate.ts';
import { yearlyTable, type YearRow } from '../model/yearlyTable.ts';
import { toCsv, type CsvCell } from '../share/csv.ts';

export const YEARLY_CSV_HEADER: readonly string[] = [
  'Scheme',
  'Financial year',
  'First month',
  'Last month',
  'Cash in (£)',
  'Cash out (£)',
  'Net (£)',
  'Cumulative at year end (£)',
];

export const PORTFOLIO_LABEL = 'Portfolio';
export const leftOut = (name: string) => `${name} (left out of the portfolio)`;

export function yearlyCsv(evaluation: Evaluation): string {
  const table = yearlyTable(evaluation);
  const rows = [
    ...table.portfolio.map((row) => csvRow(PORTFOLIO_LABEL, row)),
    ...table.schemes.flatMap((scheme) => scheme.rows.map((row) => csvRow(scheme.enabled ? scheme.name : leftOut(scheme.name), row))),
  ];
  return toCsv(YEARLY_CSV_HEADER, rows);
}

function csvRow(label: string, row: YearRow): CsvCell[] {
  return [
    label,
    row.financialYear,
    row.firstMonth,
    row.lastMonth,
    row.cashIn.toFixed(2),
    row.cashOut.toFixed(2),
    row.net.toFixed(2),
    row.cumulative.toFixed(2),
  ];
}
