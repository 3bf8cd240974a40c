/** Months moved by PageUp / PageDown: one year. */
const PAGE_MONTHS = 12;

/**
 * Where a key moves the crosshair, or null when the key is not the chart's: Left/Right one month,
 * PageUp/PageDown one year (up is later, as on a slider), Home/End the ends. With no crosshair yet the readout
 * shows the horizon's end (t = N), so a key moves from there: Left shows the month before it.
 */
export function crosshairKey(key: string, current: number | undefined, horizonMonths: number): number | null {
  const t = current ?? horizonMonths;
  const clamp = (v: number) => Math.min(horizonMonths, Math.max(0, v));
  switch (key) {
    case 'ArrowRight':
      return clamp(t + 1);
    case 'ArrowLeft':
      return clamp(t - 1);
    case 'PageUp':
      return clamp(t + PAGE_MONTHS);
    case 'PageDown':
      return clamp(t - PAGE_MONTHS);
    case 'Home':
      return 0;
    case 'End':
      return horizonMonths;
    default:
      return null;
  }
}
