/**
 * Cumulative positions over t = 0 … N: exact at any t on demand, and as plain numbers for drawing.
 *
 * A stream's sum up to month M is `amount × (W(M) − W(from))` (discounted: V for W), with W and V
 * from the shared rate tables (discounting.ts). Between two events — a stream starting or ending —
 * the same streams are running, so the position is `Σ A × W(M) + K` with one `A` per uplift rate
 * and one constant: a *phase*, worked out once and then a few decimal operations per query. The
 * plain-number series is built alongside in floating point: it is for the chart and for finding
 * where to look, never for a figure.
 */
import { Decimal, int, ONE, ZERO } from './decimal.ts';
import type { Discounting, RateTable } from './discounting.ts';
import type { Stream } from './flows.ts';
import type { Uplift, Uplifts } from './uplift.ts';

/**
 * A cumulative position: the sum of flows at or before t, said as `numerator(t) / over` so that
 * amounts are divided last, and once — a payback's crossing, a ratio of two numerators, needs no
 * division by `over` at all.
 */
export interface Position {
  readonly approx: Float64Array;
  /** the largest |approx(t)|: the yardstick for a value too close to zero to trust its sign to */
  readonly scale: number;
  /** a whole number: the common denominator of everything in the position */
  readonly over: number;
  numerator(t: number): Decimal;
  /** over × (position(t) − position(t − 1)) */
  flowNumerator(t: number): Decimal;
  exact(t: number): Decimal;
  flow(t: number): Decimal;
}

/**
 * A position from its numerators. The last two exact values are remembered: a payback asks for
 * the same time point again (its sign, then its value; a flow, then the position before it).
 */
abstract class Numerators implements Position {
  #lastT = -1;
  #last: Decimal = ZERO;
  #beforeT = -1;
  #before: Decimal = ZERO;

  constructor(
    readonly approx: Float64Array,
    readonly scale: number,
    readonly over: number,
  ) {}

  /** over × the position at t */
  protected abstract work(t: number): Decimal;
  abstract flowNumerator(t: number): Decimal;

  numerator(t: number): Decimal {
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
}

/** What the cash and discounted positions of a set of flows are worked out from. */
export interface PositionSource {
  readonly over: number;
  /** over × C(t) or over × D(t), 0 ≤ t ≤ N */
  numerator(t: number, discounted: boolean): Decimal;
  /** over × the flows at t, undiscounted */
  flowNumerator(t: number): Decimal;
}

/** C(t) or D(t) of a source; every flow at t is discounted by the same F(t). */
class SourcePosition extends Numerators {
  readonly #source: PositionSource;
  readonly #discounting: Discounting | null;
  readonly #N: number;

  constructor(source: PositionSource, approx: Float64Array, scale: number, N: number, discounting: Discounting | null) {
    super(approx, scale, source.over);
    this.#source = source;
    this.#discounting = discounting;
    this.#N = N;
  }

  protected work(t: number): Decimal {
    return this.#source.numerator(Math.min(t, this.#N), this.#discounting !== null);
  }

  flowNumerator(t: number): Decimal {
    const flow = this.#source.flowNumerator(t);
    return this.#discounting === null ? flow : flow.times(this.#discounting.factor(t));
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
    cash: new SourcePosition(source, approx.cash, approx.cashScale, N, null),
    discounted: new SourcePosition(source, approx.discounted, approx.discountedScale, N, discounting),
  };
}

/** C(t) and D(t) as plain numbers, with their largest magnitudes */
export interface Approximation {
  cash: Float64Array;
  discounted: Float64Array;
  cashScale: number;
  discountedScale: number;
}

/** C and D as plain numbers for t = 0 … N, zero until filled, in one buffer (one allocation) */
export function approximation(N: number): Approximation {
  const buffer = new Float64Array(2 * (N + 1));
  return { cash: buffer.subarray(0, N + 1), discounted: buffer.subarray(N + 1), cashScale: 0, discountedScale: 0 };
}

/** the largest |x[t]| */
export function largest(xs: Float64Array): number {
  let m = 0;
  for (let t = 0; t < xs.length; t++) {
    const x = Math.abs(xs[t]!);
    if (x > m) m = x;
  }
  return m;
}

const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));
export const lcm = (a: number, b: number): number => (a / gcd(a, b)) * b;

