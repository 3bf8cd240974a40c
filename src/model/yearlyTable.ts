/**
 * The cash flows by UK financial year (April to March): cash in (savings and funding), cash out
 * (capital) and the cumulative position at the year's end — the table beside the chart.
 *
 * A saving belongs to the month it is earned in (credited at its end); capital and funding to
 * the month they arrive in. A charge at t = N, the horizon's last time point, is counted in the
 * last year.
 *
 * Fast path of tests/model/yearlyTableReference.ts (every stream, every year), which
 * tests/model/yearlyTable.properties.test.ts proves it equals: each year is a difference of the
 * scheme's positions by month at two year ends, and the portfolio's are its schemes' added up.
 */
import { ZERO, type Decimal } from './decimal.ts';
import type { Evaluation } from './evaluate.ts';
import type { Stream } from './streams.ts';
import { addMonths, financialYear } from './months.ts';
import { CarriedSums } from './fast/sumTree.ts';

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

/** one scheme's part of an evaluation */
type SchemeEvaluation = Evaluation['schemes'][number];

interface FinancialYear {
  label: string;
  /** months [from, to) within 0 … N − 1 */
  from: number;
  to: number;
}

/** the years of a horizon, with what every table of it shares */
interface Layout {
  years: (FinancialYear & { firstMonth: string; lastMonth: string })[];
  /** each year's end as a month boundary; the last year also takes the charge at t = N */
  ends: number[];
}

/** At each year's end: the cash in and the cash out (negative) since t = 0. */
interface YearEnds {
  cashIn: Decimal[];
  cashOut: Decimal[];
}

/** each financial year's months [from, to) within months 0 … N − 1 */
function financialYears(startMonth: string, horizonMonths: number): FinancialYear[] {
  const years: FinancialYear[] = [];
  for (let m = 0; m < horizonMonths; m++) {
    const label = financialYear(addMonths(startMonth, m));
    const last = years[years.length - 1];
    if (last && last.label === label) last.to = m + 1;
    else years.push({ label, from: m, to: m + 1 });
  }
  return years;
}

const isCapital = (s: Stream) => s.kind === 'capital';
const isInflow = (s: Stream) => s.kind !== 'capital';

function layout(startMonth: string, N: number): Layout {
  const years = financialYears(startMonth, N).map((y) => ({
    ...y,
    firstMonth: addMonths(startMonth, y.from),
    lastMonth: addMonths(startMonth, y.to - 1),
  }));
  return { years, ends: years.map((y, i) => (i === years.length - 1 ? N + 1 : y.to)) };
}

/** a year's flows are the differences of the positions at its two ends */
function rowsOf({ years }: Layout, ends: YearEnds): YearRow[] {
  let cashIn = ZERO;
  let cashOut = ZERO;
  let cumulative = ZERO;
  return years.map((y, i) => {
    const inflow = ends.cashIn[i]!;
    const outflow = ends.cashOut[i]!;
    const atEnd = inflow.plus(outflow);
    const row: YearRow = {
      financialYear: y.label,
      firstMonth: y.firstMonth,
      lastMonth: y.lastMonth,
      cashIn: inflow.minus(cashIn),
      cashOut: cashOut.minus(outflow),
      net: atEnd.minus(cumulative),
      cumulative: atEnd,
    };
    cashIn = inflow;
    cashOut = outflow;
    cumulative = atEnd;
    return row;
  });
}

/**
 * Financial-year tables of one evaluation after another. A scheme's year ends are kept with its
 * evaluation (which the engine keeps while the scheme is unchanged), so when a slider moves one
 * scheme only its years are worked out again and the portfolio's re-added. Whoever shows or exports
 * tables owns one and may drop it.
 */
export class YearlyTables {
  #layout: { key: string; value: Layout } | undefined;
  readonly #byScheme = new WeakMap<SchemeEvaluation, YearEnds>();
  /** the portfolio's sums last worked out, per year end [cash in, cash out], to start the next from */
  readonly #sums = new CarriedSums<SchemeEvaluation>();

  #layoutOf(evaluation: Evaluation): Layout {
    const { startMonth, horizonMonths } = evaluation.result;
    const key = `${startMonth}|${horizonMonths}`;
    if (this.#layout?.key !== key) this.#layout = { key, value: layout(startMonth, horizonMonths) };
    return this.#layout.value;
  }

  #yearEnds(evaluation: Evaluation, scheme: SchemeEvaluation): YearEnds {
    let known = this.#byScheme.get(scheme);
    if (known === undefined) {
      const { ends } = this.#layoutOf(evaluation);
      known = { cashIn: scheme.positions.byMonth(ends, isInflow), cashOut: scheme.positions.byMonth(ends, isCapital) };
      this.#byScheme.set(scheme, known);
    }
    return known;
  }

  /** Whether a scheme's years are worked out (each of the others costs a pass over its streams). */
  knows(scheme: SchemeEvaluation): boolean {
    return this.#byScheme.has(scheme);
  }

  /** Works out a scheme's years ahead of showing them (so that big scenarios can be done a few schemes at a time). */
  workOut(evaluation: Evaluation, scheme: SchemeEvaluation): void {
    this.#yearEnds(evaluation, scheme);
  }

  /** one scheme's years (it must be one of the evaluation's) */
  scheme(evaluation: Evaluation, scheme: SchemeEvaluation): YearRow[] {
    return rowsOf(this.#layoutOf(evaluation), this.#yearEnds(evaluation, scheme));
  }

  /**
   * The enabled schemes' years added up. Each year end's sums are fixed binary trees over the schemes
   * in scenario order (as the engine adds the portfolio's totals): when a slider moves one scheme, its
   * leaves are replaced and the additions above them redone, and every sum is the one a fresh tree gives.
   */
  portfolio(evaluation: Evaluation): YearRow[] {
    const layout = this.#layoutOf(evaluation);
    const enabled = evaluation.schemes.filter((c) => c.result.enabled);
    const E = layout.ends.length;
    // per scheme: the cash in at each year end, then the cash out at each
    const sums = this.#sums.totals(
      enabled,
      2 * E,
      (c) => {
        const ends = this.#yearEnds(evaluation, c);
        return [...ends.cashIn, ...ends.cashOut];
      },
      layout,
    );
    return rowsOf(layout, { cashIn: sums.slice(0, E), cashOut: sums.slice(E) });
  }
}

/** Every scheme's table and the portfolio's. */
export function yearlyTable(evaluation: Evaluation, tables = new YearlyTables()): YearlyTable {
  return {
    schemes: evaluation.schemes.map((c) => ({
      id: c.result.id,
      name: c.result.name,
      enabled: c.result.enabled,
      rows: tables.scheme(evaluation, c),
    })),
    portfolio: tables.portfolio(evaluation),
  };
}
