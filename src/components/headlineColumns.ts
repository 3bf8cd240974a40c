/**
 * The headline table's columns and their widths. The table's layout is fixed (a changed cell never re-measures the
 * whole table while a slider is dragged), so a column must be wide enough for its longest figure, which is the
 * portfolio's, in bold: a 100-scheme portfolio's NPV of £1,527,664,515 ran into the next column at 6.75 em. A money
 * column widens to its portfolio figure in bold (a scheme's figures are in the regular weight, narrower: one with a
 * character more still fits); the width changes only when that figure gains or loses a digit, so a drag re-measures
 * the table once in a great while.
 */
import { formatMoney } from '../format/money.ts';
import type { Figures } from '../model/result.ts';

export type ColumnNote = 'net' | 'discounted' | 'npv';

export interface Column {
  heading: string;
  /** the narrowest it is, in em of the table's text */
  width: number;
  /** the money figure it shows, whose portfolio value may widen it */
  money?: 'totalInvestment' | 'externalFunding' | 'annualSavingYear1' | 'npv';
  note?: ColumnNote;
}

export const COLUMNS: readonly Column[] = [
  { heading: 'Investment', width: 6.75, money: 'totalInvestment' },
  { heading: 'External funding', width: 6, money: 'externalFunding' },
  { heading: 'Annual saving, first year', width: 6.5, money: 'annualSavingYear1' },
  { heading: 'Payback, gross', width: 6.5 },
  { heading: 'Payback, net of the asset', width: 6.5, note: 'net' },
  { heading: 'Payback, discounted', width: 6.5, note: 'discounted' },
  { heading: 'NPV', width: 6.75, money: 'npv', note: 'npv' },
  { heading: 'Break-even', width: 7.5 },
];
export const NAME_WIDTH = 10;

/**
 * In em of the table's text: a bold digit or £, a bold minus sign, a comma or point (measured in Chromium with
 * DejaVu Sans, the widest of the usual system fonts), and a cell's padding (0.35 em a side, FigureRow.svelte).
 */
const BOLD_FIGURE_EM = 0.7;
const BOLD_MINUS_EM = 0.84;
const BOLD_COMMA_EM = 0.38;
export const CELL_PADDING_EM = 0.7;

/** how wide `text` is in bold, in em, near enough to size a column by (a little over, never under) */
export function boldTextWidth(text: string): number {
  let width = 0;
  for (const char of text) width += char === ',' || char === '.' ? BOLD_COMMA_EM : char === '\u2212' ? BOLD_MINUS_EM : BOLD_FIGURE_EM;
  return width;
}

/** Each column's width, in em: the narrowest, or as wide as the portfolio's figure in it needs. */
export function columnWidths(portfolio: Figures): number[] {
  return COLUMNS.map((column) =>
    column.money === undefined
      ? column.width
      : Math.max(column.width, Math.ceil((boldTextWidth(formatMoney(portfolio[column.money])) + CELL_PADDING_EM) * 4) / 4),
  );
}
