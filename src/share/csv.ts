/**
 * CSV for the cash-flow table (RFC 4180): a header row, then one row per entry, CRLF line ends,
 * fields quoted when they hold a comma, a semicolon (the list separator of spreadsheets set up for many
 * European locales, which would otherwise split `ok;=1+1` into a second cell starting with =), a quote or a
 * line break.
 *
 * Spreadsheets run a text cell that starts with = + - @ (or tab / carriage return) as a formula, so
 * such text is prefixed with ' (OWASP's advice). Numbers are written as numbers and left alone.
 */

/**
 * A value a spreadsheet must keep as it is written: a month (`2021-04`) or a financial year (`2009/10`), which
 * Excel would otherwise turn into a date. Written as `="2021-04"`, a formula whose value is that text: only
 * for the app's own validated formats (`textCell` refuses anything else), never for text a user typed.
 */
export interface TextCell {
  readonly text: string;
}

export type CsvCell = string | number | TextCell | null | undefined;

const KEPT_AS_TEXT = /^\d{4}(-\d{2}|\/\d{2})$/;

/** `2021-04` or `2021/22`, kept as text by a spreadsheet */
export function textCell(text: string): TextCell {
  if (!KEPT_AS_TEXT.test(text)) throw new RangeError(`not a month or financial year: ${JSON.stringify(text)}`);
  return { text };
}

interface CsvOptions {
  /** Start with a UTF-8 byte-order mark so Excel reads £ and — correctly (default true). */
  byteOrderMark?: boolean;
}

const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)$/;
const NEEDS_QUOTES = /[",;\r\n]/;

export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[], { byteOrderMark = true }: CsvOptions = {}): string {
  const lines = [header, ...rows].map((row) => row.map(csvField).join(','));
  return `${byteOrderMark ? '\uFEFF' : ''}${lines.join('\r\n')}\r\n`;
}

/** One field, escaped and quoted as needed. Non-finite numbers and null are written empty. */
export function csvField(cell: CsvCell): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  if (typeof cell === 'object') return `"=""${cell.text}"""`;
  const text = FORMULA_START.test(cell) && !PLAIN_NUMBER.test(cell) ? `'${cell}` : cell;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
