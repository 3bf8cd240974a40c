import type { Margin } from './types.ts';

/** The drawing area: the SVG's outer size and the plot inside its margins. */
interface Frame {
  width: number;
  height: number;
  margin: Margin;
  innerWidth: number;
  innerHeight: number;
}

export const DEFAULT_WIDTH = 640;
export const DEFAULT_HEIGHT = 360;
/** Below this the plot stops shrinking; the container scrolls instead of squashing the curves. */
const MIN_WIDTH = 320;

/**
 * Margins sized for the axis labels ("−£1.25m", "2021/22") and, on the right, the curve labels. `textScale` is the
 * chart's type size against the usual 12 px (2 in presentation mode): the margins grow with the type, the curve
 * labels' a little less (they are shortened to fit).
 */
export function chartFrame(width: number, height: number, textScale = 1): Frame {
  const w = Math.max(MIN_WIDTH, Math.round(width));
  const h = Math.max(200, Math.round(height));
  const s = textScale;
  const right = Math.round(Math.min(180 * s, Math.max(96 * s, w * 0.22 * Math.sqrt(s))));
  const margin: Margin = { top: Math.round(8 + 8 * s), right, bottom: Math.round(32 * s), left: Math.round(60 * s) };
  return {
    width: w,
    height: h,
    margin,
    innerWidth: w - margin.left - margin.right,
    innerHeight: h - margin.top - margin.bottom,
  };
}
