import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { linePath, PathCache, SIMPLIFY_TOLERANCE, timePositions } from '../../src/chart/linePath.ts';

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

  it('writes coordinates to a tenth of a pixel, rounding half up, without trailing zeros', () => {
    expect(linePath([-0.04, -2.25, 1e7 + 0.06], [0.05, 2, 3.0], identity)).toBe('M0.1,0L2,-2.2L3,10000000.1');
  });

  it('leaves a gap where a value is not finite (a lone point closes on itself, as d3 draws it)', () => {
    expect(linePath([1, NaN, 3, 4], [0, 1, 2, 3], identity)).toBe('M0,1ZM2,3L3,4');
  });

  it('skips the monthly points of a straight run, keeping its ends and corners', () => {
    expect(linePath([0, 1, 2, 3, 4], [0, 1, 2, 3, 4], identity)).toBe('M0,0L4,4');
    expect(linePath([0, 1, 2, 2, 2], [0, 1, 2, 3, 4], identity)).toBe('M0,0L2,2L4,2');
  });

  it('keeps every point with tolerance 0', () => {
    expect(linePath([0, 1, 2.5, 3], [0, 1, 2, 3], identity, 0)).toBe('M0,0L1,1L2,2.5L3,3');
  });

  /** The distance from a point to the nearest segment of a path's polyline. */
  function distanceToPath(d: string, x: number, y: number): number {
    const points = [...d.matchAll(/[ML](-?[\d.]+),(-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])] as const);
    let best = Infinity;
    for (let i = 0; i < points.length; i++) {
      const [x0, y0] = points[Math.max(0, i - 1)]!;
      const [x1, y1] = points[i]!;
      const length2 = (x1 - x0) ** 2 + (y1 - y0) ** 2;
      const along = length2 === 0 ? 0 : Math.min(1, Math.max(0, ((x - x0) * (x1 - x0) + (y - y0) * (y1 - y0)) / length2));
      best = Math.min(best, Math.hypot(x - (x0 + along * (x1 - x0)), y - (y0 + along * (y1 - y0))));
    }
    return best;
  }

  it('law: the drawn line passes within the tolerance (plus rounding to a tenth) of every monthly point', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constant(0), fc.double({ min: -30, max: 30, noNaN: true })), { minLength: 2, maxLength: 200 }),
        fc.double({ min: 0.5, max: 5, noNaN: true }),
        (steps, spacing) => {
          // A monthly series with runs of equal steps (straight) and jumps (corners), as the model makes.
          const values = steps.reduce<number[]>((acc, step) => [...acc, (acc.at(-1) ?? 0) + step], []);
          const xs = values.map((_, t) => t * spacing);
          const d = linePath(values, xs, identity);
          // Rounding moves each vertex by at most √2 × 0.05 px.
          values.forEach((v, t) => expect(distanceToPath(d, xs[t]!, v)).toBeLessThanOrEqual(SIMPLIFY_TOLERANCE + 0.071));
        },
      ),
    );
  });

  it('reads a Float64Array and stops at the shorter of values and positions', () => {
    expect(linePath(Float64Array.of(1, 2, 3, 4), [0, 1], (v) => v * 10)).toBe('M0,10L1,20');
  });
});

describe('PathCache', () => {
  it('rebuilds a path only when its values or the layout change', () => {
    const cache = new PathCache();
    let builds = 0;
    const build = () => `path ${++builds}`;
    expect(cache.path('a', [1, 2], 'L1', build)).toBe('path 1');
    expect(cache.path('a', Float64Array.of(1, 2), 'L1', build)).toBe('path 1');
    expect(cache.path('a', [1, 3], 'L1', build)).toBe('path 2');
    expect(cache.path('a', [1, 3], 'L2', build)).toBe('path 3');
    expect(builds).toBe(3);
  });

  it('is not fooled by an array refilled in place', () => {
    const cache = new PathCache();
    const values = [1, 2];
    cache.path('a', values, 'L', () => 'old');
    values[1] = 5;
    expect(cache.path('a', values, 'L', () => 'new')).toBe('new');
  });

  it('forgets curves that are gone', () => {
    const cache = new PathCache();
    cache.path('a', [1], 'L', () => 'first');
    cache.keep(new Set(['b']));
    expect(cache.path('a', [1], 'L', () => 'second')).toBe('second');
  });
});

describe('PathCache.view', () => {
  const solid = () => ({ colour: 'red', dash: 'none', width: 2 });
  it('hands back the same view while a curve’s values, layout and style stay the same, so its <path> is left alone', () => {
    const cache = new PathCache();
    const first = cache.view('a', [1, 2], 'L', solid(), () => 'M0,1');
    // a style worked out again (a new object, the same values) keeps the view
    expect(cache.view('a', Float64Array.of(1, 2), 'L', solid(), () => 'other')).toBe(first);
    expect(first).toEqual({ id: 'a', d: 'M0,1', style: solid() });
  });

  it('a new view when the values, the layout or the style change', () => {
    const cache = new PathCache();
    const first = cache.view('a', [1, 2], 'L', solid(), () => 'M0,1');
    const moved = cache.view('a', [1, 3], 'L', solid(), () => 'M0,2');
    expect(moved).not.toBe(first);
    expect(moved.d).toBe('M0,2');
    const relaid = cache.view('a', [1, 3], 'L2', solid(), () => 'M0,3');
    expect(relaid.d).toBe('M0,3');
    const dashed = cache.view('a', [1, 3], 'L2', { ...solid(), dash: '4 2' }, () => 'never');
    expect(dashed).toEqual({ id: 'a', d: 'M0,3', style: { colour: 'red', dash: '4 2', width: 2 } });
  });
});
