/**
 * The positions of docs/model.md §6, at every time point t = 0 … N: the cash position C(t) (the
 * flows at or before t) and the discounted one D(t) (each flow times F at its time point).
 *
 * A position is `numerator(t) / over`: `over` is the common denominator of the flows' divisors, so
 * amounts are divided last, and once, and the numerator is exact. `PlainPositions` below says, stream
 * by stream, what the numerator of a scheme's streams is; the engine works the same numbers out by
 * phases (fast/phases.ts), and the portfolio's are its schemes' added up (portfolioSum.ts). Beside
 * each exact position runs a plain-number curve, for the chart and for finding where to look, never
 * for a figure.
 */
import { lcm, ZERO, type Decimal } from './decimal.ts';
import { add, divide, divideFinely, Exact, whole } from './exact.ts';
import type { Discounting, RateTable } from './discounting.ts';
import type { Stream } from './streams.ts';

/**
 * A cumulative position: the sum of flows at or before t, said as `numerator(t) / over` so that
 * amounts are divided last, and once — a payback's crossing, a ratio of two numerators, needs no
 * division by `over` at all. Numerators are exact (exact.ts): their sign is the position's.
 */
export interface Position {
  readonly approx: Float64Array;
  /** what approx can be off by */
  readonly bound: ErrorBound;
  /** how far approx(t) can be from the exact position: beyond it, the plain value has the exact one's sign */
  error(t: number): number;
  /** the common denominator of everything in the position: exact, however many spreads it takes in */
  readonly over: bigint;
  /** over × the position at t, exact */
  numerator(t: number): Exact;
  /** over × (position(t) − position(t − 1)), exact */
  flowNumerator(t: number): Exact;
  exact(t: number): Decimal;
  flow(t: number): Decimal;
  /** numerator(t) at each of `times` (ascending, 0 … N): in one pass over the streams, for a position at every t */
  numeratorsAt(times: readonly number[]): Exact[];
  /** exact(t) at each of `times` (ascending, 0 … N) */
  exactAt(times: readonly number[]): Decimal[];
}

/**
 * What a plain-number curve can be off by: at most `ulps` roundings of a unit in the last place of
 * `gross`, a nondecreasing bound on the magnitudes every plain operation up to t worked with — kept
 * at t = 0, 12, 24, … (and N), so `gross[ceil(t / 12)]` serves every t.
 */
export interface ErrorBound {
  gross: Float64Array;
  ulps: number;
}

const errorAt = (bound: ErrorBound, t: number): number => bound.ulps * Number.EPSILON * bound.gross[Math.ceil(t / 12)]!;

/** one entry for t = 0, 12, 24, … and N */
const grossLength = (N: number): number => Math.ceil(N / 12) + 1;

/**
 * A position from its numerators. The last two exact values are remembered: a payback asks for
 * the same time point again (its sign, then its value; a flow, then the position before it).
 */
export abstract class Numerators implements Position {
  #lastT = -1;
  #last: Exact = Exact.ZERO;
  #beforeT = -1;
  #before: Exact = Exact.ZERO;

  constructor(
    readonly approx: Float64Array,
    readonly bound: ErrorBound,
    readonly over: bigint,
  ) {}

  error(t: number): number {
    return errorAt(this.bound, t);
  }

  /** over × the position at t */
  protected abstract work(t: number): Exact;
  abstract flowNumerator(t: number): Exact;

