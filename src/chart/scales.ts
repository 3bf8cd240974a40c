import { tickStep } from 'd3-array';
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import type { ChartCurve } from './types.ts';

/** x: time point t = 0 … N across the plot. */
export function timeScale(horizonMonths: number, innerWidth: number): ScaleLinear<number, number> {
  return scaleLinear()
    .domain([0, Math.max(1, horizonMonths)])
    .range([0, innerWidth]);
}

/** The smallest and largest finite value over every curve's first N + 1 points, always spanning zero. */
export function valueExtent(curves: readonly Pick<ChartCurve, 'values'>[], horizonMonths: number): [number, number] {
  let min = 0;
  let max = 0;
  for (const { values } of curves) {
    const n = Math.min(values.length, horizonMonths + 1);
    for (let t = 0; t < n; t++) {
      const v = values[t] as number;
      if (v < min) min = v;
      else if (v > max) max = v;
    }
  }
  // NaN fails both comparisons above, so it never reaches the extent.
  return [min, max];
}

/** About one money tick per 48 pixels of height, never fewer than two. */
export function moneyTickCount(innerHeight: number): number {
  return Math.max(2, Math.round(innerHeight / 48));
}

/**
 * The extent widened to whole ticks of the step its ticks will have, so that both ends are ticks. Unlike d3's
 * nice(), which widens the domain it has already widened, each try starts again from the extent: in a short chart
 * (three ticks) −£2.8m to £5.0m is −£5m to £5m, where nice() gave −£5m to £10m, half the plot empty. Done when the
 * step stays the same; where it would go back and forth between two (£0 to £1.41m in five ticks: £200k, £500k, …),
 * d3's nice() finishes from there, as it always settles.
 */
function niceExtent([low, high]: [number, number], count: number): [number, number] {
  let step = tickStep(low, high, count);
  const tried = new Set<number>();
  while (step > 0 && Number.isFinite(step)) {
    tried.add(step);
    const domain: [number, number] = [Math.floor(low / step) * step, Math.ceil(high / step) * step];
    const next = tickStep(domain[0], domain[1], count);
    if (next === step) return domain;
    if (tried.has(next)) return scaleLinear().domain(domain).nice(count).domain() as [number, number];
    step = next;
  }
  return [low, high];
}

/** y: pounds, bottom to top, on a nice domain that always includes £0 (so the break-even line is on the chart). */
export function moneyScale(extent: [number, number], innerHeight: number): ScaleLinear<number, number> {
  const [min, max] = extent;
  const domain: [number, number] = min === max ? [Math.min(0, min), Math.max(0, max) || 1000] : [Math.min(0, min), Math.max(0, max)];
  const [low, high] = niceExtent(domain, moneyTickCount(innerHeight));
  // rounded in floating point; never let it cut off a value at the edge.
  return scaleLinear()
    .domain([Math.min(low, domain[0]), Math.max(high, domain[1])])
    .range([innerHeight, 0]);
}
