/**
 * Cumulative positions over t = 0 … N: exact at any t on demand, and as plain numbers for drawing.
 *
 * A stream's sum up to any month comes from its RateTable in a few decimal operations, so the
 * exact position at any t costs a few operations per stream. The plain-number series is built
 * alongside in floating point: it is for the chart and for finding where to look, never for a figure.
 */
import { Decimal, int, ZERO } from './decimal.ts';
import type { Stream } from './flows.ts';
import { Uplift } from './uplift.ts';

/**
 * An uplift's sums, plain and discounted: V(M) = Σ_{k < M} U(r, k) × F(k + shift), kept by whole
 * years like the plain sums.
 */
export class RateTable {
  readonly uplift: Uplift;
  readonly #shift: 0 | 1;
  readonly #discounting: Discounting;
  /** Σ_{y < Y} (1 + r) ^ y × Σ_{k in year y} F(k + shift) */
  readonly #discounted: Decimal[] = [ZERO];

  constructor(rate: number, shift: 0 | 1, discounting: Discounting) {
    this.uplift = Uplift.of(rate);
    this.#shift = shift;
    this.#discounting = discounting;
  }

  /** W(M) = Σ_{k < M} U(r, k) */
  sum(M: number): Decimal {
    return this.uplift.sum(M);
  }

  /** V(M); needs M − 1 + shift ≤ N */
  discountedSum(M: number): Decimal {
    const year = Math.floor(M / 12);
    const v = this.#discounted;
    const d = this.#discounting;
    const shift = this.#shift;
    while (v.length <= year) {
      const y = v.length - 1;
      v.push(v[y]!.plus(this.uplift.power(y).times(d.yearSum(y, shift))));
    }
    const rest = M - year * 12;
    if (rest === 0) return v[year]!;
    return v[year]!.plus(this.uplift.power(year).times(d.sum(12 * year + shift, M - 1 + shift)));
  }
}

/**
 * a ^ (1/12) to the working precision, by Newton's method on x¹² = a from the plain-number root:
 * decimal.js's general power (through exp and ln) costs as much as evaluating a small scenario.
 */
export function twelfthRoot(a: Decimal): Decimal {
  let x = new Decimal(Math.pow(a.toNumber(), 1 / 12));
  for (let i = 0; i < 6; i++) {
    const x11 = x.pow(11);
    const next = x.minus(x11.times(x).minus(a).div(x11.times(12)));
    if (next.eq(x)) break;
    x = next;
  }
  return x;
}

/** Discount factors F(t) = ((1 + rate)(1 + inflation)) ^ (−t / 12), their prefix sums, and rate tables. */
export class Discounting {
  /** F(t), exact */
  readonly factor: Decimal[];
  /** F(t) as plain numbers */
  readonly factorApprox: Float64Array;
  /** G(t) = F(0) + … + F(t) */
  readonly #cumulative: Decimal[];
  readonly #tables = new Map<string, RateTable>();
  readonly #yearSums: [Decimal[], Decimal[]] = [[], []];

  constructor(discountRate: number, generalInflation: number, horizonMonths: number) {
    const q = new Decimal(1).plus(discountRate).times(new Decimal(1).plus(generalInflation));
    const yearly = new Decimal(1).div(q);
    const monthly = twelfthRoot(yearly);
    this.factor = new Array<Decimal>(horizonMonths + 1);
    this.#cumulative = new Array<Decimal>(horizonMonths + 1);
    this.factorApprox = new Float64Array(horizonMonths + 1);
    const qApprox = (1 + discountRate) * (1 + generalInflation);
    let year = new Decimal(1);
    let f = year;
    let g = ZERO;
    for (let t = 0; t <= horizonMonths; t++) {
      // Whole years from q, the months between by the monthly factor: no drift within a year.
      if (t > 0) f = t % 12 === 0 ? (year = year.times(yearly)) : f.times(monthly);
      g = g.plus(f);
      this.factor[t] = f;
      this.#cumulative[t] = g;
      this.factorApprox[t] = Math.pow(qApprox, -t / 12);
    }
  }

