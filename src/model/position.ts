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
import { Decimal, divide, divideFinely, Exact, EXACT_ZERO, int, ONE, ZERO } from './decimal.ts';
import type { Discounting, RateTable } from './discounting.ts';
import type { Stream } from './flows.ts';
import type { Uplift, Uplifts } from './uplift.ts';

/**
 * A cumulative position: the sum of flows at or before t, said as `numerator(t) / over` so that
 * amounts are divided last, and once — a payback's crossing, a ratio of two numerators, needs no
 * division by `over` at all. Numerators are exact (decimal.ts `Exact`): their sign is the position's.
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
  numerator(t: number): Decimal;
  /** over × (position(t) − position(t − 1)), exact */
  flowNumerator(t: number): Decimal;
  exact(t: number): Decimal;
  flow(t: number): Decimal;
  /** numerator(t) at each of `times` (ascending, 0 … N): in one pass over the streams, for a position at every t */
  numeratorsAt(times: readonly number[]): Decimal[];
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
abstract class Numerators implements Position {
  #lastT = -1;
  #last: Decimal = ZERO;
  #beforeT = -1;
  #before: Decimal = ZERO;

  readonly #over: Decimal | null;

  constructor(
    readonly approx: Float64Array,
    readonly bound: ErrorBound,
    readonly over: bigint,
  ) {
    this.#over = over === 1n ? null : whole(over);
  }

  error(t: number): number {
    return errorAt(this.bound, t);
  }

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
    return quotient(this.numerator(t), this.#over);
  }