  numerator(t: number): Exact {
    if (t === this.#lastT) return this.#last;
    if (t === this.#beforeT) return this.#before;
    const value = this.work(t);
    this.#beforeT = this.#lastT;
    this.#before = this.#last;
    this.#lastT = t;
    this.#last = value;
    return value;
  }

  exact(t: number): Decimal {
    return divide(this.numerator(t), this.over);
  }

  flow(t: number): Decimal {
    return divide(this.flowNumerator(t), this.over);
  }

  numeratorsAt(times: readonly number[]): Exact[] {
    return times.map((t) => this.numerator(t));
  }

  exactAt(times: readonly number[]): Decimal[] {
    return this.numeratorsAt(times).map((n) => divide(n, this.over));
  }
}

/** What the cash and discounted positions of a set of flows are worked out from. */
export interface PositionSource {
  readonly over: bigint;
  /** over × C(t) or over × D(t), 0 ≤ t ≤ N */
  numerator(t: number, discounted: boolean): Exact;
  /** over × the flows at t, undiscounted */
  flowNumerator(t: number): Exact;
  /** numerator(t, discounted) at each of `times` (ascending, 0 … N) */
  numeratorsAt(times: readonly number[], discounted: boolean): Exact[];
  /** whether a flow starts or stops at t (then the flow at t is read as C(t) − C(t − 1)) */
  changesAt(t: number): boolean;
}

/** C(t) or D(t) of a source; every flow at t is discounted by the same F(t). */
class SourcePosition extends Numerators {
  readonly #source: PositionSource;
  readonly #discounting: Discounting | null;
  readonly #N: number;

  constructor(source: PositionSource, approx: Float64Array, bound: ErrorBound, N: number, discounting: Discounting | null) {
    super(approx, bound, source.over);
    this.#source = source;
    this.#discounting = discounting;
    this.#N = N;
  }

  protected work(t: number): Exact {
    return this.#source.numerator(Math.min(t, this.#N), this.#discounting !== null);
  }

  flowNumerator(t: number): Exact {
    const flow = this.#source.flowNumerator(t);
    return this.#discounting === null ? flow : flow.times(this.#discounting.factorExact(t));
  }

  override numeratorsAt(times: readonly number[]): Exact[] {
    return this.#source.numeratorsAt(times, this.#discounting !== null);
  }
}

/** The cash and the discounted position of a source. */
export function cashAndDiscounted(
  source: PositionSource,
  approx: Approximation,
  N: number,
  discounting: Discounting,
): { cash: Position; discounted: Position } {
  return {
    cash: new SourcePosition(source, approx.cash, approx.cashError, N, null),
    discounted: new SourcePosition(source, approx.discounted, approx.discountedError, N, discounting),
  };
}

/** C(t) and D(t) as plain numbers, with how far each can be from the exact position */
interface Approximation {
  cash: Float64Array;
  discounted: Float64Array;
  cashError: ErrorBound;
  discountedError: ErrorBound;
}

/** C and D as plain numbers for t = 0 … N, zero until filled, in one buffer (one allocation) */
export function approximation(N: number): Approximation {
  const buffer = new Float64Array(2 * (N + 1) + 2 * grossLength(N));
  const g = grossLength(N);
  return {
    cash: buffer.subarray(0, N + 1),
    discounted: buffer.subarray(N + 1, 2 * (N + 1)),
    cashError: { gross: buffer.subarray(2 * (N + 1), 2 * (N + 1) + g), ulps: 0 },
    discountedError: { gross: buffer.subarray(2 * (N + 1) + g), ulps: 0 },
  };
}

/** The plain-number curves of some positions added up, with the error bound of their sum. */
export function sumOfCurves(parts: readonly { cash: Position; discounted: Position }[], N: number): Approximation {
  const approx = approximation(N);
  const { cash, discounted, cashError, discountedError } = approx;
  for (const p of parts) {
    const c = p.cash.approx;
    const d = p.discounted.approx;
    for (let t = 0; t <= N; t++) {
      cash[t]! += c[t]!;
      discounted[t]! += d[t]!;
    }
    // the parts' errors, and an addition's rounding per part
    const cg = p.cash.bound.gross;
    const dg = p.discounted.bound.gross;
    for (let k = 0; k < cg.length; k++) {
      cashError.gross[k]! += cg[k]!;
      discountedError.gross[k]! += dg[k]!;
    }
    cashError.ulps = Math.max(cashError.ulps, p.cash.bound.ulps);
    discountedError.ulps = Math.max(discountedError.ulps, p.discounted.bound.ulps);
  }
  cashError.ulps += parts.length;
  discountedError.ulps += parts.length;
  return approx;
}

/**
 * C(t) and D(t) of a scheme's streams, stream by stream: what fast/phases.ts works out by phases,
 * digit for digit (tests/model/fast/phases.test.ts). Over the common denominator `over`, a stream of
 * amount a and divisor d is `alpha = a × over / d` a month before uplift, its flows at time points
 * from + shift … to − 1 + shift, and at t it has counted
 * - nothing, before its first flow;
 * - while it runs, its months before t + 1 − shift: `alpha × W(t + 1 − shift) − alpha × W(from)`;
 * - once its last flow (before N) is behind it, its whole sum: `alpha × W(to) − alpha × W(from)`, or
 *   for a stream within one year `alpha × U(r, from) × its months` (discounted: times the sum of their
 *   factors F, so that flows which cancel month by month cancel exactly: docs/model.md §10).
 * Discounted, V stands for W throughout.
 */
export class PlainPositions implements PositionSource {
  readonly over: bigint;
  readonly #streams: readonly Stream[];
  readonly #N: number;
  readonly #discounting: Discounting;

  constructor(streams: readonly Stream[], horizonMonths: number, discounting: Discounting) {
    this.#streams = streams;
    this.#N = horizonMonths;
    this.#discounting = discounting;
    let over = 1n;
    for (const s of streams) over = lcm(over, BigInt(s.divisor));
    this.over = over;
  }

  #alpha(s: Stream): Exact {
    return s.amount.times(whole(this.over / BigInt(s.divisor)));
  }

  #table(s: Stream): RateTable {
    return this.#discounting.table(s.rate, s.shift);
  }

