/**
 * U(r, k) = (1 + r) ^ floor(k / 12) — costs and fees rise once a year, on each anniversary of the
 * start month — and its sums W(M) = Σ_{k < M} U(r, k).
 *
 * Every value is a function of the rate and its argument alone, never of what was asked before:
 * a whole-year power and sum come from the geometric series (`seriesByTerms` below says what they
 * are; fast/geometricSeries.ts works them out in a few operations), so the same scenario gives the
 * same digits whatever was evaluated first. Each is remembered once worked out.
 */
import { Decimal, int, ONE, Precise } from './decimal.ts';
import { Exact, rounded, toDecimal } from './exact.ts';
import { GeometricSeries } from './fast/geometricSeries.ts';

const ONE_EXACT = Exact.whole(1);

/**
 * g^Y and Σ_{y < Y} g^y, multiplied out and added up year by year with ten guard digits: what a
 * geometric series is, and the oracle its closed form (fast/geometricSeries.ts) is tested against.
 */
export function seriesByTerms(g: Precise, Y: number): { power: Precise; sum: Precise } {
  let power = new Precise(1);
  let sum = new Precise(0);
  for (let y = 0; y < Y; y++) {
    sum = sum.plus(power);
    power = power.times(g);
  }
  return { power, sum };
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
  readonly #sums: (Exact | undefined)[] = [];
  readonly #decimalSums: (Decimal | undefined)[] = [];
  readonly #approx: number[] = [];

  constructor(rate: number) {
    this.rate = rate;
    this.#series = new GeometricSeries(new Precise(1).plus(rate));
  }

  /** (1 + r) ^ year */
  power(year: number): Decimal {
    return this.rate === 0 ? ONE : this.#series.power(year);
  }

  /** (1 + r) ^ year, exactly as `power` has it, for the positions' numerators */
  powerExact(year: number): Exact {
    return this.rate === 0 ? ONE_EXACT : this.#series.powerExact(year);
  }

  /** (1 + r) ^ year as a plain number, for drawing */
  powerApprox(year: number): number {
    let p = this.#approx[year];
    if (p === undefined) this.#approx[year] = p = Math.pow(1 + this.rate, year);
    return p;
  }

  /**
   * W(M) = Σ_{k < M} U(r, k) = 12 × Σ_{y < Y} (1 + r) ^ y + (M − 12Y) × (1 + r) ^ Y, Y = floor(M / 12):
   * each product and sum rounded to the model's digits, as decimal.js would round it (exact.ts `rounded`)
   */
  sumExact(M: number): Exact {
    // nothing has risen yet in the first year
    if (this.rate === 0 || M <= 12) return Exact.whole(M);
    let w = this.#sums[M];
    if (w === undefined) {
      const year = Math.floor(M / 12);
      const rest = M - year * 12;
      const whole = rest === 0 ? rounded(this.#series.sumExact(year).times(12)) : this.sumExact(12 * year);
      this.#sums[M] = w = rest === 0 ? whole : rounded(whole.plus(rounded(this.powerExact(year).times(rest))));
    }
    return w;
  }

  /** W(M) as a model decimal */
  sum(M: number): Decimal {
    if (this.rate === 0 || M <= 12) return int(M);
    return (this.#decimalSums[M] ??= toDecimal(this.sumExact(M)));
  }
}
