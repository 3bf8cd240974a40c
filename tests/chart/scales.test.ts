import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { moneyScale, moneyTickCount, timeScale, valueExtent } from '../../src/chart/scales.ts';

describe('timeScale', () => {
  it('maps t = 0 to the left edge and t = N to the right edge', () => {
    const x = timeScale(120, 500);
    expect(x(0)).toBe(0);
    expect(x(120)).toBe(500);
    expect(x(60)).toBe(250);
  });
});

describe('valueExtent', () => {
  it('spans every curve, counting only the first N + 1 points, and always includes zero', () => {
    const curves = [{ values: [10, 20, 30, 9999] }, { values: Float64Array.of(5, 15, 25) }];
    expect(valueExtent(curves, 2)).toEqual([0, 30]);
    expect(valueExtent([{ values: [-5, -1] }], 1)).toEqual([-5, 0]);
  });

  it('ignores values that are not numbers', () => {
    expect(valueExtent([{ values: [NaN, -3, NaN, 4] }], 3)).toEqual([-3, 4]);
  });
});

describe('moneyScale', () => {
  it('draws larger amounts higher up', () => {
    const y = moneyScale([-400_000, 900_000], 300);
    expect(y(900_000)).toBeLessThan(y(0));
    expect(y(0)).toBeLessThan(y(-400_000));
  });

  it('widens the extent to whole ticks of the step it will show, once: no half-empty plot in a short chart', () => {
    // leics-2021's portfolio, in the printed chart (162 px inside: three ticks) and on screen (230 px: five)
    expect(moneyScale([-2_837_000, 4_979_193], 162).domain()).toEqual([-5_000_000, 5_000_000]);
    expect(moneyScale([-2_837_000, 4_979_193], 230).domain()).toEqual([-4_000_000, 6_000_000]);
  });

  it('has a usable domain when every value is zero', () => {
    const [low, high] = moneyScale([0, 0], 300).domain() as [number, number];
    expect(low).toBe(0);
    expect(high).toBeGreaterThan(0);
  });

  it('law: the y domain always includes zero and every value', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e9, max: 1e9, noNaN: true }), { minLength: 1, maxLength: 50 }),
        fc.integer({ min: 100, max: 800 }),
        (values, innerHeight) => {
          const extent = valueExtent([{ values }], values.length - 1);
          const [low, high] = moneyScale(extent, innerHeight).domain() as [number, number];
          expect(low).toBeLessThanOrEqual(0);
          expect(high).toBeGreaterThanOrEqual(0);
          for (const v of values) {
            expect(v).toBeGreaterThanOrEqual(low);
            expect(v).toBeLessThanOrEqual(high);
          }
        },
      ),
    );
  });

  it('law: both ends of the domain are ticks, so the top and bottom of the plot are labelled', () => {
    // £0 to £1.41m in five ticks once went back and forth between £200k and £500k steps, the top unlabelled
    const y = moneyScale([0, 1_410_000], 5 * 48);
    expect(y.ticks(5).at(-1)).toBe(y.domain()[1]);
    fc.assert(
      fc.property(
        // money: a penny or more either side of zero (a denormal 5e-324 has no ticks at all)
        fc.oneof(fc.constant(0), fc.double({ min: -1e9, max: -0.01, noNaN: true })),
        fc.oneof(fc.constant(0), fc.double({ min: 0.01, max: 1e9, noNaN: true })),
        fc.integer({ min: 100, max: 800 }),
        (low, high, innerHeight) => {
          const y = moneyScale([low, high], innerHeight);
          const ticks = y.ticks(moneyTickCount(innerHeight));
          const [bottom, top] = y.domain() as [number, number];
          const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * (top - bottom);
          expect(close(ticks[0]!, bottom), `${ticks[0]} is the bottom, ${bottom}`).toBe(true);
          expect(close(ticks.at(-1)!, top), `${ticks.at(-1)} is the top, ${top}`).toBe(true);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('law: zero is one of the ticks, so the break-even line has a label', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e8, max: 0, noNaN: true }), fc.double({ min: 1, max: 1e8, noNaN: true }), (low, high) => {
        const y = moneyScale([low, high], 300);
        expect(y.ticks(moneyTickCount(300))).toContain(0);
      }),
    );
  });
});
