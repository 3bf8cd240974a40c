import DecimalJs from 'decimal.js';

/**
 * The model's significant digits. The largest sums a scenario can make are below 10^33 (£10bn inflated
 * by 100 % a year for 40 years, in 100 lines of 500 schemes) and, discounted at −50 % with −50 %
 * general inflation, 10^57; the smallest flow that must still count is a penny at the horizon
 * discounted at 100 % with 100 % inflation, 0.01 × 4^−40 ≈ 8 × 10^−27. Sixty-three digits (nine of
 * decimal.js's words) hold both ends with two to spare: docs/model.md §10 works it out.
 */
export const DIGITS = 63;

/**
 * The model's private decimal configuration: DIGITS significant digits, half-up rounding.
 * Every money sum in src/model goes through this class, never through binary floating point.
 */
export const Decimal = DecimalJs.clone({ precision: DIGITS, rounding: DecimalJs.ROUND_HALF_UP });
export type Decimal = InstanceType<typeof Decimal>;

export const ZERO = new Decimal(0);
export const ONE = new Decimal(1);

const SMALL = Array.from({ length: 1025 }, (_, n) => new Decimal(n));

/** A whole number as a Decimal, from a table for the small ones: decimal.js parses a plain number through a string. */
export function int(n: number): Decimal {
  return n >= 0 && n < SMALL.length && Number.isInteger(n) ? SMALL[n]! : new Decimal(n);
}

/**
 * Ten more digits than the model's, for the few constants every figure is made of (an uplift's
 * powers and their sums, the monthly discount factors): worked out with these guard digits and
 * rounded once, they are as close to exact as the model's digits allow.
 */
export const Precise = Decimal.clone({ precision: DIGITS + 10 });
export type Precise = InstanceType<typeof Precise>;

/** a Precise value rounded to the model's digits (an addition of zero rounds, as every operation does) */
export function toModel(x: Precise): Decimal {
  return ZERO.plus(x);
}

/**
 * Sums and products that never round: amounts, and the numerators of positions (positions.ts,
 * portfolioSum.ts). Whatever the inputs, such a number spans fewer than 1,100 digits — from 10^270 (a
 * common denominator of 10^210, the least common multiple of every spread, times 10^57) down to the
 * last digit of a product of the smallest doubles and a rate table's constant — so at this precision
 * an addition, subtraction or multiplication is exact. Never divide one: the quotient would run to
 * EXACT_DIGITS digits. A numerator becomes a figure by one division in the model's precision, `divide`.
 */
const EXACT_DIGITS = 2500;
export const Exact = Decimal.clone({ precision: EXACT_DIGITS });
export const EXACT_ZERO = new Exact(0);

/** n / over in the model's precision: correctly rounded, so a figure that is an exact decimal comes out exact */
export function divide(n: Decimal, over: Decimal): Decimal {
  return Decimal.div(n, over);
}

/**
 * n / over with the ten guard digits, for a scheme's totals: the portfolio adds up hundreds of them,
 * and so added and then rounded once to the model's digits they make the exact sum — a half-penny
 * of thirds and sevenths stays a half-penny.
 */
export function divideFinely(n: Decimal, over: Decimal | null): Decimal {
  return over === null ? Precise.add(n, 0) : Precise.div(n, over);
}

// Numerators and their denominators (positions.ts): exact sums over a bigint common denominator.

/** gcd by Euclid's loop: no recursion to run out of stack, and bigint, so no common multiple is too large */
function gcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) {
    const r = a % b;
    a = b;
    b = r;
  }
  return a;
}

/** the least common multiple of a and b, exact however large (of every spread 1 … 480 it has 210 digits) */
export const lcm = (a: bigint, b: bigint): bigint => (b === 1n || a % b === 0n ? a : (a / gcd(a, b)) * b);

/** a whole number as an exact Decimal */
export const whole = (n: bigint): Decimal => (n < 1025n ? int(Number(n)) : new Exact(n.toString()));

/** a numerator over its denominator (null: 1), in the model's precision */
export const quotient = (numerator: Decimal, by: Decimal | null): Decimal => (by === null ? ZERO.plus(numerator) : divide(numerator, by));

/** x as an Exact (an amount made elsewhere may be a model Decimal, which would round what it is added to) */
export const exactly = (x: Decimal): Decimal => (x.constructor === Exact ? x : new Exact(x));

/** a sum that may not have begun (undefined) plus x */
export const add = (sum: Decimal | undefined, x: Decimal): Decimal => (sum === undefined ? x : sum.plus(x));
