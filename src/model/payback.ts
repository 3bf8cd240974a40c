/**
 * Payback of a series (MODEL.md "Payback"): the interpolated month at which a position turns
 * non-negative for good.
 */
import { int, type Decimal } from './decimal.ts';
import type { Position } from './position.ts';

/**
 * The plain series finds where to look; wherever a value is this close to zero its sign is
 * taken from the exact position instead, so the answer is exact.
 */
function isNegative(s: Position, t: number, tolerance: number): boolean {
  const approx = s.approx[t]!;
  if (Math.abs(approx) > tolerance) return approx < 0;
  const exact = s.exact(t);
  return exact.isNegative() && !exact.isZero();
}

/**
 * The interpolated crossing, in months from t = 0: `t0` when the position is never negative from
 * t0 on, null when it is negative at N (no payback within the horizon).
 */
export function crossingMonths(s: Position, t0: number, horizonMonths: number): Decimal | null {
  const N = horizonMonths;
  const atN = s.exact(N);
  if (atN.isNegative() && !atN.isZero()) return null;
  let scale = 1;
  for (let t = 0; t <= N; t++) scale = Math.max(scale, Math.abs(s.approx[t]!));
  const tolerance = scale * 1e-9;
  let last = -1;
  for (let t = N - 1; t >= t0; t--) {
    if (isNegative(s, t, tolerance)) {
      last = t;
      break;
    }
  }
  if (last < 0) return int(t0);
  const before = s.exact(last);
  const step = s.flow ? s.flow(last + 1) : s.exact(last + 1).minus(before);
  return int(last).plus(before.negated().div(step));
}

/** payback in years from t0, or null */
export function paybackYears(s: Position, t0: number, horizonMonths: number): Decimal | null {
  const months = crossingMonths(s, t0, horizonMonths);
  return months === null ? null : months.minus(int(t0)).div(int(12));
}

/** month index of the break-even month (MODEL.md `breakEven`), or null */
export function breakEvenIndex(crossing: Decimal | null): number | null {
  if (crossing === null) return null;
  return Math.max(0, crossing.ceil().toNumber() - 1);
}
