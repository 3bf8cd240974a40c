/**
 * The figures of docs/model.md §7–§8, of a scheme or of the portfolio: the totals, the three
 * paybacks, the break-even month and the NPV, read off its positions.
 */
import { Decimal, ZERO } from './decimal.ts';
import type { Discounting } from './discounting.ts';
import { addMonths } from './months.ts';
import { payback } from './payback.ts';
import type { Position } from './positions.ts';
import type { Figures, Series } from './result.ts';
import type { Scheme } from './scenario.ts';
import { savingsBetween, type Stream } from './streams.ts';
import type { Uplifts } from './uplift.ts';

/** What figures are read against: the horizon, the start month and the discounting. */
export interface FigureSettings {
  horizonMonths: number;
  startMonth: string;
  discounting: Discounting;
}

/** C(t), C(t) + R(t) and D(t) of a scheme or the portfolio */
export interface Positions {
  cash: Position;
  net: Position;
  discounted: Position;
}

export interface Totals {
  totalInvestment: Decimal;
  externalFunding: Decimal;
  annualSavingYear1: Decimal;
}

/** The totals of one scheme, with guard digits (decimal.ts `divideFinely`), so that the portfolio's, their sum rounded once, is exact. */
export function schemeTotals(
  scheme: Scheme,
  positions: { total(which: (s: Stream) => boolean): Decimal },
  savings: readonly Stream[],
  { horizonMonths: N, discounting }: FigureSettings,
): Totals {
  const totalInvestment = positions.total((s) => s.kind === 'capital').negated();
  let externalFunding = ZERO;
  for (const f of scheme.funding) if (f.month <= N) externalFunding = externalFunding.plus(f.amount);
  // The first twelve months from opening, even past the horizon.
  const annualSavingYear1 = savingsBetween(savings, scheme.openingMonth, scheme.openingMonth + 12, (rate) => discounting.table(rate, 1));
  return { totalInvestment, externalFunding, annualSavingYear1 };
}

/** R(N): the retained asset's value at the horizon */
export function residualAt(scheme: Scheme, N: number, uplifts: Uplifts): Decimal {
  return new Decimal(scheme.residualValue).times(uplifts.of(scheme.assetAppreciation).power(Math.floor(N / 12)));
}

/** The paybacks from t0, the break-even month and NPV = D(N) + R(N) × F(N), beside the totals. */
export function figuresOf(settings: FigureSettings, t0: number, positions: Positions, residualAtN: Decimal, totals: Totals): Figures {
  const N = settings.horizonMonths;
  const cash = payback(positions.cash, t0, N);
  return {
    ...totals,
    paybackYears: cash?.years ?? null,
    netPaybackYears: payback(positions.net, t0, N)?.years ?? null,
    discountedPaybackYears: payback(positions.discounted, t0, N)?.years ?? null,
    npv: positions.discounted.exact(N).plus(residualAtN.times(settings.discounting.factor(N))),
    breakEven: cash ? addMonths(settings.startMonth, cash.breakEvenMonthIndex) : null,
  };
}

/** the plain-number curves, for the chart */
export function seriesOf(p: Positions): Series {
  return { cash: p.cash.approx, net: p.net.approx, discounted: p.discounted.approx };
}

/**
 * The portfolio's totals are its schemes' added up in scenario order as a fixed binary tree: node
 * i is nodes 2i and 2i + 1, the parts at n … 2n − 1. Fixed, so the sum's last digit never depends on
 * what was added before (fast/sumTree.ts carries the same tree from one evaluation to the next).
 */
export function pairwiseSum(parts: readonly Decimal[]): Decimal {
  const n = parts.length;
  if (n === 0) return ZERO;
  const nodes: Decimal[] = [];
  for (let i = 0; i < n; i++) nodes[n + i] = parts[i]!;
  for (let i = n - 1; i >= 1; i--) nodes[i] = nodes[2 * i]!.plus(nodes[2 * i + 1]!);
  return nodes[1]!;
}
