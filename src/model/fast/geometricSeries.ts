// Equals seriesByTerms() in ../uplift.ts (g^y multiplied out, Σ g^y added term by term), to the model's last digit; proved by "the closed form is the series added term by term" in tests/model/fast/geometricSeries.test.ts.
/**
 * Whole-year powers and sums of an uplift or of a discounted uplift, g = 1 + r or (1 + r) × D,
 * in a few operations however many years: the powers by repeated squaring, the sums by the
 * closed form (g^Y − 1) / (g − 1).
 */
import { DIGITS, int, ONE, Precise, type Decimal } from '../decimal.ts';
import { Exact, rounded, toDecimal } from '../exact.ts';

/** the guard digits' precision: every step of a power or a sum is rounded to it, as decimal.js's `Precise` would */
const GUARD = DIGITS + 10;

/**
 * A geometric series 1 + g + … + g^(Y − 1) loses digits to cancellation as g nears 1. Worked out
 * with ten guard digits, the closed form (g^Y − 1) × (1 / (g − 1)) keeps the model's digits while
 * g is at least a millionth from 1; closer than that it is added up term by term.
 */
const SERIES_CLOSED_FORM_FROM = 1e-6;

const ONE_EXACT = Exact.whole(1);

/**
 * g^y and 1 + g + … + g^(Y − 1), worked out with ten guard digits and rounded once to the model's;
 * each value remembered, and each a function of g and its argument alone. The arithmetic is exact.ts's,
 * each step rounded as the decimal.js operation it stands for would round it, digit for digit.
 */
export class GeometricSeries {
  readonly #ratio: Exact;
  readonly #isOne: boolean;
  /** 1 / (g − 1): the closed form multiplies by it */
  readonly #reciprocal: Exact | undefined;
  readonly #precisePowers = new Map<number, Exact>();
  /** g^(2^k) */
  readonly #squares: Exact[] = [];
  readonly #powers: (Exact | undefined)[] = [];
  readonly #sums: (Exact | undefined)[] = [];
  readonly #decimalPowers: (Decimal | undefined)[] = [];
  readonly #decimalSums: (Decimal | undefined)[] = [];
  /** term by term, from 0 */
  readonly #running: Exact[] = [];

  constructor(ratio: Precise) {
    this.#ratio = Exact.of(ratio);
    const minusOne = ratio.minus(1);
    this.#isOne = minusOne.isZero();
    this.#reciprocal = minusOne.abs().lt(SERIES_CLOSED_FORM_FROM) ? undefined : Exact.of(new Precise(1).div(minusOne));
  }

  /**
   * g^y as the product of g^1, g^2, g^4, … for the bits of y, always in that order: two or three
   * multiplications once the squares are known.
   */
  #precisePower(y: number): Exact {
    let p = this.#precisePowers.get(y);
    if (p === undefined) {
      const squares = this.#squares;
      let bit = 0;
      for (let rest = y; rest > 0; rest >>= 1, bit++) {
        if (squares.length <= bit) squares.push(bit === 0 ? this.#ratio : rounded(squares[bit - 1]!.times(squares[bit - 1]!), GUARD));
        if (rest & 1) p = p === undefined ? squares[bit]! : rounded(p.times(squares[bit]!), GUARD);
      }
      p ??= ONE_EXACT;
      this.#precisePowers.set(y, p);
    }
    return p;
  }

  /** g ^ y, rounded to the model's digits */
  powerExact(y: number): Exact {
    let p = this.#powers[y];
    if (p === undefined) this.#powers[y] = p = y === 0 ? ONE_EXACT : rounded(this.#precisePower(y));
    return p;
  }

  /** Σ_{y < Y} g ^ y, rounded to the model's digits */
  sumExact(Y: number): Exact {
    let value = this.#sums[Y];
    if (value !== undefined) return value;
    if (this.#isOne) value = Exact.whole(Y);
    else if (this.#reciprocal) value = rounded(rounded(rounded(this.#precisePower(Y).minus(1), GUARD).times(this.#reciprocal), GUARD));
    else {
      const r = this.#running;
      if (r.length === 0) r.push(Exact.ZERO);
      while (r.length <= Y) r.push(rounded(r[r.length - 1]!.plus(this.#precisePower(r.length - 1)), GUARD));
      value = rounded(r[Y]!);
    }
    this.#sums[Y] = value;
    return value;
  }

  /** g ^ y as a model decimal */
  power(y: number): Decimal {
    if (y === 0) return ONE;
    return (this.#decimalPowers[y] ??= toDecimal(this.powerExact(y)));
  }

  /** Σ_{y < Y} g ^ y as a model decimal */
  sum(Y: number): Decimal {
    if (this.#isOne) return int(Y);
    return (this.#decimalSums[Y] ??= toDecimal(this.sumExact(Y)));
  }
}
