/**
 * The headline table's columns and their widths. The table's layout is fixed (a changed cell never re-measures the
 * whole table while a slider is dragged), so a money column must be as wide as its widest figure: the portfolio's,
 * in bold, or a scheme's, in the regular weight (a scheme left out of the portfolio, or one whose negative figure
 * the others cancel, can be the wider). A 100-scheme portfolio's NPV of £1,527,664,515 ran into the next column at
 * 6.75 em. A width changes only when a figure gains or loses a character, so a drag re-measures the table once in a
 * great while; and a scheme's widths are kept with its figures, which the model hands back unchanged for every
 * scheme but the one that moved.
 */
import { formatMoney } from '../format/money.ts';
import type { Figures } from '../model/result.ts';

/** the notes below the table that a column's header points to */
export type ColumnNote = 'net' | 'discounted' | 'npv';
type MoneyFigure = 'totalInvestment' | 'externalFunding' | 'annualSavingYear1' | 'npv';

export interface Column {
  heading: string;
  /** the narrowest it is, in em of the table's text */
  width: number;
  /** the money figure it shows, which may widen it */
  money?: MoneyFigure;
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

/** in em: a figure or £, a minus sign, a comma or point (DejaVu Sans, the widest of the usual system fonts, in Chromium) */
const GLYPH_EM = {
  bold: { figure: 0.696, minus: 0.838, comma: 0.38 },
  regular: { figure: 0.636, minus: 0.838, comma: 0.318 },
} as const;
/** the table's text size and a cell's padding either side, in rem: as HeadlineFigures.svelte and FigureRow.svelte set them */
const TABLE_TEXT_REM = 0.8125;
const CELL_PADDING_REM = 0.35;
/** a cell's padding, both sides, in em of the table's text */
export const CELL_PADDING_EM = (2 * CELL_PADDING_REM) / TABLE_TEXT_REM;

/** how wide `text` is, in em, near enough to size a column by (a little over, never under) */
export function textWidth(text: string, weight: keyof typeof GLYPH_EM): number {
  const glyph = GLYPH_EM[weight];
  let width = 0;
  for (const char of text) width += char === ',' || char === '.' ? glyph.comma : char === '\u2212' ? glyph.minus : glyph.figure;
  return width;
}

/** each column's width (in em) that one row's figures need, or 0 for a column with no money figure */
function rowWidths(figures: Figures, weight: keyof typeof GLYPH_EM): number[] {
  return COLUMNS.map((column) =>
    column.money === undefined ? 0 : textWidth(formatMoney(figures[column.money]), weight) + CELL_PADDING_EM,
  );
}

const schemeWidths = new WeakMap<Figures, number[]>();

function schemeRowWidths(figures: Figures): number[] {
  let widths = schemeWidths.get(figures);
  if (widths === undefined) schemeWidths.set(figures, (widths = rowWidths(figures, 'regular')));
  return widths;
}

/**
 * Each column's width, in em (to a quarter): its narrowest, or what the widest figure in it needs. `portfolio`:
 * the portfolio's figures when its row shows them (in bold), null when it shows none; `schemes`: the rows shown.
 */
export function columnWidths(portfolio: Figures | null, schemes: readonly Figures[]): number[] {
  const needed = portfolio === null ? COLUMNS.map(() => 0) : rowWidths(portfolio, 'bold');
  for (const figures of schemes) schemeRowWidths(figures).forEach((width, i) => (needed[i] = Math.max(needed[i]!, width)));
  return COLUMNS.map((column, i) => Math.max(column.width, Math.ceil(needed[i]! * 4) / 4));
}
