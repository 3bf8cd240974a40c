import { describe, expect, it } from 'vitest';
import { scaleLinear } from 'd3-scale';
import { breakEvenMarkers, MAX_LABEL_ROWS } from '../../src/chart/breakEvenMarkers.ts';
import { curveStyles } from '../../src/chart/curveStyle.ts';
import type { ChartCurve } from '../../src/chart/types.ts';

const x = (t: number) => t * 5;
const y = scaleLinear().domain([-100, 100]).range([200, 0]);
const line = (id: string, from: number, step: number, crossingMonth: number | null): ChartCurve => ({
  id,
  label: id,
  values: Array.from({ length: 121 }, (_, t) => from + step * t),
  crossingMonth,
  kind: 'scheme',
});

describe('breakEvenMarkers', () => {
  it('marks the crossing on the zero line, labelled with its month', () => {
    const curves = [line('a', -63.07, 1, 63.07)];
    const [marker] = breakEvenMarkers(curves, curveStyles(curves), '2021-04', x, y);
    expect(marker!.x).toBeCloseTo(315.35);
    expect(marker!.y).toBeCloseTo(y(0));
    expect(marker!.text).toBe('Jul 2026');
    expect(marker!.row).toBe(0);
  });

  it('leaves out curves that do not break even', () => {
    const curves = [line('a', -100, 0, null)];
    expect(breakEvenMarkers(curves, curveStyles(curves), '2021-04', x, y)).toEqual([]);
  });

  it('stacks labels of nearby crossings on separate rows, and drops labels beyond the last row', () => {
    const curves = Array.from({ length: MAX_LABEL_ROWS + 1 }, (_, i) => line(`s${i}`, -(60 + i), 1, 60 + i));
    const rows = breakEvenMarkers(curves, curveStyles(curves), '2021-04', x, y).map((m) => m.row);
    expect(rows).toEqual([0, 1, 2, null]);
  });
});
