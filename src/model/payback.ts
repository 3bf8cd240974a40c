/**
 * Payback of a series (MODEL.md "Payback"): the interpolated month at which a position turns
 * non-negative for good.
 */
import { int, ZERO, type Decimal } from './decimal.ts';

const TWELVE = int(12);
import type { Position } from './position.ts';

/**
 * The plain series finds where to look; wherever a value is this close to zero its sign is
 * taken from the exact position instead, so the answer is exact.
 */
function isNegative(s: Position, t: number, tolerance: number): boolean {
  const approx = s.approx[t]!;
  if (Math.abs(approx) > tolerance) return approx < 0;
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
  const tolerance = Math.max(1, s.scale) * 1e-9;
  if (isNegative(s, N, tolerance)) return null;
  let last = -1;
  const approx = s.approx;
  for (let t = N - 1; t >= t0; t--) {
    const a = approx[t]!;
    if (a < -tolerance || (a <= tolerance && isNegative(s, t, tolerance))) {
      last = t;
      break;
    }
  }
  if (last < 0) return { years: ZERO, breakEvenMonthIndex: Math.max(0, t0 - 1) };
  // The crossing is last + r, r = −S(last) / (S(last + 1) − S(last)), in (0, 1] since S(last) < 0
  // ≤ S(last + 1): so it is reached in month `last`, and in years from t0 it is
  // ((last − t0) × step − S(last)) / (12 × step) — a ratio, in which the positions' common
  // denominator cancels, and one division.
  const before = s.numerator(last);
  const step = s.flowNumerator(last + 1);
  return {
    years: int(last - t0).times(step).minus(before).div(step.times(TWELVE)),
    breakEvenMonthIndex: last,
  };
}
