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

/** Margins sized for the axis labels ("−£1.25m", "2021/22") and, on the right, the curve labels. */
export function chartFrame(width: number, height: number): Frame {
  const w = Math.max(MIN_WIDTH, Math.round(width));
  const h = Math.max(200, Math.round(height));
  const margin: Margin = { top: 16, right: Math.round(Math.min(180, Math.max(96, w * 0.22))), bottom: 32, left: 60 };
  return {
    width: w,
    height: h,
    margin,
    innerWidth: w - margin.left - margin.right,
    innerHeight: h - margin.top - margin.bottom,
  };
}