const divide = (numerator: Decimal, over: number): Decimal => (over === 1 ? numerator : numerator.div(int(over)));
export const add = (sum: Decimal | undefined, x: Decimal): Decimal => (sum === undefined ? x : sum.plus(x));

/** A stream with the numbers every phase needs of it. */
interface Prepared {
  stream: Stream;
  table: RateTable;
  group: number;
  /** first time point with a flow */
  first: number;
  /** from this time point on the stream is over (Infinity: it runs to the horizon) */
  last: number;
  /** the amount over the positions' common denominator */
  alpha: Decimal;
  /** a month's flow before uplift, as a plain number (for drawing) */
  approx: number;
  /** worked out when first needed (every field is there from the start: one shape for V8) */
  start: Decimal | undefined;
  /** alpha × its year's uplift, for a stream within one year */
  monthly: Decimal | undefined;
  startDiscounted: Decimal | undefined;
  whole: Decimal | undefined;
  wholeDiscounted: Decimal | undefined;
}

/** Σ alpha of the running streams of one rate table (over the positions' denominator) */
export interface Term {
  table: RateTable;
  shift: 0 | 1;
  alpha: Decimal;
}

/** The streams running between two events, by rate, and the constant of the others. */
interface Phase {
  /** per group: Σ alpha of its running streams */
  running: (Decimal | undefined)[];
  terms: Term[] | undefined;
  active: Prepared[];
  done: Prepared[];
  constant: Decimal | undefined;
  constantDiscounted: Decimal | undefined;
}

/** The cash position C(t) and the discounted position D(t) of a set of streams. */
export class StreamPositions implements PositionSource {
  readonly cash: Position;
  readonly discounted: Position;
  /** the common denominator of the streams' divisors: amounts are divided last, and once */
  readonly over: number;
  readonly #prepared: Prepared[];
  readonly #groups: { table: RateTable; shift: 0 | 1 }[] = [];
  /** time points at which a stream starts or ends, ascending */
  readonly #events: number[];
  readonly #phases: Phase[] = [];
  readonly #discounting: Discounting;

