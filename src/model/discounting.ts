/**
 * Discount factors F(t) = ((1 + rate)(1 + inflation)) ^ (−t / 12) and, per uplift rate, the sums
 * the positions are made of: W(M) = Σ_{k < M} U(r, k) and V(M) = Σ_{k < M} U(r, k) × F(k + shift).
 *
 * With D the yearly factor and m its twelfth root, F(12y + j) = D^y × m^j, and a year of an
 * uplift's discounted months is (1 + r)^y × D^y × (the year's m^j added up): a whole-year V is
 * a geometric series in g = (1 + r) × D, so any V(M) is a few decimal operations, however far M is.
 */
import { Decimal, ONE, Precise, toModel, ZERO } from './decimal.ts';
import { GeometricSeries, Uplifts, type Uplift } from './uplift.ts';

/**
 * a ^ (1/12) to a's own precision, by Newton's method on x¹² = a from the plain-number root:
 * decimal.js's general power (through exp and ln) costs as much as evaluating a small scenario.
 */
export function twelfthRoot<T extends Decimal>(a: T): T {
  const Ctor = a.constructor as new (n: number) => T;
  let x = new Ctor(Math.pow(a.toNumber(), 1 / 12)) as Decimal;
  for (let i = 0; i < 6; i++) {
    const x11 = x.pow(11);
    const next = x.minus(x11.times(x).minus(a).div(x11.times(12)));
    if (next.eq(x)) break;
    x = next;
  }
  return x as T;
}

/** An uplift rate's sums, plain and discounted, for one shift (savings 1, capital and funding 0). */
export class RateTable {
  readonly uplift: Uplift;
  /** the table's place in a canonical order of tables: by rate, then shift */
  readonly rate: number;
  readonly shift: 0 | 1;
  readonly #discounting: Discounting;
  /** Σ_{y < Y} ((1 + r) × D) ^ y */
  readonly #series: GeometricSeries;
  /** V(M), by M */
  readonly #discounted: (Decimal | undefined)[] = [];

  constructor(rate: number, shift: 0 | 1, discounting: Discounting) {
    this.rate = rate;
    this.shift = shift;
    this.uplift = discounting.uplifts.of(rate);
    this.#discounting = discounting;
    this.#series = discounting.seriesFor(rate);
  }

  /** W(M) = Σ_{k < M} U(r, k) */
  sum(M: number): Decimal {
    return this.uplift.sum(M);
  }

  /** V(M) = Σ_{k < M} U(r, k) × F(k + shift) */
  discountedSum(M: number): Decimal {
    // nothing has risen yet in the first year: its months' factors alone
    if (M <= 12) return this.#discounting.monthsOfYear(this.shift, M);
    let v = this.#discounted[M];
    if (v === undefined) {
      const year = Math.floor(M / 12);
      const rest = M - year * 12;
      const d = this.#discounting;
      v =
        rest === 0
          ? this.#series.sum(year).times(d.yearOfMonths(this.shift))
          : this.discountedSum(12 * year).plus(this.#series.power(year).times(d.monthsOfYear(this.shift, rest)));
      this.#discounted[M] = v;
    }
    return v;
  }
}

/** Discount factors, exact and plain, and the rate tables of one discounting. */
export class Discounting {
  /** the undiscounted tables the rate tables are built on, kept by whoever owns this discounting */
  readonly uplifts: Uplifts;
  /** F(t) as plain numbers, t = 0 … N */
  readonly factorApprox: Float64Array;
  readonly #yearlyPrecise: Precise;
  readonly #yearlyPowers: GeometricSeries;
  /** m^j, j = 0 … 11 */
  readonly #monthly: Decimal[] = [ONE];
  /** [shift]: Σ_{i < j} m^(i + shift), j = 0 … 12 (with m^12 taken as D) */
  readonly #monthSums: [Decimal[], Decimal[]] = [[ZERO], [ZERO]];
  readonly #factors: (Decimal | undefined)[] = [];
  readonly #series = new Map<number, GeometricSeries>();
  readonly #withinYear = new Map<number, Decimal>();
  /** by rate: the tables for shift 0 and shift 1 */
  readonly #tables = new Map<number, [RateTable | undefined, RateTable | undefined]>();

