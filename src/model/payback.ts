/**
 * Payback of a series (MODEL.md "Payback"): the interpolated month at which a position turns
 * non-negative for good.
 */
import { ZERO, type Decimal } from './decimal.ts';
import { divide } from './exact.ts';
import type { Position } from './positions.ts';

/**
 * The sign of S(t) is the exact one's. The plain series speeds the search: where it is further from
 * zero than it can be wrong by (`error`, a bound on its roundings), it has the exact sign; anywhere
 * else the exact numerator decides, so no rounding of the plain curve ever does.
 */
function isNegative(s: Position, t: number): boolean {
  const approx = s.approx[t]!;
  if (Math.abs(approx) > s.error(t)) return approx < 0;
  // the numerator has the position's sign: its denominator is positive
  const exact = s.numerator(t);
  return exact.isNegative() && !exact.isZero();
}

/** A payback, and the month it is reached in. */
export interface Payback {
  /** years from t0 to the interpolated crossing */
  years: Decimal;
  /**
   * MODEL.md `breakEven` as a month index: the month in which (or at whose end) the position
   * turns for good, max(0, ceil(crossing) − 1)
   */
  breakEvenMonthIndex: number;
}

/**
 * MODEL.md's payback of a position from t0: null when it is negative at N (no payback within the
 * horizon); 0 years when it is never negative from t0 on.
 */
export function payback(s: Position, t0: number, horizonMonths: number): Payback | null {
  const N = horizonMonths;
  if (isNegative(s, N)) return null;
  let last = -1;
  for (let t = N - 1; t >= t0; t--) {
    if (isNegative(s, t)) {
      last = t;
      break;
    }
  }
  if (last < 0) return { years: ZERO, breakEvenMonthIndex: Math.max(0, t0 - 1) };
  // The crossing is last + r, r = −S(last) / (S(last + 1) − S(last)), in (0, 1] since S(last) < 0
  // ≤ S(last + 1): so it is reached in month `last`, and in years from t0 it is
  // ((last − t0) × step − S(last)) / (12 × step) — a ratio, in which the positions' common
  // denominator cancels, and one division. The numerators are exact, so it is the only rounding.
  const before = s.numerator(last);
  const step = s.flowNumerator(last + 1);
  return {
    years: divide(step.times(last - t0).minus(before), step.times(12)),
    breakEvenMonthIndex: last,
  };
}
