import { describe, expect, it } from 'vitest';
import { linePath, timePositions } from '../../src/chart/linePath.ts';

const identity = (v: number) => v;

describe('timePositions', () => {
  it('holds x(t) for t = 0 … N', () => {
    expect(Array.from(timePositions((t) => t * 2, 3))).toEqual([0, 2, 4, 6]);
  });
});

describe('linePath', () => {
  it('draws straight segments through every monthly point, no smoothing', () => {
    expect(linePath([5, 7, 6], [0, 10, 20], identity)).toBe('M0,5L10,7L20,6');
  });

  it('rounds to a tenth of a pixel to keep the path short', () => {
    expect(linePath([1 / 3, 2 / 3], [0, 1 / 7], identity)).toBe('M0,0.3L0.1,0.7');
  });

  it('leaves a gap where a value is not finite (a lone point closes on itself, as d3 draws it)', () => {
    expect(linePath([1, NaN, 3, 4], [0, 1, 2, 3], identity)).toBe('M0,1ZM2,3L3,4');
  });

  it('reads a Float64Array and stops at the shorter of values and positions', () => {
    expect(linePath(Float64Array.of(1, 2, 3, 4), [0, 1], (v) => v * 10)).toBe('M0,10L1,20');
  });
});
