import type { ScaleLinear } from 'd3-scale';
import { dodge } from './dodge.ts';
import type { CurveStyle } from './curveStyle.ts';
import type { ChartCurve } from './types.ts';

export interface EndLabel {
  id: string;
  /** shortened to fit the right margin */
  text: string;
  /** the whole label, for a tooltip when `text` is shortened */
  fullText: string;
  /** where the curve ends */
  lineY: number;
  /** where the label sits, after nudging */
  labelY: number;
  colour: string;
}

/** Vertical room per label, in pixels (12px text plus air). */
export const LABEL_GAP = 14;
/** Average width of one character of the 12px label font, for shortening labels to the margin. */
const CHARACTER_WIDTH = 6.6;

function lastFinite(values: ArrayLike<number>, horizonMonths: number): number | undefined {
  for (let t = Math.min(values.length - 1, horizonMonths); t >= 0; t--) {
    const v = values[t] as number;
    if (Number.isFinite(v)) return v;
  }
  return undefined;
}

export function shorten(text: string, maxCharacters: number): string {
  return text.length <= maxCharacters ? text : `${text.slice(0, Math.max(1, maxCharacters - 1)).trimEnd()}…`;
}

/**
 * Labels at the right end of each curve, nudged apart so none overlap. The portfolio is labelled first; when the
 * plot is too short for every label, the schemes that do not fit go unlabelled (the readout still names them all).
 */
export function endLabels(
  curves: readonly ChartCurve[],
  styles: ReadonlyMap<string, CurveStyle>,
  y: ScaleLinear<number, number>,
  horizonMonths: number,
  innerHeight: number,
  labelWidth: number,
): EndLabel[] {
  const room = Math.floor(innerHeight / LABEL_GAP) + 1;
  const maxCharacters = Math.max(4, Math.floor(labelWidth / CHARACTER_WIDTH));
  const byPriority = [...curves.filter((c) => c.kind === 'portfolio'), ...curves.filter((c) => c.kind !== 'portfolio')];
  const chosen: { curve: ChartCurve; lineY: number }[] = [];
  for (const curve of byPriority) {
    if (chosen.length >= room) break;
    const last = lastFinite(curve.values, horizonMonths);
    if (last !== undefined) chosen.push({ curve, lineY: y(last) });
  }
  const placed = dodge(
    chosen.map((c) => c.lineY),
    LABEL_GAP,
    0,
    innerHeight,
  );
  return chosen.map(({ curve, lineY }, i) => ({
    id: curve.id,
    text: shorten(curve.label, maxCharacters),
    fullText: curve.label,
    lineY,
    labelY: placed[i] as number,
    colour: styles.get(curve.id)?.colour ?? '#0b0c0c',
  }));
}
