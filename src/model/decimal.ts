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

// The positions' common denominators (positions.ts): the numerators over them are exact (exact.ts).

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
