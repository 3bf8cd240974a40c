import { line } from 'd3-shape';

/** x(t) for every time point, computed once per layout and shared by every curve. */
export function timePositions(x: (t: number) => number, horizonMonths: number): Float64Array {
  const xs = new Float64Array(horizonMonths + 1);
  for (let t = 0; t <= horizonMonths; t++) xs[t] = x(t);
  return xs;
}

/**
 * The SVG path of one curve: straight segments between monthly points (the data is monthly; smoothing would
 * invent values between months). Gaps where a value is not finite. One decimal of a pixel keeps the string short.
 */
export function linePath(values: ArrayLike<number>, xs: ArrayLike<number>, y: (value: number) => number): string {
  const n = Math.min(values.length, xs.length);
  const indices = Array.from({ length: n }, (_, t) => t);
  const path = line<number>()
    .defined((t) => Number.isFinite(values[t]))
    .x((t) => xs[t] as number)
    .y((t) => y(values[t] as number))
    .digits(1);
  return path(indices) ?? '';
}