  constructor(streams: readonly Stream[], horizonMonths: number, discounting: Discounting) {
    const N = horizonMonths;
    this.#discounting = discounting;
    let over = 1;
    for (const s of streams) over = lcm(over, s.divisor);
    this.over = over;

    // a handful of streams and tables: arrays searched beat maps
    const groups = this.#groups;
    const events: number[] = [];
    this.#prepared = streams.map((stream) => {
      const table = discounting.table(stream.rate, stream.shift);
      let group = 0;
      while (group < groups.length && groups[group]!.table !== table) group++;
      if (group === groups.length) groups.push({ table, shift: stream.shift });
      const first = stream.from + stream.shift;
      const lastFlow = stream.to - 1 + stream.shift;
      const last = lastFlow < N ? lastFlow : Infinity;
      addEvent(events, first);
      if (last !== Infinity) addEvent(events, last);
      const alpha = stream.divisor === over ? stream.amount : stream.amount.times(int(over / stream.divisor));
      const approx = stream.approx / stream.divisor;
      return { stream, table, group, first, last, alpha, approx, start: undefined, monthly: undefined, startDiscounted: undefined, whole: undefined, wholeDiscounted: undefined };
    });
    this.#events = events;

    ({ cash: this.cash, discounted: this.discounted } = cashAndDiscounted(this, this.#approximate(N, discounting.factorApprox), N, discounting));
  }

  /** the exact sum, within the horizon, of the streams `which` picks */
  total(which: (s: Stream) => boolean): Decimal {
    let sum: Decimal | undefined;
    for (const p of this.#prepared) if (which(p.stream)) sum = add(sum, this.#whole(p, false));
    return sum === undefined ? ZERO : divide(sum, this.over);
  }

  /**
   * The exact sums of the streams `which` picks over the months before each of `ends` (ascending, at
   * most N + 1): positions by month, a saving counted in the month it is earned, a charge in the month
   * it falls in — for tables by period. One pass over the streams, then a few operations per end.
   */
  byMonth(ends: readonly number[], which: (s: Stream) => boolean): Decimal[] {
    const n = ends.length;
    // at each end: the change in the constant, and per group in Σ alpha of the streams running across it
    const constant: (Decimal | undefined)[] = new Array(n).fill(undefined);
    const running: (Decimal | undefined)[][] = this.#groups.map(() => new Array(n).fill(undefined));
    for (const p of this.#prepared) {
      if (!which(p.stream)) continue;
      const { from, to } = p.stream;
      const i = firstEnd(ends, from + 1);
      if (i === n) continue;
      // within one period: its whole sum; else alpha × W(end) − alpha × W(from) until the period it ends in
      const j = firstEnd(ends, to);
      if (i === j) {
        constant[i] = add(constant[i], this.#whole(p, false));
        continue;
      }
      const start = this.#start(p, false);
      const alphas = running[p.group]!;
      alphas[i] = add(alphas[i], p.alpha);
      constant[i] = constant[i] === undefined ? start.negated() : constant[i]!.minus(start);
      if (j < n) {
        alphas[j] = alphas[j] === undefined ? p.alpha.negated() : alphas[j]!.minus(p.alpha);
        constant[j] = add(constant[j], this.#whole(p, false).plus(start));
      }
    }
    const alpha: (Decimal | undefined)[] = this.#groups.map(() => undefined);
    let k: Decimal | undefined;
    return ends.map((end, i) => {
      if (constant[i] !== undefined) k = add(k, constant[i]!);
      let sum = k;
      for (let g = 0; g < alpha.length; g++) {
        const change = running[g]![i];
        if (change !== undefined) alpha[g] = add(alpha[g], change);
        const a = alpha[g];
        if (a !== undefined && !a.isZero()) sum = add(sum, a.times(this.#groups[g]!.table.sum(end)));
      }
      return sum === undefined ? ZERO : divide(sum, this.over);
    });
  }

  #approximate(N: number, factor: Float64Array): Approximation {
    // A stream's monthly flow is level through each year: mark where each level starts and
    // stops (in `cash` itself, the marks read before it is written over), and add the marks up
    // once, month by month. A stream stopping after N has no mark to make.
    const a = approximation(N);
    const { cash, discounted } = a;
    const steps = cash;
    for (const { stream, table, approx } of this.#prepared) {
      const growth = 1 + table.uplift.rate;
      let uplifted = approx * table.uplift.powerApprox(Math.floor(stream.from / 12));
      for (let k = stream.from; k < stream.to; uplifted *= growth) {
        const end = Math.min(stream.to, Math.floor(k / 12) * 12 + 12);
        steps[k + stream.shift]! += uplifted;
        if (end + stream.shift <= N) steps[end + stream.shift]! -= uplifted;
        k = end;
      }
    }
    let flow = 0;
    let c = 0;
    let d = 0;
    let cashScale = 0;
    let discountedScale = 0;
    for (let t = 0; t <= N; t++) {
      flow += steps[t]!;
      c += flow;
      d += flow * factor[t]!;
      cash[t] = c;
      discounted[t] = d;
      cashScale = Math.max(cashScale, Math.abs(c));
      discountedScale = Math.max(discountedScale, Math.abs(d));
    }
    a.cashScale = cashScale;
    a.discountedScale = discountedScale;
    return a;
  }

  /** how many events are at or before t: the phase t belongs to */
  phaseIndex(t: number): number {
    const e = this.#events;
    let i = 0;
    while (i < e.length && e[i]! <= t) i++;
    return i;
  }

  /**
   * The running streams of the phase t is in, per rate table: Σ alpha over `over`. With
   * `constant`, `numerator(t) = Σ alpha × (the table's sum to t − shift + 1) + constant` for every
   * t of the phase.
   */
  terms(t: number): readonly Term[] {
    const phase = this.#phase(t);
    return (phase.terms ??= this.#terms(phase));
  }

  /** the constant of the phase t is in */
  constant(t: number, discounted: boolean): Decimal {
    return this.#constant(this.#phase(t), discounted);
  }

  #terms(phase: Phase): Term[] {
    const terms: Term[] = [];
    phase.running.forEach((alpha, g) => {
      if (alpha !== undefined) terms.push({ table: this.#groups[g]!.table, shift: this.#groups[g]!.shift, alpha });
    });
    return terms;
  }

  #phase(t: number): Phase {
    const i = this.phaseIndex(t);
    let phase = this.#phases[i];
    if (phase === undefined) {
      phase = { running: [], terms: undefined, active: [], done: [], constant: undefined, constantDiscounted: undefined };
      for (const p of this.#prepared) {
        if (t < p.first) continue;
        if (t >= p.last) phase.done.push(p);
        else {
          phase.running[p.group] = add(phase.running[p.group], p.alpha);
          phase.active.push(p);
        }
      }
      this.#phases[i] = phase;
    }
    return phase;
  }

  /** alpha × the stream's sum up to its start */
  #start(p: Prepared, discounted: boolean): Decimal {
    if (discounted) return (p.startDiscounted ??= p.alpha.times(p.table.discountedSum(p.stream.from)));
    return (p.start ??= p.alpha.times(p.table.sum(p.stream.from)));
  }

  /** alpha × the stream's sum within the horizon */
  #whole(p: Prepared, discounted: boolean): Decimal {
    const { from, to, shift } = p.stream;
    const year = Math.floor(from / 12);
    if (Math.floor((to - 1) / 12) === year) {
      // within one year (a purchase, a grant, most works): one level flow, so no sums are needed
      if (p.whole === undefined) {
        const u = p.table.uplift.power(year);
        p.monthly = u === ONE ? p.alpha : p.alpha.times(u);
        p.whole = to - from === 1 ? p.monthly : p.monthly.times(int(to - from));
      }
      if (!discounted) return p.whole;
      return (p.wholeDiscounted ??= p.monthly!.times(this.#discounting.factorsWithinYear(from + shift, to + shift, shift)));
    }
    if (discounted) return (p.wholeDiscounted ??= p.alpha.times(p.table.discountedSum(to)).minus(this.#start(p, true)));
    return (p.whole ??= p.alpha.times(p.table.sum(to)).minus(this.#start(p, false)));
  }

  #constant(phase: Phase, discounted: boolean): Decimal {
    const known = discounted ? phase.constantDiscounted : phase.constant;
    if (known !== undefined) return known;
    let k: Decimal | undefined;
    for (const p of phase.done) k = add(k, this.#whole(p, discounted));
    for (const p of phase.active) k = k === undefined ? this.#start(p, discounted).negated() : k.minus(this.#start(p, discounted));
    const value = k ?? ZERO;
    if (discounted) phase.constantDiscounted = value;
    else phase.constant = value;
    return value;
  }

  /** over × the position at t (0 ≤ t ≤ N); `cash` and `discounted` remember what they ask for */
  numerator(t: number, discounted: boolean): Decimal {
    const phase = this.#phase(t);
    let sum = this.#constant(phase, discounted);
    const running = phase.running;
    for (let g = 0; g < running.length; g++) {
      const alpha = running[g];
      if (alpha === undefined) continue;
      const { table, shift } = this.#groups[g]!;
      const M = t - shift + 1;
      sum = sum.plus(alpha.times(discounted ? table.discountedSum(M) : table.sum(M)));
    }
    return sum;
  }

  /** over × the flows at t, undiscounted (1 ≤ t ≤ N) */
  flowNumerator(t: number): Decimal {
    if (this.phaseIndex(t - 1) !== this.phaseIndex(t)) return this.cash.numerator(t).minus(this.cash.numerator(t - 1));
    let sum: Decimal | undefined;
    const running = this.#phase(t).running;
    for (let g = 0; g < running.length; g++) {
      const alpha = running[g];
      if (alpha === undefined) continue;
      const { table, shift } = this.#groups[g]!;
      sum = add(sum, alpha.times(table.uplift.power(Math.floor((t - shift) / 12))));
    }
    return sum ?? ZERO;
  }
}

/** the index of the first of the ascending `ends` at or after `month` (ends.length if none is) */
function firstEnd(ends: readonly number[], month: number): number {
  let lo = 0;
  let hi = ends.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ends[mid]! < month) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** t into the ascending list of event times, unless it is there */
function addEvent(events: number[], t: number): void {
  let i = events.length;
  while (i > 0 && events[i - 1]! > t) i--;
  if (events[i - 1] === t) return;
  events.push(t);
  for (let j = events.length - 1; j > i; j--) events[j] = events[j - 1]!;
  events[i] = t;
}

/** A retained asset: R(t) = value × U(appreciation, t). */
export interface Asset {
  value: number;
  appreciation: number;
}

/** Assets that appreciate alike, added up, by appreciation (those worth nothing left out). */
export function assetGroups(assets: readonly Asset[]): Map<number, Decimal> {
  const byRate = new Map<number, Decimal>();
  for (const a of assets) {
    if (a.value !== 0) byRate.set(a.appreciation, add(byRate.get(a.appreciation), new Decimal(a.value)));
  }
  return byRate;
}

/** C(t) + R(t): a cash position and retained assets, grouped by appreciation. */
class NetPosition extends Numerators {
  readonly #cash: Position;
  /** per appreciation: over × the assets' value, and its uplift */
  readonly #groups: { growth: Uplift; value: Decimal }[];

  constructor(cash: Position, groups: { growth: Uplift; value: Decimal }[], approx: Float64Array) {
    super(approx, largest(approx), cash.over);
    this.#cash = cash;
    this.#groups = groups;
  }

  /** over × R(t) */
  #assets(t: number): Decimal {
    let sum: Decimal | undefined;
    for (const g of this.#groups) sum = add(sum, g.value.times(g.growth.power(Math.floor(t / 12))));
    return sum!;
  }

  protected work(t: number): Decimal {
    return this.#cash.numerator(t).plus(this.#assets(t));
  }

  flowNumerator(t: number): Decimal {
    // the assets' value changes only on anniversaries
    const cash = this.#cash.flowNumerator(t);
    return t % 12 === 0 ? cash.plus(this.#assets(t)).minus(this.#assets(t - 1)) : cash;
  }
}

/** C(t) + R(t) for one or more assets (or their groups, from assetGroups); assets that appreciate alike are added before uplifting. */
export function withAssets(cash: Position, assets: readonly Asset[] | ReadonlyMap<number, Decimal>, uplifts: Uplifts): Position {
  const byRate = assets instanceof Map ? assets : assetGroups(assets as readonly Asset[]);
  if (byRate.size === 0) return cash;
  const over = int(cash.over);
  const groups: { growth: Uplift; value: Decimal }[] = [];
  const approx = new Float64Array(cash.approx);
  for (const [rate, value] of byRate) {
    const growth = uplifts.of(rate);
    groups.push({ growth, value: value.times(over) });
    // the asset's value steps once a year
    const start = value.toNumber();
    for (let year = 0; 12 * year < approx.length; year++) {
      const uplifted = start * growth.powerApprox(year);
      const end = Math.min(approx.length, 12 * year + 12);
      for (let t = 12 * year; t < end; t++) approx[t]! += uplifted;
    }
  }
  return new NetPosition(cash, groups, approx);
}