  /** F(12y + shift) + … + F(12y + 11 + shift), shared by every rate's table */
  yearSum(year: number, shift: 0 | 1): Decimal {
    const sums = this.#yearSums[shift];
    while (sums.length <= year) {
      const y = sums.length;
      sums.push(this.sum(12 * y + shift, 12 * y + 11 + shift));
    }
    return sums[year]!;
  }

  /** F(a) + … + F(b); zero when b < a */
  sum(a: number, b: number): Decimal {
    if (b < a) return ZERO;
    const upper = this.#cumulative[b]!;
    return a > 0 ? upper.minus(this.#cumulative[a - 1]!) : upper;
  }

  /** the shared table of one rate and shift */
  table(rate: number, shift: 0 | 1): RateTable {
    const key = `${rate}|${shift}`;
    let t = this.#tables.get(key);
    if (!t) this.#tables.set(key, (t = new RateTable(rate, shift, this)));
    return t;
  }
}

/** A cumulative position: the sum of flows at or before t. */
export interface Position {
  exact(t: number): Decimal;
  /** exact(t) − exact(t − 1), where a position can say it more cheaply than two positions */
  flow?(t: number): Decimal;
  readonly approx: Float64Array;
}

/** A stream with its sums worked out once. */
interface Prepared {
  stream: Stream;
  table: RateTable;
  first: number;
  last: number;
  base: Decimal;
  discountedBase: Decimal;
  /** the stream's sum within the horizon, before division by its divisor */
  total: Decimal;
  discountedTotal: Decimal;
}

const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));

/**
 * Σ numerator / divisor with a single division: the parts are brought to their least common
 * divisor by whole-number multiplications, which are exact, so exact decimals stay exact and a
 * query costs one division (decimal.js's dearest operation) however many divisors it meets.
 */
export class ByDivisor {
  readonly #parts = new Map<number, Decimal>();

  add(divisor: number, numerator: Decimal): void {
    this.#parts.set(divisor, (this.#parts.get(divisor) ?? ZERO).plus(numerator));
  }