  constructor(discountRate: number, generalInflation: number, horizonMonths: number, uplifts: Uplifts = new Uplifts()) {
    this.uplifts = uplifts;
    // D^y, m^j and their sums worked out to 30 digits, each then rounded once to the model's 20
    const one = new Precise(1);
    const yearly = one.div(one.plus(discountRate).times(one.plus(generalInflation)));
    this.#yearlyPrecise = yearly;
    this.#yearlyPowers = new GeometricSeries(yearly);
    const m = twelfthRoot(yearly);
    const powers: Precise[] = [one];
    for (let j = 1; j < 12; j++) powers.push(powers[j - 1]!.times(m));
    for (let j = 1; j < 12; j++) this.#monthly.push(toModel(powers[j]!));
    const powerAt = (i: number) => (i === 12 ? yearly : powers[i]!);
    for (const shift of [0, 1] as const) {
      let sum = new Precise(0);
      for (let j = 0; j < 12; j++) this.#monthSums[shift].push(toModel((sum = sum.plus(powerAt(j + shift)))));
    }
    this.factorApprox = new Float64Array(horizonMonths + 1);
    const qApprox = (1 + discountRate) * (1 + generalInflation);
    for (let t = 0; t <= horizonMonths; t++) this.factorApprox[t] = Math.pow(qApprox, -t / 12);
  }

  /** F(t) = D^y × m^j for t = 12y + j */
  factor(t: number): Decimal {
    let f = this.#factors[t];
    if (f === undefined) {
      const year = Math.floor(t / 12);
      const j = t - 12 * year;
      const whole = this.#yearlyPowers.power(year);
      f = j === 0 ? whole : whole.times(this.#monthly[j]!);
      this.#factors[t] = f;
    }
    return f;
  }

  /**
   * Σ F(t) for first ≤ t < end, the time points of a stream's months within one year y (t = k +
   * shift): D^y × (Σ_{i < j1} m^(i + shift) − Σ_{i < j0} m^(i + shift)), remembered by range.
   */
  factorsWithinYear(first: number, end: number, shift: 0 | 1): Decimal {
    if (end - first === 1) return this.factor(first);
    const key = (first * 16 + (end - first)) * 2 + shift;
    let sum = this.#withinYear.get(key);
    if (sum === undefined) {
      const year = Math.floor((first - shift) / 12);
      const j0 = first - shift - 12 * year;
      const j1 = end - shift - 12 * year;
      sum = this.#yearlyPowers.power(year).times(this.monthsOfYear(shift, j1).minus(this.monthsOfYear(shift, j0)));
      this.#withinYear.set(key, sum);
    }
    return sum;
  }

  /** Σ_{i < 12} m^(i + shift): a year of months' factors, over D^y */
  yearOfMonths(shift: 0 | 1): Decimal {
    return this.#monthSums[shift][12]!;
  }

  /** Σ_{i < months} m^(i + shift), months = 0 … 12 */
  monthsOfYear(shift: 0 | 1, months: number): Decimal {
    return this.#monthSums[shift][months]!;
  }

  /** the series in (1 + r) × D of one uplift rate */
  seriesFor(rate: number): GeometricSeries {
    let s = this.#series.get(rate);
    if (!s) this.#series.set(rate, (s = new GeometricSeries(new Precise(1).plus(rate).times(this.#yearlyPrecise))));
    return s;
  }

  /** the table of one rate and shift */
  table(rate: number, shift: 0 | 1): RateTable {
    let pair = this.#tables.get(rate);
    if (!pair) this.#tables.set(rate, (pair = [undefined, undefined]));
    return (pair[shift] ??= new RateTable(rate, shift, this));
  }
}
