import type { ScaleLinear } from 'd3-scale';
import { dodge } from './dodge.ts';
import { totalFirst } from './order.ts';
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
/**
 * Width of one character of the 12px semi-bold label font, for shortening labels to the room they have (here and in
 * the tornado): generous (wide fonts such as DejaVu Sans run to 8 px a character), since SVG text does not wrap and a
 * label wider than its room is cut off by the SVG's edge.
 */
export const CHARACTER_WIDTH = 8.2;

function lastFinite(values: ArrayLike<number>, horizonMonths: number): number | undefined {
  for (let t = Math.min(values.length - 1, horizonMonths); t >= 0; t--) {
    const v = values[t] as number;
    if (Number.isFinite(v)) return v;
  }
  return undefined;
}

/**
 * A curve's name cut to its first part ("Property 2" of "Property 2 — residential, 16+"), for the large type of
 * presentation mode; the readout and the figures keep the whole name.
 */
export function shortName(label: string): string {
  const cut = label.search(/ — | \(/);
  return cut > 0 ? label.slice(0, cut) : label;
}

export function shorten(text: string, maxCharacters: number): string {
  return text.length <= maxCharacters ? text : `${text.slice(0, Math.max(1, maxCharacters - 1)).trimEnd()}…`;
}

/**
 * The labels' texts in `maxCharacters`: each whole name where it fits (and `short` is not asked), else its first
 * part ("Property 2"), cut only when even that is too long. Cutting the whole name would give every "Property n — …"
 * of a narrow chart the same "Property…". Where two first parts read the same ("Plan A" of "Plan A (copy)" and of
 * "Plan A — 60%"), those two are the whole names cut instead, which tells them apart unless they differ only past
 * the room (the tooltip has each whole).
 */
function fitted(labels: readonly string[], maxCharacters: number, short: boolean): string[] {
  const texts = labels.map((label) => (!short && label.length <= maxCharacters ? label : shorten(shortName(label), maxCharacters)));
  const seen = new Map<string, number>();
  for (const text of texts) seen.set(text, (seen.get(text) ?? 0) + 1);
  return texts.map((text, i) => (seen.get(text) === 1 ? text : shorten(labels[i]!, maxCharacters)));
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
  { textScale = 1, short = false }: { textScale?: number; short?: boolean } = {},
): EndLabel[] {
  const gap = LABEL_GAP * textScale;
  const room = Math.floor(innerHeight / gap) + 1;
  const maxCharacters = Math.max(4, Math.floor(labelWidth / (CHARACTER_WIDTH * textScale)));
  const chosen: { curve: ChartCurve; lineY: number }[] = [];
  for (const curve of totalFirst(curves)) {
    if (chosen.length >= room) break;
    const last = lastFinite(curve.values, horizonMonths);
    if (last !== undefined) chosen.push({ curve, lineY: y(last) });
  }
  const placed = dodge(
    chosen.map((c) => c.lineY),
    gap,
    0,
    innerHeight,
  );
  const texts = fitted(
    chosen.map((c) => c.curve.label),
    maxCharacters,
    short,
  );
  return chosen.map(({ curve, lineY }, i) => ({
    id: curve.id,
    text: texts[i]!,
    fullText: curve.label,
    lineY,
    labelY: placed[i] as number,
    colour: styles.get(curve.id)?.colour ?? '#0b0c0c',
  }));
}
