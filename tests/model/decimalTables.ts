/**
 * The rate tables as decimal.js works them out, operation by operation: the recipe of uplift.ts,
 * discounting.ts and fast/geometricSeries.ts written with decimal.js's own classes (`Decimal` rounds to
 * the model's 63 digits, `Precise` to 73, `Wide` never in practice), which the engine's `bigint`
 * arithmetic must equal digit for digit. decimal.js rounds each result to the precision of the number it
 * is called on, so the classes here are chosen as the engine's rounding says: an exact sum of rounded
 * factors is `Wide`, and adding to it rounds nothing.
 */
import DecimalJs from 'decimal.js';
import { Decimal, DIGITS, Precise } from '../../src/model/decimal.ts';
import { inverseTwelfthRoot } from '../../src/model/discounting.ts';

const Wide = DecimalJs.clone({ precision: 2500, rounding: DecimalJs.ROUND_HALF_UP });
type D = DecimalJs;

/** g^y and Σ_{y < Y} g^y: squaring for the powers, the closed form for the sums (term by term near g = 1) */
class Series {
  readonly #g: D;
  readonly #reciprocal: D | undefined;
  readonly #one: boolean;
  constructor(g: D) {
    this.#g = g;
    const minusOne = g.minus(1);
    this.#one = minusOne.isZero();
    this.#reciprocal = minusOne.abs().lt(1e-6) ? undefined : new Precise(1).div(minusOne);
  }
  #precisePower(y: number): D {
    let p: D | undefined;
    let square = this.#g;
    for (let rest = y, bit = 0; rest > 0; rest >>= 1, bit++) {
      if (bit > 0) square = square.times(square);
      if (rest & 1) p = p === undefined ? square : p.times(square);
    }
    return p ?? new Precise(1);
  }
  power(y: number): D {
    return y === 0 ? new Decimal(1) : new Decimal(0).plus(this.#precisePower(y));
  }
  sum(Y: number): D {
    if (this.#one) return new Decimal(Y);
    if (this.#reciprocal) return new Decimal(0).plus(this.#precisePower(Y).minus(1).times(this.#reciprocal));
    let s: D = new Precise(0);
    for (let y = 0; y < Y; y++) s = s.plus(this.#precisePower(y));
    return new Decimal(0).plus(s);
  }
}

/** W, V, F and the within-year sums of one discounting and one rate table, as decimal.js gives them */
export function decimalTables(discountRate: number, generalInflation: number, rate: number, shift: 0 | 1) {
  const one = new Precise(1);
  const q = one.plus(discountRate).times(one.plus(generalInflation));
  const yearly = new Series(one.div(q));
  const m = inverseTwelfthRoot(q);
  const monthly: D[] = [new Decimal(1)];
  let p: D = one;
  for (let j = 1; j < 12; j++) monthly.push(new Decimal(0).plus((p = p.times(m))));
  const sums0: D[] = [new Wide(0)];
  for (let j = 0; j < 12; j++) sums0.push(sums0[j]!.plus(monthly[j]!));
  const sums1: D[] = [new Wide(0)];
  for (let j = 1; j < 12; j++) sums1.push(sums0[j + 1]!.minus(1));
  sums1.push(sums0[12]!.minus(1).plus(yearly.power(1)));
  const months = shift === 0 ? sums0 : sums1;
  const factor = (t: number): D => (t % 12 === 0 ? yearly.power(t / 12) : yearly.power(Math.floor(t / 12)).times(monthly[t % 12]!));
  const uplift = new Series(new Precise(1).plus(rate));
  const discounted = new Series(new Precise(1).plus(rate).times(one.div(q)));

  const W = (M: number): D => {
    if (rate === 0 || M <= 12) return new Decimal(M);
    const year = Math.floor(M / 12);
    const rest = M - 12 * year;
    const whole = rest === 0 ? uplift.sum(year).times(12) : W(12 * year);
    return rest === 0 ? whole : whole.plus(uplift.power(year).times(rest));
  };
  const V = (M: number): D => {
    if (M <= 12) return months[M]!;
    if (rate === 0 && shift === 1) return new Wide(decimalTables(discountRate, generalInflation, 0, 0).V(M + 1)).minus(1);
    const year = Math.floor(M / 12);
    const rest = M - 12 * year;
    if (rest === 0) return discounted.sum(year).times(months[12]!);
    return V(12 * year).plus(discounted.power(year).times(months[rest]!));
  };
  const withinYear = (first: number, end: number): D => {
    if (end - first === 1) return factor(first);
    const year = Math.floor((first - shift) / 12);
    const sums: D[] = [new Wide(0)];
    for (let j = 0; j < 12; j++) sums.push(sums[j]!.plus(year === 0 ? monthly[j]! : factor(12 * year + j)));
    const j0 = first - 12 * year;
    const j1 = end - 12 * year;
    return j1 > 12 ? sums[12]!.minus(sums[j0]!).plus(factor(12 * year + 12)) : sums[j1]!.minus(sums[j0]!);
  };
  return { W, V, factor, withinYear, power: (y: number) => (rate === 0 ? new Decimal(1) : uplift.power(y)), digits: DIGITS };
}