  flow(t: number): Decimal {
    return quotient(this.flowNumerator(t), this.#over);
  }

  numeratorsAt(times: readonly number[]): Decimal[] {
    return times.map((t) => this.numerator(t));
  }

  exactAt(times: readonly number[]): Decimal[] {
    return this.numeratorsAt(times).map((n) => quotient(n, this.#over));
  }
}

/** What the cash and discounted positions of a set of flows are worked out from. */
export interface PositionSource {
  readonly over: bigint;
  /** over × C(t) or over × D(t), 0 ≤ t ≤ N */
  numerator(t: number, discounted: boolean): Decimal;
  /** over × the flows at t, undiscounted */
  flowNumerator(t: number): Decimal;
  /** numerator(t, discounted) at each of `times` (ascending, 0 … N) */
  numeratorsAt(times: readonly number[], discounted: boolean): Decimal[];
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

  protected work(t: number): Decimal {
    return this.#source.numerator(Math.min(t, this.#N), this.#discounting !== null);
  }

  flowNumerator(t: number): Decimal {
    const flow = this.#source.flowNumerator(t);
    return this.#discounting === null ? flow : flow.times(this.#discounting.factor(t));
  }

  override numeratorsAt(times: readonly number[]): Decimal[] {
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
export interface Approximation {
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

/** gcd by Euclid's loop: no recursion to run out of stack, and bigint, so no common multiple is too large */
function gcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) {
    const r = a % b;
    a = b;
    b = r;
  }
  return a;
}

/** the least common multiple of a and b, exact however large (of every spread 1 … 480 it has 210 digits) */
export const lcm = (a: bigint, b: bigint): bigint => (b === 1n || a % b === 0n ? a : (a / gcd(a, b)) * b);

/** a whole number as an exact Decimal */
export const whole = (n: bigint): Decimal => (n < 1025n ? int(Number(n)) : new Exact(n.toString()));

/** a numerator over its denominator (null: 1), in the model's precision */
const quotient = (numerator: Decimal, by: Decimal | null): Decimal => (by === null ? ZERO.plus(numerator) : divide(numerator, by));

/** x as an Exact (an amount made elsewhere may be a model Decimal, which would round what it is added to) */
const exactly = (x: Decimal): Decimal => (x.constructor === Exact ? x : new Exact(x));

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
  readonly over: bigint;
  readonly #overDecimal: Decimal | null;
  readonly #prepared: Prepared[];
  readonly #groups: { table: RateTable; shift: 0 | 1 }[] = [];
  /** time points at which a stream starts or ends, ascending */
  readonly #events: number[];
  readonly #phases: Phase[] = [];
  readonly #discounting: Discounting;

  constructor(streams: readonly Stream[], horizonMonths: number, discounting: Discounting) {
    const N = horizonMonths;
    this.#discounting = discounting;
    // the divisors are few (12, 1 and the spreads): each distinct one once, and its share of the denominator
    const shares = new Map<number, Decimal>();
    let over = 1n;
    for (const s of streams) {
      if (shares.has(s.divisor)) continue;
      shares.set(s.divisor, ONE);
      over = lcm(over, BigInt(s.divisor));
    }
    for (const divisor of shares.keys()) {
      const share = over / BigInt(divisor);
      shares.set(divisor, share === 1n ? ONE : whole(share));
    }
    this.over = over;
    this.#overDecimal = over === 1n ? null : whole(over);

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
      const share = shares.get(stream.divisor)!;
      const alpha = share === ONE ? exactly(stream.amount) : exactly(stream.amount).times(share);
      const approx = stream.approx / stream.divisor;
      return {
        stream,
        table,
        group,
        first,
        last,
        alpha,
        approx,
        start: undefined,
        monthly: undefined,
        startDiscounted: undefined,
        whole: undefined,
        wholeDiscounted: undefined,
      };
    });
    this.#events = events;

    ({ cash: this.cash, discounted: this.discounted } = cashAndDiscounted(
      this,
      this.#approximate(N, discounting.factorApprox),
      N,
      discounting,
    ));
  }

  /** the sum, within the horizon, of the streams `which` picks: with guard digits (decimal.ts `divideFinely`) */
  total(which: (s: Stream) => boolean): Decimal {
    let sum: Decimal | undefined;
    for (const p of this.#prepared) if (which(p.stream)) sum = add(sum, this.#whole(p, false));
    return sum === undefined ? ZERO : divideFinely(sum, this.#overDecimal);
  }

  /**
   * The exact sums of the streams `which` picks over the months before each of `ends` (ascending, at
   * most N + 1): positions by month, a saving counted in the month it is earned, a charge in the month
   * it falls in — for tables by period. One pass over the streams, then a few operations per end.
   */
  byMonth(ends: readonly number[], which: (s: Stream) => boolean): Decimal[] {
    return sweep(ends, this.#marks(ends, which, false, false), false, false).map((sum) =>
      sum.isZero() ? ZERO : quotient(sum, this.#overDecimal),
    );
  }

  /** over × C(t) or over × D(t) at each of `times` (ascending, 0 … N), exact, in byMonth's one pass */
  numeratorsAt(times: readonly number[], discounted: boolean): Decimal[] {
    return sweep(times, this.marksAt(times, discounted), discounted, true);
  }

  /** where C or D changes its form at each of `times`, for `sweep` (the portfolio adds its schemes' up) */
  marksAt(times: readonly number[], discounted: boolean): Marks {
    return this.#marks(times, () => true, discounted, true);
  }

  /**
   * Over × the sums of the streams `which` picks at each of `points`, as marks: of the months before
   * each (a month end), or, `atTimePoints`, of the flows at or before each (a stream of shift s has
   * then counted its months before point + 1 − s). A stream puts −alpha × W(from) at the first point
   * it has started by, alpha × W(to) at the first it has stopped by and alpha on its rate table's
   * running sum between.
   */
  #marks(points: readonly number[], which: (s: Stream) => boolean, discounted: boolean, atTimePoints: boolean): Marks {
    const n = points.length;
    const marks: Marks = { constant: new Array(n).fill(undefined), running: new Map() };
    const byGroup = this.#groups.map(() => undefined as (Decimal | undefined)[] | undefined);
    for (const p of this.#prepared) {
      if (!which(p.stream)) continue;
      const { from, to, shift } = p.stream;
      const lead = atTimePoints ? 1 - shift : 0;
      const i = firstEnd(points, from + 1 - lead);
      if (i === n) continue;
      // within one period: its whole sum; else alpha × W(end) − alpha × W(from) until the period it ends
      // in — at time points, as the phases have it: a stream whose last flow is at N runs to the end
      const j = atTimePoints && p.last === Infinity ? n : firstEnd(points, to - lead);
      const constant = marks.constant;
      if (i === j) {
        constant[i] = add(constant[i], this.#whole(p, discounted));
        continue;
      }
      const start = this.#start(p, discounted);
      let alphas = byGroup[p.group];
      if (alphas === undefined) marks.running.set(p.table, (byGroup[p.group] = alphas = new Array(n).fill(undefined)));
      alphas[i] = add(alphas[i], p.alpha);
      constant[i] = constant[i] === undefined ? start.negated() : constant[i]!.minus(start);
      if (j < n) {
        alphas[j] = alphas[j] === undefined ? p.alpha.negated() : alphas[j]!.minus(p.alpha);
        constant[j] = add(constant[j], this.#whole(p, discounted).plus(start));
      }
    }
    return marks;
  }

  #approximate(N: number, factor: Float64Array): Approximation {
    // A stream's monthly flow is level through each year: mark where each level starts and
    // stops (in `cash` itself, the marks read before it is written over), and add the marks up
    // once, month by month. A stream stopping after N has no mark to make.
    // Alongside, the magnitude of every mark made (`moved`): each plain operation's rounding is
    // at most a unit in the last place of the magnitudes added up so far, which bounds the curve's error.
    const a = approximation(N);
    const { cash, discounted, cashError, discountedError } = a;
    const steps = cash;
    const moved = new Float64Array(N + 2);
    let marks = 0;
    for (const { stream, table, approx } of this.#prepared) {
      const growth = 1 + table.uplift.rate;
      let uplifted = approx * table.uplift.powerApprox(Math.floor(stream.from / 12));
      for (let k = stream.from; k < stream.to; uplifted *= growth) {
        const end = Math.min(stream.to, Math.floor(k / 12) * 12 + 12);
        steps[k + stream.shift]! += uplifted;
        if (end + stream.shift <= N) steps[end + stream.shift]! -= uplifted;
        const size = Math.abs(uplifted);
        moved[k + stream.shift]! += size;
        moved[end + stream.shift]! += size;
        marks += 2;
        k = end;
      }
    }
    let flow = 0;
    let c = 0;
    let d = 0;
    let level = 0;
    let cashGross = 0;
    let discountedGross = 0;
    for (let t = 0; t <= N; t++) {
      flow += steps[t]!;
      c += flow;
      d += flow * factor[t]!;
      cash[t] = c;
      discounted[t] = d;
      level += moved[t]!;
      cashGross += level;
      discountedGross += level * factor[t]!;
      if (t % 12 === 0 || t === N) {
        cashError.gross[Math.ceil(t / 12)] = cashGross;
        discountedError.gross[Math.ceil(t / 12)] = discountedGross;
      }
    }
    // a mark carries the roundings of its amount, uplift and level (under 150); an addition one, a
    // discount factor under 200, and there is an addition per mark and two per time point
    cashError.ulps = discountedError.ulps = marks + 3 * N + 400;
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
    const value = k ?? EXACT_ZERO;
    if (discounted) phase.constantDiscounted = value;
    else phase.constant = value;
    return value;
  }

  /** over × the position at t (0 ≤ t ≤ N), exact; `cash` and `discounted` remember what they ask for */
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
    return sum ?? EXACT_ZERO;
  }
}

/**
 * Where a set of streams' sums change, at each of some points: the change in their constant, and per
 * rate table the change in Σ alpha of the streams running across the point.
 */
export interface Marks {
  constant: (Decimal | undefined)[];
  running: Map<RateTable, (Decimal | undefined)[]>;
}

/**
 * The sums the marks say, at each point: a few operations per point and rate table. At time points
 * (`atTimePoints`) a table of shift s has counted its months before point + 1 − s; at month ends, before the end.
 */
export function sweep(points: readonly number[], marks: Marks, discounted: boolean, atTimePoints: boolean): Decimal[] {
  const tables = [...marks.running];
  const alpha: (Decimal | undefined)[] = tables.map(() => undefined);
  let k: Decimal | undefined;
  return points.map((point, i) => {
    const change = marks.constant[i];
    if (change !== undefined) k = add(k, change);
    let sum = k ?? EXACT_ZERO;
    for (let g = 0; g < tables.length; g++) {
      const [table, changes] = tables[g]!;
      if (changes[i] !== undefined) alpha[g] = add(alpha[g], changes[i]!);
      const a = alpha[g];
      if (a === undefined || a.isZero()) continue;
      const M = atTimePoints ? point + 1 - table.shift : point;
      sum = sum.plus(a.times(discounted ? table.discountedSum(M) : table.sum(M)));
    }
    return sum;
  });
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
    if (a.value !== 0) byRate.set(a.appreciation, add(byRate.get(a.appreciation), new Exact(a.value)));
  }
  return byRate;
}

/** C(t) + R(t): a cash position and retained assets, grouped by appreciation. */
class NetPosition extends Numerators {
  readonly #cash: Position;
  /** per appreciation: over × the assets' value, and its uplift */
  readonly #groups: { growth: Uplift; value: Decimal }[];

  constructor(cash: Position, groups: { growth: Uplift; value: Decimal }[], approx: Float64Array, bound: ErrorBound) {
    super(approx, bound, cash.over);
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

  override numeratorsAt(times: readonly number[]): Decimal[] {
    return this.#cash.numeratorsAt(times).map((n, i) => n.plus(this.#assets(times[i]!)));
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
  const over = whole(cash.over);
  const groups: { growth: Uplift; value: Decimal }[] = [];
  const approx = new Float64Array(cash.approx);
  // R(t) at each year, as plain numbers: its magnitude joins the cash curve's in the error bound
  const years = Math.floor((approx.length - 1) / 12) + 1;
  const values = new Float64Array(years);
  for (const [rate, value] of byRate) {
    const growth = uplifts.of(rate);
    groups.push({ growth, value: exactly(value).times(over) });
    // the asset's value steps once a year
    const start = value.toNumber();
    for (let year = 0; year < years; year++) {
      const uplifted = start * growth.powerApprox(year);
      values[year]! += Math.abs(uplifted);
      const end = Math.min(approx.length, 12 * year + 12);
      for (let t = 12 * year; t < end; t++) approx[t]! += uplifted;
    }
  }
  // t in (12(k − 1), 12k] holds the values of years k − 1 and k
  const gross = cash.bound.gross.map((g, k) => g + Math.max(values[Math.max(0, k - 1)]!, values[Math.min(k, years - 1)]!));
  return new NetPosition(cash, groups, approx, { gross, ulps: cash.bound.ulps + byRate.size + 60 });
}
