import { Decimal } from '../model/decimal.ts';

/**
 * The chart's `breakEven` (interpolated month index from t = 0) from the model's payback years, which count from
 * the first capital charge `t0`: MODEL.md's `payback = (months − t0) / 12`, so `months = t0 + 12 × payback`.
 * Computed in decimal so an exact crossing (e.g. 5.25 years) lands on a whole month, not a hair past it.
 */
export function breakEvenIndex(paybackYears: Decimal | number | null, t0: number): number | null {
  if (paybackYears === null) return null;
  const years = paybackYears instanceof Decimal ? paybackYears : new Decimal(paybackYears);
  if (!years.isFinite()) return null;
  return years.times(12).plus(t0).toNumber();
}
