/**
 * Exact decimal numbers: `coefficient × 10^exponent`, a `bigint` and a whole number — the amounts of the
 * streams and the numerators of the positions (docs/model.md §10). Sums, differences and products never
 * round, and each is one or two native bigint operations, an order of magnitude faster than a decimal.js
 * operation on numbers as long. Only `divide` rounds: once, correctly, half-up, to the digits asked
 * for, where a numerator becomes a figure. `rounded` rounds as a decimal.js operation would, so that the
 * rate tables can be built here digit for digit as decimal.js would build them.
 */
import { Decimal, DIGITS, Precise } from './decimal.ts';

/** 10^k for the k a sum's exponents or a rounding commonly differ by: a constant table */
const POW10: readonly bigint[] = Array.from({ length: 400 }, (_, k) => 10n ** BigInt(k));
function pow10(k: number): bigint {
  return k < POW10.length ? POW10[k]! : 10n ** BigInt(k);
}

/** the number of decimal digits of a positive bigint: from its nearest double, then checked */
function digitsOf(n: bigint): number {
  const x = Number(n);
  if (x === Infinity) return n.toString().length;
  let d = Math.floor(Math.log10(x)) + 1;
  if (n < pow10(d - 1)) d--;
  else if (n >= pow10(d)) d++;
  return d;
}

/** what an Exact takes in: another, a model decimal (exactly, every digit), or a plain number (its shortest decimal form) */
export type ExactLike = Exact | Decimal | number;

const NUMBER_FORM = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]?\d+))?$/;

export class Exact {
  constructor(
    readonly coefficient: bigint,
    readonly exponent: number,
  ) {}

  static readonly ZERO = new Exact(0n, 0);

  /** a whole number */
  static whole(n: bigint | number): Exact {
    return new Exact(BigInt(n), 0);
  }

  /**
   * A plain number as the decimal it is written as (0.7 is 7 × 10^−1, as decimal.js reads it too); it
   * must be finite.
   */
  static fromNumber(n: number): Exact {
    if (Number.isInteger(n) && Math.abs(n) <= Number.MAX_SAFE_INTEGER) return new Exact(BigInt(n), 0);
    const form = NUMBER_FORM.exec(String(n));
    if (!form) throw new RangeError(`not a finite number: ${n}`);
    const [, sign, whole, fraction = '', exponent = '0'] = form;
    const c = BigInt(whole! + fraction);
    return new Exact(sign ? -c : c, Number(exponent) - fraction.length);
  }

  /** any value an Exact takes in, exactly */
  static of(x: ExactLike): Exact {
    if (x instanceof Exact) return x;
    if (typeof x === 'number') return Exact.fromNumber(x);
    const words = x.d;
    if (!words || words[0] === 0) return Exact.ZERO;
    let text = String(words[0]);
    for (let i = 1; i < words.length; i++) text += String(words[i]).padStart(7, '0');
    const c = BigInt(text);
    return new Exact(x.s < 0 ? -c : c, x.e - text.length + 1);
  }

  plus(y: ExactLike): Exact {
    const b = y instanceof Exact ? y : Exact.of(y);
    if (b.coefficient === 0n) return this;
    if (this.coefficient === 0n) return b;
    const d = this.exponent - b.exponent;
    if (d === 0) return new Exact(this.coefficient + b.coefficient, b.exponent);
    return d > 0
      ? new Exact(this.coefficient * pow10(d) + b.coefficient, b.exponent)
      : new Exact(this.coefficient + b.coefficient * pow10(-d), this.exponent);
  }

  minus(y: ExactLike): Exact {
    return this.plus((y instanceof Exact ? y : Exact.of(y)).negated());
  }

  times(y: ExactLike): Exact {
    const b = y instanceof Exact ? y : Exact.of(y);
    return new Exact(this.coefficient * b.coefficient, this.exponent + b.exponent);
  }

  negated(): Exact {
    return new Exact(-this.coefficient, this.exponent);
  }

  isZero(): boolean {
    return this.coefficient === 0n;
  }

  isNegative(): boolean {
    return this.coefficient < 0n;
  }

  /** the nearest plain number, for drawing */
  toNumber(): number {
    return Number(`${this.coefficient}e${this.exponent}`);
  }

  /** `coefficient`e`exponent`, which decimal.js reads exactly */
  get text(): string {
    return `${this.coefficient}e${this.exponent}`;
  }

  /** the value as decimal.js writes it: one text for one value, however it is held */
  toString(): string {
    return toDecimal(this).toString();
  }
}

/**
 * x rounded half-up (away from zero) to `digits` significant digits: what a decimal.js operation at
 * that precision gives of the exact result, digit for digit.
 */
export function rounded(x: Exact, digits: number = DIGITS): Exact {
  const c = x.coefficient;
  const negative = c < 0n;
  const a = negative ? -c : c;
  const n = digitsOf(a);
  if (n <= digits) return x;
  const drop = n - digits;
  const p = pow10(drop);
  let top = a / p;
  if (2n * (a - top * p) >= p) top += 1n;
  return new Exact(negative ? -top : top, x.exponent + drop);
}

/** an Exact as a decimal.js number, every digit kept */
export function toDecimal(x: Exact): Decimal {
  return new Decimal(x.text);
}

/** n / d rounded once, half-up (away from zero), to `digits` significant digits */
function quotient(n: Exact, d: Exact | bigint, digits: number): Exact {
  const over = typeof d === 'bigint' ? new Exact(d, 0) : d;
  if (n.coefficient === 0n) return Exact.ZERO;
  const negative = n.coefficient < 0n !== over.coefficient < 0n;
  const a = n.coefficient < 0n ? -n.coefficient : n.coefficient;
  const b = over.coefficient < 0n ? -over.coefficient : over.coefficient;
  // scale so that the quotient has digits + 1 or digits + 2 digits
  const k = digits + 1 - (digitsOf(a) - digitsOf(b));
  const num = k >= 0 ? a * pow10(k) : a;
  const den = k >= 0 ? b : b * pow10(-k);
  const q = num / den;
  const r = num - q * den;
  const drop = digitsOf(q) - digits;
  const p = pow10(drop);
  let top = q / p;
  const rest = q - top * p;
  // the dropped part is (rest + r / den) / p: half or more rounds up
  if (2n * (rest * den + r) >= p * den) top += 1n;
  return new Exact(negative ? -top : top, n.exponent - over.exponent - k + drop);
}

/** n / d in the model's digits: correctly rounded, so a figure that is an exact decimal comes out exact */
export function divide(n: Exact, d: Exact | bigint): Decimal {
  return new Decimal(quotient(n, d, DIGITS).text);
}

/**
 * n / d with the ten guard digits (decimal.ts `Precise`), for a scheme's totals: the portfolio adds
 * up hundreds of them, and so added and then rounded once they make the exact sum.
 */
export function divideFinely(n: Exact, d: Exact | bigint): Precise {
  return new Precise(quotient(n, d, DIGITS + 10).text);
}

/** a whole number as an Exact */
export const whole = (n: bigint): Exact => new Exact(n, 0);

/** a sum that may not have begun (undefined) plus x */
export const add = (sum: Exact | undefined, x: Exact): Exact => (sum === undefined ? x : sum.plus(x));
