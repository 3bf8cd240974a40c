/**
 * Discount factors F(t) = ((1 + rate)(1 + inflation)) ^ (−t / 12) and, per uplift rate, the sums
 * the positions are made of: W(M) = Σ_{k < M} U(r, k) and V(M) = Σ_{k < M} U(r, k) × F(k + shift).
 *
 * With D the yearly factor and m its twelfth root, F(12y + j) = D^y × m^j, and a year of an
 * uplift's discounted months is (1 + r)^y × D^y × (the year's m^j added up): a whole-year V is
 * a geometric series in g = (1 + r) × D, so any V(M) is a few decimal operations, however far M is.
 */
import { Precise, toModel, type Decimal } from './decimal.ts';
import { Exact, rounded, toDecimal } from './exact.ts';
import { GeometricSeries } from './fast/geometricSeries.ts';
import { Uplifts, type Uplift } from './uplift.ts';

/**
 * q ^ (−1/12) to q's own precision, by Newton's method on y^−12 = q, which needs no long division:
 * y ← y × (13 − q × y^12) / 12. From the plain-number root (15 digits or more) three steps give more
 * than a hundred: the error e becomes about 6.5 e² at each.
 */
export function inverseTwelfthRoot<T extends Decimal>(q: T): T {
  const Ctor = q.constructor as new (n: number) => T;
  let y = new Ctor(Math.pow(q.toNumber(), -1 / 12)) as Decimal;
  const thirteen = new Ctor(13);
  for (let i = 0; i < 3; i++) {
    const y4 = y.times(y).pow(2);
    y = y.times(thirteen.minus(q.times(y4.times(y4).times(y4)))).div(12);
  }
  return y as T;
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
  readonly #discounted: (Exact | undefined)[] = [];
  readonly #discountedDecimal: (Decimal | undefined)[] = [];

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

  /** W(M) as an Exact, for the positions' numerators */
  sumExact(M: number): Exact {
    return this.uplift.sumExact(M);
  }

  /**
   * V(M) = Σ_{k < M} U(r, k) × F(k + shift), as an Exact: each product and sum rounded to the model's
   * digits as decimal.js would round it (exact.ts `rounded`)
   */
  discountedSumExact(M: number): Exact {
    const d = this.#discounting;
    // nothing has risen yet in the first year: its months' factors alone
    if (M <= 12) return d.monthsOfYear(this.shift, M);
    let v = this.#discounted[M];
    if (v === undefined) {
      const year = Math.floor(M / 12);
      const rest = M - year * 12;
      if (this.rate === 0 && this.shift === 1) {
        // without uplifts a saving of month k is discounted as a charge at k + 1: the same factors,
        // so that the two cancel exactly where their flows do
        v = d
          .table(0, 0)
          .discountedSumExact(M + 1)
          .minus(1);
      } else if (rest === 0) v = rounded(this.#series.sumExact(year).times(d.yearOfMonths(this.shift)));
      else {
        const sum = this.discountedSumExact(12 * year).plus(rounded(this.#series.powerExact(year).times(d.monthsOfYear(this.shift, rest))));
        // in the second year the sum adds to the first year's exact sum of factors: decimal.js keeps that one's digits
        v = year === 1 ? sum : rounded(sum);
      }
      this.#discounted[M] = v;
    }
    return v;
  }

  /** V(M) as a model decimal */
  discountedSum(M: number): Decimal {
    return (this.#discountedDecimal[M] ??= toDecimal(this.discountedSumExact(M)));
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
  /** m^j, j = 0 … 11, each rounded once to the model's digits */
  readonly #monthly: Exact[] = [Exact.whole(1)];
  /**
   * [shift]: Σ_{i < j} m^(i + shift), j = 0 … 12 (with m^12 taken as D): exact sums of the rounded m^j,
   * so that every way of cutting a year's months into sums gives the same factors
   */
  readonly #monthSums: [Exact[], Exact[]] = [[Exact.ZERO], [Exact.ZERO]];
  /** F(t), by t */
  readonly #factors: (Exact | undefined)[] = [];
  readonly #factorsDecimal: (Decimal | undefined)[] = [];
  /** by year y: Σ_{j < i} F(12y + j), i = 0 … 12, exact sums of the rounded F */
  readonly #yearSums: (Exact[] | undefined)[] = [];
  readonly #series = new Map<number, GeometricSeries>();
  readonly #withinYear = new Map<number, Exact>();
  /** by rate: the tables for shift 0 and shift 1 */
  readonly #tables = new Map<number, [RateTable | undefined, RateTable | undefined]>();

  constructor(discountRate: number, generalInflation: number, horizonMonths: number, uplifts: Uplifts = new Uplifts()) {
    this.uplifts = uplifts;
    // D^y and m^j worked out with ten guard digits, each then rounded once to the model's digits
    const one = new Precise(1);
    const q = one.plus(discountRate).times(one.plus(generalInflation));
    const yearly = one.div(q);
    this.#yearlyPrecise = yearly;
    this.#yearlyPowers = new GeometricSeries(yearly);
    const m = inverseTwelfthRoot(q);
    const powers: Precise[] = [one];
    for (let j = 1; j < 12; j++) powers.push(powers[j - 1]!.times(m));
    for (let j = 1; j < 12; j++) this.#monthly.push(Exact.of(toModel(powers[j]!)));
    let sum = Exact.ZERO;
    for (let j = 0; j < 12; j++) this.#monthSums[0].push((sum = sum.plus(this.#monthly[j]!)));
    // a month later: the same factors but the first, and D (= D^1, rounded as every D^y is) for the last
    for (let j = 1; j < 12; j++) this.#monthSums[1].push(this.#monthSums[0][j + 1]!.minus(1));
    this.#monthSums[1].push(this.#monthSums[0][12]!.minus(1).plus(this.#yearlyPowers.powerExact(1)));
    this.factorApprox = new Float64Array(horizonMonths + 1);
    const qApprox = (1 + discountRate) * (1 + generalInflation);
    for (let t = 0; t <= horizonMonths; t++) this.factorApprox[t] = Math.pow(qApprox, -t / 12);
  }

  /** F(t) = D^y × m^j for t = 12y + j, rounded once (as decimal.js would round the product) */
  factorExact(t: number): Exact {
    let f = this.#factors[t];
    if (f === undefined) {
      const year = Math.floor(t / 12);
      const j = t - 12 * year;
      const whole = this.#yearlyPowers.powerExact(year);
      this.#factors[t] = f = j === 0 ? whole : rounded(whole.times(this.#monthly[j]!));
    }
    return f;
  }

  /** F(t) as a model decimal */
  factor(t: number): Decimal {
    return (this.#factorsDecimal[t] ??= toDecimal(this.factorExact(t)));
  }

  /**
   * Σ F(t) for first ≤ t < end, the time points of a stream's months within one year y (t = k +
   * shift): exact sums of the F(t) themselves, so that a stream of several months is discounted
   * exactly as its months one by one are (a charge over three months and three grants that meet it
   * cancel). Remembered by range.
   */
  factorsWithinYear(first: number, end: number, shift: 0 | 1): Exact {
    if (end - first === 1) return this.factorExact(first);
    const key = (first * 16 + (end - first)) * 2 + shift;
    let sum = this.#withinYear.get(key);
    if (sum === undefined) {
      const year = Math.floor((first - shift) / 12);
      const sums = this.#sumsOfYear(year);
      const j0 = first - 12 * year;
      const j1 = end - 12 * year;
      // a saving of the year's last month is credited at the next anniversary
      sum = j1 > 12 ? sums[12]!.minus(sums[j0]!).plus(this.factorExact(12 * year + 12)) : sums[j1]!.minus(sums[j0]!);
      this.#withinYear.set(key, sum);
    }
    return sum;
  }

  /** Σ_{j < i} F(12y + j), i = 0 … 12: in the first year the monthly factors' own sums */
  #sumsOfYear(year: number): Exact[] {
    if (year === 0) return this.#monthSums[0];
    let sums = this.#yearSums[year];
    if (sums === undefined) {
      sums = [Exact.ZERO];
      for (let j = 0; j < 12; j++) sums.push(sums[j]!.plus(this.factorExact(12 * year + j)));
      this.#yearSums[year] = sums;
    }
    return sums;
  }

  /** Σ_{i < 12} m^(i + shift): a year of months' factors, over D^y */
  yearOfMonths(shift: 0 | 1): Exact {
    return this.#monthSums[shift][12]!;
  }

  /** Σ_{i < months} m^(i + shift), months = 0 … 12 */
  monthsOfYear(shift: 0 | 1, months: number): Exact {
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
