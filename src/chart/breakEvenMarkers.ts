import type { ScaleLinear } from 'd3-scale';
import { formatMonth } from '../format/time.ts';
import { breakEvenOf, valueAt } from './readout.ts';
import { stackRows } from './dodge.ts';
import type { CurveStyle } from './curveStyle.ts';
import type { ChartCurve } from './types.ts';

export interface BreakEvenMarker {
  id: string;
  x: number;
  y: number;
  /** "Jul 2026" */
  text: string;
  /** the label's row above the marker, 0 nearest; null when there is no room for it */
  row: number | null;
  colour: string;
}

/** Horizontal room for one "Jul 2026" label. */
const LABEL_WIDTH = 60;
/** Beyond this many rows the labels would climb over the curves; such markers keep their point only. */
export const MAX_LABEL_ROWS = 3;

/** A point where each curve breaks even, with its month, labels stacked in rows so that none overlap. */
export function breakEvenMarkers(
  curves: readonly ChartCurve[],
  styles: ReadonlyMap<string, CurveStyle>,
  startMonth: string,
  xs: (t: number) => number,
  y: ScaleLinear<number, number>,
  textScale = 1,
): BreakEvenMarker[] {
  const crossing = curves.filter(
    (c): c is ChartCurve & { crossingMonth: number } => c.crossingMonth !== null && Number.isFinite(c.crossingMonth),
  );
  const x = crossing.map((c) => xs(c.crossingMonth));
  const rows = stackRows(x, LABEL_WIDTH * textScale);
  return crossing.map((curve, i) => {
    const value = valueAt(curve.values, curve.crossingMonth);
    const row = rows[i] as number;
    return {
      id: curve.id,
      x: x[i] as number,
      // At a true crossing the value is £0; when already in credit at t0 the point sits on the curve itself.
      y: y(Number.isFinite(value) ? value : 0),
      text: formatMonth(breakEvenOf(startMonth, curve.crossingMonth), 'short'),
      row: row < MAX_LABEL_ROWS ? row : null,
      colour: styles.get(curve.id)?.colour ?? '#0b0c0c',
    };
  });
}
