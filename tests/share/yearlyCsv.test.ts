import { describe, expect, it } from 'vitest';
import { evaluateDetailed } from '../../src/model/evaluate.ts';
import { presetById } from '../../src/model/presets/index.ts';
import { yearlyTable, YearlyTables, type YearRow } from '../../src/model/yearlyTable.ts';
import { SLICE_MS } from '../../src/schedule/slices.ts';
import { parseCsv } from './csvReader.ts';
import { PORTFOLIO_LABEL, YEARLY_CSV_HEADER, leftOut, yearlyCsv, yearlyCsvInSlices } from '../../src/share/yearlyCsv.ts';

const leics = presetById('leics-2021')!;

/** The CSV back into rows of cells */
const rows = (csv: string): string[][] => parseCsv(csv.replace(/^\uFEFF/, ''));

describe('yearlyCsv', () => {
  const evaluation = evaluateDetailed({
    ...leics.scenario,
    schemes: leics.scenario.schemes.map((s) => (s.id === 'p4' ? { ...s, enabled: false } : s)),
  });
  const table = yearlyTable(evaluation);
  const csv = yearlyCsv(evaluation);

  it('starts with a byte-order mark and the header, lines end CRLF', () => {
    expect(csv.startsWith(`\uFEFF${YEARLY_CSV_HEADER.join(',')}\r\n`)).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('has the portfolio’s years, then each scheme’s, each amount the table’s decimal to the penny', () => {
    const body = rows(csv).slice(1);
    const expected: [string, YearRow][] = [
      ...table.portfolio.map((r): [string, YearRow] => [PORTFOLIO_LABEL, r]),
      ...table.schemes.flatMap((s) => s.rows.map((r): [string, YearRow] => [s.enabled ? s.name : leftOut(s.name), r])),
    ];
    expect(body).toHaveLength(expected.length);
    body.forEach((cells, i) => {
      const [label, row] = expected[i]!;
      expect(cells).toEqual([
        label,
        // kept as text in a spreadsheet: Excel would make dates of 2021-04 and of 2009/10
        `="${row.financialYear}"`,
        `="${row.firstMonth}"`,
        `="${row.lastMonth}"`,
        row.cashIn.toFixed(2),
        row.cashOut.toFixed(2),
        row.net.toFixed(2),
        row.cumulative.toFixed(2),
      ]);
    });
  });

  it('the portfolio’s last cumulative is the sum of the enabled schemes’ last cumulatives', () => {
    const last = (label: string) =>
      rows(csv)
        .filter((c) => c[0] === label)
        .at(-1)![7]!;
    const enabled = table.schemes.filter((s) => s.enabled).map((s) => Number(last(s.name)));
    expect(Number(last(PORTFOLIO_LABEL))).toBeCloseTo(
      enabled.reduce((a, b) => a + b, 0),
      2,
    );
  });

  it('a scheme name a spreadsheet would run is written as text', () => {
    const hostile = evaluateDetailed({ ...leics.scenario, schemes: [{ ...leics.scenario.schemes[0]!, name: '=HYPERLINK("x")' }] });
    expect(yearlyCsv(hostile)).toContain(`"'=HYPERLINK(""x"")",`);
  });
});

describe('yearlyCsvInSlices', () => {
  const evaluation = evaluateDetailed(leics.scenario);
  /** a clock that moves on a slice's length at every look, so each scheme is a slice of its own */
  const slow = () => {
    let t = 0;
    return () => (t += SLICE_MS + 1);
  };

  it('is the same CSV as yearlyCsv, worked out a slice at a time', async () => {
    let pauses = 0;
    const csv = await yearlyCsvInSlices(evaluation, new YearlyTables(), { now: slow(), pause: async () => void pauses++ });
    expect(csv).toBe(yearlyCsv(evaluation));
    // a part per scheme and the portfolio's, each after a pause
    expect(pauses).toBe(evaluation.schemes.length + 1);
  });

  it('with little to do, it never pauses', async () => {
    let pauses = 0;
    // a clock that never reaches the slice's end (the real one does on a busy machine)
    const options = { pause: async () => void pauses++, now: () => 0 };
    expect(await yearlyCsvInSlices(evaluation, new YearlyTables(), options)).toBe(yearlyCsv(evaluation));
    expect(pauses).toBe(0);
  });

  it('stopped between slices, it gives nothing', async () => {
    const stop = new AbortController();
    const csv = await yearlyCsvInSlices(evaluation, new YearlyTables(), {
      now: slow(),
      signal: stop.signal,
      pause: async () => stop.abort(),
    });
    expect(csv).toBeNull();
  });
});
