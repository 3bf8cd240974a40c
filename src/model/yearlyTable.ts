/**
 * The cash flows by UK financial year (April to March): cash in (savings and funding), cash out
 * (capital) and the cumulative position at the year's end — the table beside the chart.
 *
 * A saving belongs to the month it is earned in (credited at its end); capital and funding to
 * the month they arrive in. A charge at t = N, the horizon's last time point, is counted in the
 * last year.
 */
import { Decimal, ZERO } from './decimal.ts';
import type { Evaluation } from './evaluate.ts';
import type { Stream } from './flows.ts';
import { addMonths, financialYear } from './months.ts';
import { Uplift } from './uplift.ts';

export interface YearRow {
  financialYear: string;
  /** `YYYY-MM`, the first and last month of the year within the horizon */
  firstMonth: string;
  lastMonth: string;
  cashIn: Decimal;
  /** capital, as a positive amount */
  cashOut: Decimal;
  net: Decimal;
  /** the cash position at the year's end */
  cumulative: Decimal;
}

export interface YearlyTable {
  schemes: { id: string; name: string; enabled: boolean; rows: YearRow[] }[];
  /** enabled schemes only */
  portfolio: YearRow[];
}

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

export function yearlyTable(evaluation: Evaluation): YearlyTable {
  const { startMonth, horizonMonths: N } = evaluation.result;
  const years = financialYears(startMonth, N);
  // the stream's flows over months [from, to)
  const within = (s: Stream, from: number, to: number): Decimal => {
    const a = Math.max(from, s.from);
    const b = Math.min(to, s.to);
    if (a >= b) return ZERO;
    const u = Uplift.of(s.rate);
    return s.amount.times(u.sum(b).minus(u.sum(a))).div(s.divisor);
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
