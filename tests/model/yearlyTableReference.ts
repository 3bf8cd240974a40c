/**
 * The financial-year table the plain way, the test oracle of src/model/yearlyTable.ts: every stream of
 * every scheme, year by year (tests/model/yearlyTable.properties.test.ts checks the two agree).
 *
 * A saving belongs to the month it is earned in (credited at its end); capital and funding to
 * the month they arrive in. A charge at t = N, the horizon's last time point, is counted in the
 * last year.
 */
import { Decimal, ZERO } from '../../src/model/decimal.ts';
import type { Evaluation } from '../../src/model/evaluate.ts';
import type { YearlyTable, YearRow } from '../../src/model/yearlyTable.ts';
import type { Stream } from '../../src/model/streams.ts';
import { addMonths, financialYear } from '../../src/model/months.ts';
import { Uplift } from '../../src/model/uplift.ts';

/** room for every digit of an amount times a table's sum, and its division by a spread */
const Wide = Decimal.clone({ precision: 2500 });

/** month ranges [from, to) of each financial year within months 0 … N − 1 */
function financialYears(startMonth: string, horizonMonths: number): { label: string; from: number; to: number }[] {
  const years: { label: string; from: number; to: number }[] = [];
  for (let m = 0; m < horizonMonths; m++) {
    const label = financialYear(addMonths(startMonth, m));
    const last = years[years.length - 1];
    if (last && last.label === label) last.to = m + 1;
    else years.push({ label, from: m, to: m + 1 });
  }
  return years;
}

export function referenceYearlyTable(evaluation: Evaluation): YearlyTable {
  const { startMonth, horizonMonths: N } = evaluation.result;
  const years = financialYears(startMonth, N);
  // the stream's flows over months [from, to)
  const within = (s: Stream, from: number, to: number): Decimal => {
    const a = Math.max(from, s.from);
    const b = Math.min(to, s.to);
    if (a >= b) return ZERO;
    const u = new Uplift(s.rate);
    return new Wide(s.amount.toString()).times(new Wide(u.sum(b)).minus(u.sum(a))).div(s.divisor);
  };

  const rowsOf = (streams: readonly Stream[]): YearRow[] => {
    let cumulative = ZERO;
    return years.map((y, i) => {
      const to = i === years.length - 1 ? N + 1 : y.to;
      let cashIn = ZERO;
      let cashOut = ZERO;
      for (const s of streams) {
        const amount = within(s, y.from, to);
        if (s.kind === 'capital') cashOut = cashOut.minus(amount);
        else cashIn = cashIn.plus(amount);
      }
      const net = cashIn.minus(cashOut);
      cumulative = cumulative.plus(net);
      return {
        financialYear: y.label,
        firstMonth: addMonths(startMonth, y.from),
        lastMonth: addMonths(startMonth, y.to - 1),
        cashIn,
        cashOut,
        net,
        cumulative,
      };
    });
  };

  const schemes = evaluation.schemes.map((c) => ({
    id: c.result.id,
    name: c.result.name,
    enabled: c.result.enabled,
    rows: rowsOf(c.streams),
  }));
  const portfolio = rowsOf(evaluation.schemes.filter((c) => c.result.enabled).flatMap((c) => c.streams));
  return { schemes, portfolio };
}