  sum(): Decimal {
    let common = 1;
    for (const d of this.#parts.keys()) common = (common / gcd(common, d)) * d;
    let numerator = ZERO;
    for (const [d, part] of this.#parts) numerator = numerator.plus(d === common ? part : part.times(int(common / d)));
    return common === 1 ? numerator : numerator.div(int(common));
  }
}

/** The cash position C(t) and the discounted position D(t) of a set of streams. */
export class StreamPositions {
  readonly cash: Position;
  readonly discounted: Position;
  readonly #prepared: Prepared[];

  constructor(streams: readonly Stream[], horizonMonths: number, discounting: Discounting) {
    const N = horizonMonths;
    const prepared: Prepared[] = streams.map((stream) => {
      const table = discounting.table(stream.rate, stream.shift);
      const base = table.sum(stream.from);
      const discountedBase = table.discountedSum(stream.from);
      return {
        stream,
        table,
        first: stream.from + stream.shift,
        last: stream.to - 1 + stream.shift,
        base,
        discountedBase,
        total: stream.amount.times(table.sum(stream.to).minus(base)),
        discountedTotal: stream.amount.times(table.discountedSum(stream.to).minus(discountedBase)),
      };
    });
    this.#prepared = prepared;

    const flow = new Float64Array(N + 1);
    for (const { stream, table } of prepared) {
      const amount = stream.amount.toNumber() / stream.divisor;
      for (let k = stream.from; k < stream.to; ) {
        const year = Math.floor(k / 12);
        const end = Math.min(stream.to, year * 12 + 12);
        const uplifted = amount * table.uplift.powerApprox(year);
        for (; k < end; k++) flow[k + stream.shift]! += uplifted;
      }
    }
    const cashApprox = new Float64Array(N + 1);
    const discApprox = new Float64Array(N + 1);
    const f = discounting.factorApprox;
    let c = 0;
    let d = 0;
    for (let t = 0; t <= N; t++) {
      c += flow[t]!;
      d += flow[t]! * f[t]!;
      cashApprox[t] = c;
      discApprox[t] = d;
    }

    const at = (t: number, discounted: boolean): Decimal => {
      const sum = new ByDivisor();
      for (const p of prepared) {
        if (t < p.first) continue;
        if (t >= p.last) {
          sum.add(p.stream.divisor, discounted ? p.discountedTotal : p.total);
          continue;
        }
        const M = t - p.stream.shift + 1;
        const part = discounted
          ? p.table.discountedSum(M).minus(p.discountedBase)
          : p.table.sum(M).minus(p.base);
        sum.add(p.stream.divisor, p.stream.amount.times(part));
      }
      return sum.sum();
    };
    // The flows at one time point: each stream's monthly amount, uplifted for its year.
    const flowAt = (t: number): Decimal => {
      const sum = new ByDivisor();
      for (const p of prepared) {
        if (t < p.first || t > p.last) continue;
        sum.add(p.stream.divisor, p.stream.amount.times(p.table.uplift.power(Math.floor((t - p.stream.shift) / 12))));
      }
      return sum.sum();
    };
    const cashAtN = this.total(() => true);
    const discAtN = this.total(() => true, true);
    this.cash = { approx: cashApprox, exact: memo((t) => (t >= N ? cashAtN : at(t, false))), flow: flowAt };
    this.discounted = {
      approx: discApprox,
      exact: memo((t) => (t >= N ? discAtN : at(t, true))),
      flow: (t) => flowAt(t).times(discounting.factor[t]!),
    };
  }

  /** the exact sum, within the horizon, of the streams `which` picks */
  total(which: (s: Stream) => boolean, discounted = false): Decimal {
    const sum = new ByDivisor();
    for (const p of this.#prepared) if (which(p.stream)) sum.add(p.stream.divisor, discounted ? p.discountedTotal : p.total);
    return sum.sum();
  }
}

/** A few exact positions are asked for again and again (by the portfolio, by net): remember them. */
function memo(exact: (t: number) => Decimal): (t: number) => Decimal {
  const known = new Map<number, Decimal>();
  return (t) => {
    let value = known.get(t);
    if (value === undefined) {
      value = exact(t);
      if (known.size > 64) known.clear();
      known.set(t, value);
    }
    return value;
  };
}

/** A retained asset: R(t) = value × U(appreciation, t). */
export interface Asset {
  value: number;
  appreciation: number;
}

/** C(t) + R(t) for one or more assets; assets that appreciate alike are added before uplifting. */
export function withAssets(cash: Position, assets: readonly Asset[]): Position {
  const byRate = new Map<number, Decimal>();
  for (const a of assets) {
    if (a.value !== 0) byRate.set(a.appreciation, (byRate.get(a.appreciation) ?? ZERO).plus(a.value));
  }
  const groups = [...byRate].map(([rate, value]) => ({ growth: Uplift.of(rate), value, approx: value.toNumber() }));
  const approx = Float64Array.from(cash.approx);
  for (const g of groups) {
    for (let t = 0; t < approx.length; t++) approx[t]! += g.approx * g.growth.powerApprox(Math.floor(t / 12));
  }
  const assetAt = (t: number) => groups.reduce((sum, g) => sum.plus(g.value.times(g.growth.power(Math.floor(t / 12)))), ZERO);
  return {
    approx,
    exact: memo((t) => cash.exact(t).plus(assetAt(t))),
    flow: (t) => {
      const cashFlow = cash.flow ? cash.flow(t) : cash.exact(t).minus(cash.exact(t - 1));
      // the asset changes only on anniversaries
      return t % 12 === 0 ? cashFlow.plus(assetAt(t)).minus(assetAt(t - 1)) : cashFlow;
    },
  };
}

/** The sum of positions, time point by time point. */
export function sumPositions(parts: readonly Position[], horizonMonths: number): Position {
  const approx = new Float64Array(horizonMonths + 1);
  for (const p of parts) for (let t = 0; t <= horizonMonths; t++) approx[t]! += p.approx[t]!;
  return {
    approx,
    exact: memo((t) => parts.reduce((sum, p) => sum.plus(p.exact(t)), ZERO)),
    flow: (t) => parts.reduce((sum, p) => sum.plus(p.flow ? p.flow(t) : p.exact(t).minus(p.exact(t - 1))), ZERO),
  };
}