  /** the last flow's time point, or Infinity when it is at or after N (the stream runs to the horizon) */
  #last(s: Stream): number {
    const last = s.to - 1 + s.shift;
    return last < this.#N ? last : Infinity;
  }

  #sum(s: Stream, M: number, discounted: boolean): Exact {
    const table = this.#table(s);
    return this.#alpha(s).times(discounted ? table.discountedSumExact(M) : table.sumExact(M));
  }

  /** alpha × the stream's whole sum */
  #whole(s: Stream, discounted: boolean): Exact {
    const year = Math.floor(s.from / 12);
    if (Math.floor((s.to - 1) / 12) === year) {
      const monthly = this.#alpha(s).times(this.#table(s).uplift.powerExact(year));
      if (!discounted) return monthly.times(s.to - s.from);
      return monthly.times(this.#discounting.factorsWithinYear(s.from + s.shift, s.to + s.shift, s.shift));
    }
    return this.#sum(s, s.to, discounted).minus(this.#sum(s, s.from, discounted));
  }

  /** over × C(t) or over × D(t), 0 ≤ t ≤ N */
  numerator(t: number, discounted: boolean): Exact {
    let sum = Exact.ZERO;
    for (const s of this.#streams) {
      if (t < s.from + s.shift) continue;
      if (t >= this.#last(s)) sum = sum.plus(this.#whole(s, discounted));
      else sum = sum.plus(this.#sum(s, t + 1 - s.shift, discounted)).minus(this.#sum(s, s.from, discounted));
    }
    return sum;
  }

  changesAt(t: number): boolean {
    return this.#streams.some((s) => s.from + s.shift === t || this.#last(s) === t);
  }

  /** over × the flows at t, undiscounted (1 ≤ t ≤ N): alpha × U(r, t − shift) of each stream running at t */
  flowNumerator(t: number): Exact {
    if (this.changesAt(t)) return this.numerator(t, false).minus(this.numerator(t - 1, false));
    let sum = Exact.ZERO;
    for (const s of this.#streams) {
      if (t >= s.from + s.shift && t < this.#last(s))
        sum = sum.plus(this.#alpha(s).times(this.#table(s).uplift.powerExact(Math.floor((t - s.shift) / 12))));
    }
    return sum;
  }

  numeratorsAt(times: readonly number[], discounted: boolean): Exact[] {
    return times.map((t) => this.numerator(t, discounted));
  }

  /** the sum, within the horizon, of the streams `which` picks, with guard digits (exact.ts `divideFinely`) */
  total(which: (s: Stream) => boolean): Decimal {
    let sum: Exact | undefined;
    for (const s of this.#streams) if (which(s)) sum = add(sum, this.#whole(s, false));
    return sum === undefined ? ZERO : divideFinely(sum, this.over);
  }
}
