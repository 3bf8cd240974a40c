/**
 * The flows of the model (docs/model.md §5) as a scheme's few streams: savings, capital, funding.
 *
 * Every flow of the model has one shape: `amount × U(rate, k)` at time point `k + shift`, for
 * whole months k in [from, to). Savings are credited at the end of their month (shift 1);
 * capital and funding happen at their time point (shift 0). A scheme is a handful of streams,
 * whatever its horizon, and sums over a stream come from per-rate tables (see RateTable), so
 * the decimal work is per stream, not per month.
 */
import { ZERO, type Decimal } from './decimal.ts';
import { divideFinely, Exact } from './exact.ts';
import type { Perspective, Scheme } from './scenario.ts';

type FlowKind = 'saving' | 'capital' | 'funding';

export interface Stream {
  kind: FlowKind;
  /** per month before uplift is amount / divisor; negative for capital; exact (exact.ts) */
  amount: Exact;
  /**
   * the amount as a plain number, for drawing: within a few units in its last place of the exact
   * one (fast/phases.ts bounds the curves' errors by it)
   */
  approx: number;
  /**
   * Divided last, so that figures that are exact decimals come out exact (a half-penny stays a
   * half-penny and rounds the same way in every honest implementation).
   */
  divisor: number;
  rate: number;
  shift: 0 | 1;
  from: number;
  /** exclusive */
  to: number;
}

/**
 * The savings streams of a scheme, unclipped by the horizon (`to` = Infinity): placements and
 * block from `openingMonth`, each other saving from its `fromMonth` (MODEL.md: left out, it is
 * the opening month).
 */
export function savingStreams(scheme: Scheme): Stream[] {
  // Annual amounts (52 weeks a year), each divided by 12 last; exact, whatever the inputs' digits.
  let external = Exact.ZERO;
  let inHouse = Exact.ZERO;
  // the same as plain numbers, for drawing
  let externalApprox = 0;
  let inHouseApprox = 0;
  const p = scheme.placements;
  if (p) {
    const beds = Exact.fromNumber(p.beds).times(52);
    const filled = beds.times(p.occupancy);
    external = filled.times(p.externalWeeklyFee);
    inHouse = (p.costBasis === 'perOccupiedBed' ? filled : beds).times(p.inHouseWeeklyCost);
    externalApprox = p.beds * 52 * p.occupancy * p.externalWeeklyFee;
    inHouseApprox = p.beds * 52 * (p.costBasis === 'perOccupiedBed' ? p.occupancy : 1) * p.inHouseWeeklyCost;
  }
  const b = scheme.block;
  if (b) {
    external = external.plus(b.doNothingAnnualCost);
    inHouse = inHouse.plus(b.inHouseAnnualCost);
    externalApprox += b.doNothingAnnualCost;
    inHouseApprox += b.inHouseAnnualCost;
  }
  // One stream per (rate, first month): lines that rise and start together are added up front.
  const streams: Stream[] = [];
  const merged = new Set<Stream>();
  const add = (amount: Exact, approx: number, rate: number, from: number) => {
    const same = streams.find((s) => s.rate === rate && s.from === from);
    if (same) {
      same.amount = same.amount.plus(amount);
      merged.add(same);
    } else streams.push({ kind: 'saving', amount, approx, divisor: 12, rate, shift: 1, from, to: Infinity });
  };
  const opening = scheme.openingMonth;
  add(external, externalApprox, scheme.feeInflation, opening);
  add(inHouse.negated(), -inHouseApprox, scheme.costInflation, opening);
  for (const line of scheme.otherSavings) {
    if (line.annual !== 0) add(Exact.fromNumber(line.annual), line.annual, scheme.costInflation, line.fromMonth ?? opening);
  }
  // a fee less a cost in plain numbers could keep little but their roundings: read the sum off the exact one
  for (const s of merged) s.approx = s.amount.toNumber();
  return streams.filter((s) => !s.amount.isZero());
}

/** All streams of a scheme within t = 0 … N. Funding counts only in the council perspective. */
export function schemeStreams(
  scheme: Scheme,
  horizonMonths: number,
  perspective: Perspective,
  savings: readonly Stream[] = savingStreams(scheme),
): Stream[] {
  const N = horizonMonths;
  const streams: Stream[] = [];
  for (const s of savings) {
    // month m < N, credited at m + 1 ≤ N
    if (s.from < N) streams.push({ ...s, to: N });
  }
  for (const item of scheme.capital) {
    // charged at t = month … month + spread − 1, and only up to t = N
    const to = Math.min(item.month + item.spreadMonths, N + 1);
    if (item.amount !== 0 && item.month < to) {
      streams.push({
        kind: 'capital',
        amount: Exact.fromNumber(-item.amount),
        approx: -item.amount,
        divisor: item.spreadMonths,
        rate: scheme.capitalInflation,
        shift: 0,
        from: item.month,
        to,
      });
    }
  }
  if (perspective === 'council') {
    for (const f of scheme.funding) {
      if (f.amount !== 0 && f.month <= N) {
        streams.push({
          kind: 'funding',
          amount: Exact.fromNumber(f.amount),
          approx: f.amount,
          divisor: 1,
          rate: 0,
          shift: 0,
          from: f.month,
          to: f.month + 1,
        });
      }
    }
  }
  return streams;
}

/** The scheme's t0: its first capital charge (0 if it has none). */
export function firstCapitalMonth(scheme: Scheme): number {
  let t0 = Infinity;
  for (const item of scheme.capital) t0 = Math.min(t0, item.month);
  return t0 === Infinity ? 0 : t0;
}

/** The savings of months [from, to) from a scheme's saving streams, with guard digits (exact.ts `divideFinely`); not limited by any horizon. */
export function savingsBetween(
  savings: readonly Stream[],
  from: number,
  to: number,
  table: (rate: number) => { sumExact(M: number): Exact },
): Decimal {
  // numerators by divisor, each divided once at the end
  const byDivisor = new Map<number, Exact>();
  for (const s of savings) {
    const a = Math.max(s.from, from);
    if (a >= to) continue;
    const t = table(s.rate);
    const part = s.amount.times(t.sumExact(to).minus(t.sumExact(a)));
    const known = byDivisor.get(s.divisor);
    byDivisor.set(s.divisor, known ? known.plus(part) : part);
  }
  let total: Decimal | undefined;
  for (const [divisor, numerator] of byDivisor) {
    const part = divideFinely(numerator, BigInt(divisor));
    total = total === undefined ? part : total.plus(part);
  }
  return total ?? ZERO;
}
