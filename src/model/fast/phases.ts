// Equals PlainPositions in ../positions.ts (C(t), D(t), the flows and the totals, stream by stream), digit for digit; proved by "phases give the plain positions, digit for digit" in tests/model/fast/phases.test.ts.
/**
 * A scheme's positions by phases. A stream's sum up to month M is `amount × (W(M) − W(from))`
 * (discounted: V for W). Between two events — a stream starting or ending — the same streams are
 * running, so the position is `Σ A × W(M) + K` with one `A` per rate table and one constant: a
 * *phase*, worked out once and then a few decimal operations per query. The plain-number curves
 * are built alongside, a year's level flow at a time.
 */
import { lcm, ZERO, type Decimal } from '../decimal.ts';
import { add, divide, divideFinely, Exact, whole } from '../exact.ts';
import type { Discounting, RateTable } from '../discounting.ts';
import { approximation, cashAndDiscounted, type Position, type PositionSource } from '../positions.ts';
import type { Stream } from '../streams.ts';
import { firstEnd, sweep, type Marks } from './marks.ts';

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
  alpha: Exact;
  /** a month's flow before uplift, as a plain number (for drawing) */
  approx: number;
  /** worked out when first needed (every field is there from the start: one shape for V8) */
  start: Exact | undefined;
  /** alpha × its year's uplift, for a stream within one year */
  monthly: Exact | undefined;
  startDiscounted: Exact | undefined;
  whole: Exact | undefined;
  wholeDiscounted: Exact | undefined;
}

/** Σ alpha of the running streams of one rate table (over the positions' denominator) */
export interface Term {
  table: RateTable;
  shift: 0 | 1;
  alpha: Exact;
}

/** The streams running between two events, by rate, and the constant of the others. */
interface Phase {
  /** per group: Σ alpha of its running streams */
  running: (Exact | undefined)[];
  terms: Term[] | undefined;
  active: Prepared[];
  done: Prepared[];
  constant: Exact | undefined;
  constantDiscounted: Exact | undefined;
}

/** The cash position C(t) and the discounted position D(t) of a set of streams. */
export class StreamPositions implements PositionSource {
  readonly cash: Position;
  readonly discounted: Position;
  /** the common denominator of the streams' divisors: amounts are divided last, and once */
  readonly over: bigint;
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
    const shares = new Map<number, Exact | null>();
    let over = 1n;
    for (const s of streams) {
      if (shares.has(s.divisor)) continue;
      shares.set(s.divisor, null);
      over = lcm(over, BigInt(s.divisor));
    }
    for (const divisor of shares.keys()) {
      const share = over / BigInt(divisor);
      shares.set(divisor, share === 1n ? null : whole(share));
    }
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
      const share = shares.get(stream.divisor)!;
      const alpha = share === null ? stream.amount : stream.amount.times(share);
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

  /** the sum, within the horizon, of the streams `which` picks: with guard digits (exact.ts `divideFinely`) */
  total(which: (s: Stream) => boolean): Decimal {
    let sum: Exact | undefined;
    for (const p of this.#prepared) if (which(p.stream)) sum = add(sum, this.#whole(p, false));
    return sum === undefined ? ZERO : divideFinely(sum, this.over);
  }

  /**
   * The exact sums of the streams `which` picks over the months before each of `ends` (ascending, at
   * most N + 1): positions by month, a saving counted in the month it is earned, a charge in the month
   * it falls in — for tables by period. One pass over the streams, then a few operations per end.
   */
  byMonth(ends: readonly number[], which: (s: Stream) => boolean): Decimal[] {
    return sweep(ends, this.#marks(ends, which, false, false), false, false).map((sum) => (sum.isZero() ? ZERO : divide(sum, this.over)));
  }

  /** over × C(t) or over × D(t) at each of `times` (ascending, 0 … N), exact, in byMonth's one pass */
  numeratorsAt(times: readonly number[], discounted: boolean): Exact[] {
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
    const byGroup = this.#groups.map(() => undefined as (Exact | undefined)[] | undefined);
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

  #approximate(N: number, factor: Float64Array): ReturnType<typeof approximation> {
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

  /** whether a stream starts or ends at t: t begins a phase */
  changesAt(t: number): boolean {
    return this.phaseIndex(t - 1) !== this.phaseIndex(t);
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
  constant(t: number, discounted: boolean): Exact {
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
  #start(p: Prepared, discounted: boolean): Exact {
    if (discounted) return (p.startDiscounted ??= p.alpha.times(p.table.discountedSumExact(p.stream.from)));
    return (p.start ??= p.alpha.times(p.table.sumExact(p.stream.from)));
  }

  /** alpha × the stream's sum within the horizon */
  #whole(p: Prepared, discounted: boolean): Exact {
    const { from, to, shift } = p.stream;
    const year = Math.floor(from / 12);
    if (Math.floor((to - 1) / 12) === year) {
      // within one year (a purchase, a grant, most works): one level flow, so no sums are needed
      if (p.whole === undefined) {
        const risen = year > 0 && p.table.uplift.rate !== 0;
        p.monthly = risen ? p.alpha.times(p.table.uplift.powerExact(year)) : p.alpha;
        p.whole = to - from === 1 ? p.monthly : p.monthly.times(to - from);
      }
      if (!discounted) return p.whole;
      return (p.wholeDiscounted ??= p.monthly!.times(this.#discounting.factorsWithinYear(from + shift, to + shift, shift)));
    }
    if (discounted) return (p.wholeDiscounted ??= p.alpha.times(p.table.discountedSumExact(to)).minus(this.#start(p, true)));
    return (p.whole ??= p.alpha.times(p.table.sumExact(to)).minus(this.#start(p, false)));
  }

  #constant(phase: Phase, discounted: boolean): Exact {
    const known = discounted ? phase.constantDiscounted : phase.constant;
    if (known !== undefined) return known;
    let k: Exact | undefined;
    for (const p of phase.done) k = add(k, this.#whole(p, discounted));
    for (const p of phase.active) k = k === undefined ? this.#start(p, discounted).negated() : k.minus(this.#start(p, discounted));
    const value = k ?? Exact.ZERO;
    if (discounted) phase.constantDiscounted = value;
    else phase.constant = value;
    return value;
  }

  /** over × the position at t (0 ≤ t ≤ N), exact; `cash` and `discounted` remember what they ask for */
  numerator(t: number, discounted: boolean): Exact {
    const phase = this.#phase(t);
    let sum = this.#constant(phase, discounted);
    const running = phase.running;
    for (let g = 0; g < running.length; g++) {
      const alpha = running[g];
      if (alpha === undefined) continue;
      const { table, shift } = this.#groups[g]!;
      const M = t - shift + 1;
      sum = sum.plus(alpha.times(discounted ? table.discountedSumExact(M) : table.sumExact(M)));
    }
    return sum;
  }

  /** over × the flows at t, undiscounted (1 ≤ t ≤ N) */
  flowNumerator(t: number): Exact {
    if (this.phaseIndex(t - 1) !== this.phaseIndex(t)) return this.cash.numerator(t).minus(this.cash.numerator(t - 1));
    let sum: Exact | undefined;
    const running = this.#phase(t).running;
    for (let g = 0; g < running.length; g++) {
      const alpha = running[g];
      if (alpha === undefined) continue;
      const { table, shift } = this.#groups[g]!;
      sum = add(sum, alpha.times(table.uplift.powerExact(Math.floor((t - shift) / 12))));
    }
    return sum ?? Exact.ZERO;
  }
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
