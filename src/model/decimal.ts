import DecimalJs from 'decimal.js';

/**
 * The model's private decimal configuration: 34 significant digits, half-up rounding.
 * Every money sum in src/model goes through this class, never through binary floating point.
 */
export const Decimal = DecimalJs.clone({ precision: 34, rounding: DecimalJs.ROUND_HALF_UP });
export type Decimal = InstanceType<typeof Decimal>;

export const ZERO = new Decimal(0);
export const ONE = new Decimal(1);
