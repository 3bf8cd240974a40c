import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { csvField, textCell, toCsv, type CsvCell } from '../../src/share/csv.ts';
import { parseCsv } from './csvReader.ts';

const FORMULA = /^[=+\-@\t\r]/;

describe('toCsv', () => {
  it('writes a header row, then the rows, CRLF-ended, with a byte-order mark for Excel', () => {
    const csv = toCsv(
      ['Year', 'Saving (£)'],
      [
        ['2021/22', 82000],
        ['2022/23', 84460.5],
      ],
    );
    expect(csv).toBe('\uFEFFYear,Saving (£)\r\n2021/22,82000\r\n2022/23,84460.5\r\n');
    expect(toCsv(['a'], [[1]], { byteOrderMark: false })).toBe('a\r\n1\r\n');
  });

  it('reads back cell for cell (text that is not formula-like, and numbers)', () => {
    const cell = fc.oneof(
      fc.string().filter((text) => !FORMULA.test(text)),
      fc.double({ noNaN: true, noDefaultInfinity: true }).filter((n) => !Object.is(n, -0)),
    );
    fc.assert(
      fc.property(
        fc.array(
          fc.string().filter((text) => !FORMULA.test(text)),
          { minLength: 1, maxLength: 5 },
        ),
        fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { maxLength: 5 }),
        (header, rows) => {
          const read = parseCsv(toCsv(header, rows, { byteOrderMark: false }));
          expect(read).toEqual([header, ...rows.map((row) => row.map(String))]);
        },
      ),
    );
  });

  it('quotes fields holding commas, quotes or line breaks, doubling the quotes', () => {
    expect(csvField('Fees, legal')).toBe('"Fees, legal"');
    expect(csvField('The "Oaks"')).toBe('"The ""Oaks"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('two\r\nlines')).toBe('"two\r\nlines"');
    expect(csvField('plain')).toBe('plain');
  });

  it('quotes a field holding a semicolon, so a spreadsheet whose list separator is ; keeps it one cell', () => {
    expect(csvField('ok;=1+1')).toBe('"ok;=1+1"');
    // split on ; outside quotes, as such a spreadsheet does: no cell starts with =
    const cells = toCsv(['name'], [['ok;=1+1']], { byteOrderMark: false }).split(/;(?=(?:[^"]*"[^"]*")*[^"]*$)/);
    expect(cells.some((cell) => cell.trimStart().startsWith('='))).toBe(false);
  });

  it('prefixes text that a spreadsheet would run as a formula with a quote mark', () => {
    expect(csvField('=HYPERLINK("http://evil","x")')).toBe('"\'=HYPERLINK(""http://evil"",""x"")"');
    expect(csvField('+1+cmd|calc')).toBe("'+1+cmd|calc");
    expect(csvField('-2+3')).toBe("'-2+3");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('\tx')).toBe("'\tx");
    expect(csvField('\rx')).toBe('"\'\rx"');
  });

  it('leaves numbers, and text that is a plain number, as they are', () => {
    expect(csvField(-1234.5)).toBe('-1234.5');
    expect(csvField('-1234.5')).toBe('-1234.5');
    expect(csvField('+12')).toBe('+12');
  });

  it('writes null, undefined, NaN and infinities as empty cells', () => {
    const cells: CsvCell[] = [null, undefined, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY];
    expect(cells.map(csvField)).toEqual(['', '', '', '', '']);
  });
});

describe('textCell', () => {
  it('keeps a month and a financial year as text for a spreadsheet, and takes nothing else', () => {
    expect(toCsv(['m', 'fy'], [[textCell('2021-04'), textCell('2009/10')]], { byteOrderMark: false })).toBe(
      'm,fy\r\n"=""2021-04""","=""2009/10"""\r\n',
    );
    expect(parseCsv(toCsv(['m'], [[textCell('2030-03')]]).slice(1))[1]).toEqual(['="2030-03"']);
    for (const bad of ['=1+1', '2021-4', '"2021-04"', '2021-04,x', 'HYPERLINK("x")']) expect(() => textCell(bad)).toThrow(RangeError);
  });
});
