// Equals seriesByTerms() in ../uplift.ts (g^y multiplied out, Σ g^y added term by term), to the model's last digit; proved by "the closed form is the series added term by term" in tests/model/fast/geometricSeries.test.ts.
/**
 * Whole-year powers and sums of an uplift or of a discounted uplift, g = 1 + r or (1 + r) × D,
 * in a few operations however many years: the powers by repeated squaring, the sums by the
 * closed form (g^Y − 1) / (g − 1).
 */
import { type Decimal, int, ONE, Precise, toModel } from '../decimal.ts';

/**
 * A geometric series 1 + g + … + g^(Y − 1) loses digits to cancellation as g nears 1. Worked out
 * with ten guard digits, the closed form (g^Y − 1) × (1 / (g − 1)) keeps the model's digits while
 * g is at least a millionth from 1; closer than that it is added up term by term.
 */
const SERIES_CLOSED_FORM_FROM = 1e-6;

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
