import DecimalJs from 'decimal.js';

/**
 * The model's private decimal configuration: 20 significant digits (£10bn to a billionth of a pound), half-up rounding.
 * Every money sum in src/model goes through this class, never through binary floating point.
 */
export const Decimal = DecimalJs.clone({ precision: 20, rounding: DecimalJs.ROUND_HALF_UP });
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
 * rounded once, they are as close to exact as twenty digits allow.
 */
export const Precise = Decimal.clone({ precision: 30 });
export type Precise = InstanceType<typeof Precise>;

/** a Precise value rounded to the model's twenty digits (an addition of zero rounds, as every operation does) */
export function toModel(x: Precise): Decimal {
  return ZERO.plus(x);
}
