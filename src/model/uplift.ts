/**
 * U(r, k) = (1 + r) ^ floor(k / 12) — costs and fees rise once a year, on each anniversary of the
 * start month — and its sums W(M) = Σ_{k < M} U(r, k).
 *
 * Every value is a function of the rate and its argument alone, never of what was asked before:
 * a power comes from decimal.js's integer power, a whole-year sum from the geometric series, so
 * the same scenario gives the same digits whatever was evaluated first. Each is remembered once
 * worked out.
 */
import { Decimal, int, ONE, Precise, toModel } from './decimal.ts';

const TWELVE = int(12);

/**
 * A geometric series 1 + g + … + g^(Y − 1) loses digits to cancellation as g nears 1. Worked out
 * with ten guard digits, the closed form (g^Y − 1) × (1 / (g − 1)) keeps the model's digits while
 * g is at least a millionth from 1; closer than that it is added up term by term.
 */
export const SERIES_CLOSED_FORM_FROM = 1e-6;

/**
 * g^y and 1 + g + … + g^(Y − 1), worked out with ten guard digits and rounded once to the model's;
 * each value remembered, and each a function of g and its argument alone.
 */
export class GeometricSeries {
  readonly #ratio: Precise;
  readonly #ratioMinusOne: Precise;
  /** 1 / (g − 1): the closed form multiplies by it */
  readonly #reciprocal: Precise | undefined;
  readonly #precisePowers = new Map<number, Precise>();
  /** g^(2^k) */
  readonly #squares: Precise[] = [];
  readonly #powers: (Decimal | undefined)[] = [];
  readonly #sums: (Decimal | undefined)[] = [];
  /** term by term, from 0 */
  readonly #running: Precise[] = [];

  constructor(ratio: Precise) {
    this.#ratio = ratio;
    this.#ratioMinusOne = ratio.minus(1);
    this.#reciprocal = this.#ratioMinusOne.abs().gte(SERIES_CLOSED_FORM_FROM) ? new Precise(1).div(this.#ratioMinusOne) : undefined;
  }

  /**
   * g^y as the product of g^1, g^2, g^4, … for the bits of y, always in that order: two or three
   * multiplications once the squares are known, where decimal.js's pow squares afresh each time.
   */
  #precisePower(y: number): Precise {
    let p = this.#precisePowers.get(y);
    if (p === undefined) {
      const squares = this.#squares;
      let bit = 0;
      for (let rest = y; rest > 0; rest >>= 1, bit++) {
        if (squares.length <= bit) squares.push(bit === 0 ? this.#ratio : squares[bit - 1]!.times(squares[bit - 1]!));
        if (rest & 1) p = p === undefined ? squares[bit]! : p.times(squares[bit]!);
      }
      p ??= new Precise(1);
      this.#precisePowers.set(y, p);
    }
    return p;
  }

  /** g ^ y */
  power(y: number): Decimal {
    let p = this.#powers[y];
    if (p === undefined) this.#powers[y] = p = y === 0 ? ONE : toModel(this.#precisePower(y));
    return p;
  }

  /** Σ_{y < Y} g ^ y */
  sum(Y: number): Decimal {
    let value = this.#sums[Y];
    if (value !== undefined) return value;
    if (this.#ratioMinusOne.isZero()) value = int(Y);
    else if (this.#reciprocal) value = toModel(this.#precisePower(Y).minus(1).times(this.#reciprocal));
    else {
      const r = this.#running;
      if (r.length === 0) r.push(new Precise(0));
      while (r.length <= Y) r.push(r[r.length - 1]!.plus(this.#precisePower(r.length - 1)));
      value = toModel(r[Y]!);
    }
    this.#sums[Y] = value;
    return value;
  }
}

/**
 * The uplift tables of one evaluator, by rate: each rate's powers and sums are worked out once
 * and kept for as long as the evaluator that owns them.
 */
export class Uplifts {
  readonly #byRate = new Map<number, Uplift>();

  of(rate: number): Uplift {
    let u = this.#byRate.get(rate);
    if (!u) {
      // a slider dragged over many rates would otherwise keep a table for each
      if (this.#byRate.size > 1000) this.#byRate.clear();
      this.#byRate.set(rate, (u = new Uplift(rate)));
    }
    return u;
  }
}

export class Uplift {
  readonly rate: number;
  readonly #series: GeometricSeries;
  /** W(M), by M */
  readonly #sums: (Decimal | undefined)[] = [];
  readonly #approx: number[] = [];

  constructor(rate: number) {
    this.rate = rate;
    this.#series = new GeometricSeries(new Precise(1).plus(rate));
  }

  /** (1 + r) ^ year */
  power(year: number): Decimal {
    return this.rate === 0 ? ONE : this.#series.power(year);
  }

  /** (1 + r) ^ year as a plain number, for drawing */
  powerApprox(year: number): number {
    let p = this.#approx[year];
    if (p === undefined) this.#approx[year] = p = Math.pow(1 + this.rate, year);
    return p;
  }

  /** W(M) = Σ_{k < M} U(r, k) = 12 × Σ_{y < Y} (1 + r) ^ y + (M − 12Y) × (1 + r) ^ Y, Y = floor(M / 12) */
  sum(M: number): Decimal {
    // nothing has risen yet in the first year
    if (this.rate === 0 || M <= 12) return int(M);
    let w = this.#sums[M];
    if (w === undefined) {
      const year = Math.floor(M / 12);
      const rest = M - year * 12;
      const whole = rest === 0 ? this.#series.sum(year).times(TWELVE) : this.sum(12 * year);
      this.#sums[M] = w = rest === 0 ? whole : whole.plus(this.power(year).times(int(rest)));
    }
    return w;
  }
}
