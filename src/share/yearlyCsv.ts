/**
 * The cash-flow table by UK financial year as CSV, the table beside the chart: the portfolio's
 * years first, then each scheme's. Amounts in pounds to the penny, written from the decimals.
 */
import type { Evaluation } from '../model/evaluate.ts';
import { YearlyTables, type YearRow } from '../model/yearlyTable.ts';
import { textCell, toCsv, type CsvCell } from './csv.ts';
import { inSlices, type SliceOptions } from '../schedule/slices.ts';

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

/**
 * The CSV in parts: a scheme's lines at a time, then the portfolio's (it adds up the schemes' years,
 * worked out by then), put first. Each part is toCsv's text of its rows under an empty header line,
 * which is dropped, so the parts joined are what toCsv writes for all the rows at once.
 */
function parts(evaluation: Evaluation, tables: YearlyTables) {
  const lines = (rows: CsvCell[][]) => {
    const text = toCsv([], rows, { byteOrderMark: false });
    return text.slice(text.indexOf('\n') + 1);
  };
  const schemes: string[] = [];
  let portfolio = '';
  const work = [
    ...evaluation.schemes.map((scheme) => () => {
      const label = scheme.result.enabled ? scheme.result.name : leftOut(scheme.result.name);
      schemes.push(lines(tables.scheme(evaluation, scheme).map((row) => csvRow(label, row))));
    }),
    () => (portfolio = lines(tables.portfolio(evaluation).map((row) => csvRow(PORTFOLIO_LABEL, row)))),
  ];
  return { work, csv: () => toCsv(YEARLY_CSV_HEADER, []) + portfolio + schemes.join('') };
}

export function yearlyCsv(evaluation: Evaluation, tables = new YearlyTables()): string {
  const { work, csv } = parts(evaluation, tables);
  for (const part of work) part();
  return csv();
}

/** The same CSV, worked out a slice at a time so that a big scenario never holds the page for long; null if stopped. */
export async function yearlyCsvInSlices(evaluation: Evaluation, tables: YearlyTables, options?: SliceOptions): Promise<string | null> {
  const { work, csv } = parts(evaluation, tables);
  return (await inSlices(work, (part) => part(), options)) ? csv() : null;
}

function csvRow(label: string, row: YearRow): CsvCell[] {
  return [
    label,
    textCell(row.financialYear),
    textCell(row.firstMonth),
    textCell(row.lastMonth),
    row.cashIn.toFixed(2),
    row.cashOut.toFixed(2),
    row.net.toFixed(2),
    row.cumulative.toFixed(2),
  ];
}
