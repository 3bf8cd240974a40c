import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dodge, stackRows } from '../../src/chart/dodge.ts';

describe('dodge', () => {
  it('leaves labels that are already apart where they are', () => {
    expect(dodge([100, 10, 50], 14, 0, 300)).toEqual([100, 10, 50]);
  });

  it('spreads two clashing labels evenly about where they want to be', () => {
    expect(dodge([100, 102], 14, 0, 300)).toEqual([94, 108]);
  });

  it('keeps labels inside the plot', () => {
    expect(dodge([299, 300], 14, 0, 300)).toEqual([286, 300]);
    expect(dodge([0, 1], 14, 0, 300)).toEqual([0, 14]);
  });

  const fitting = fc
    .integer({ min: 1, max: 20 })
    .chain((n) => fc.array(fc.double({ min: 0, max: 400, noNaN: true }), { minLength: n, maxLength: n }));

  it('law: labels that fit end up at least a gap apart, inside the bounds, in their original order', () => {
    fc.assert(
      fc.property(fitting, (wanted) => {
        const placed = dodge(wanted, 14, 0, 400);
        const order = wanted.map((_, i) => i).sort((a, b) => wanted[a]! - wanted[b]!);
        for (let k = 0; k < order.length; k++) {
          const p = placed[order[k]!]!;
          expect(p).toBeGreaterThanOrEqual(-1e-9);
          expect(p).toBeLessThanOrEqual(400 + 1e-9);
          if (k > 0) expect(p - placed[order[k - 1]!]!).toBeGreaterThanOrEqual(14 - 1e-9);
        }
      }),
    );
  });
});

describe('stackRows', () => {
  it('puts labels that are far apart on one row and close ones on the next', () => {
    expect(stackRows([0, 100, 30, 200], 60)).toEqual([0, 0, 1, 0]);
  });

  it('law: two labels on one row are at least a gap apart', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 1000, noNaN: true }), { maxLength: 30 }), (xs) => {
        const rows = stackRows(xs, 60);
        for (let i = 0; i < xs.length; i++)
          for (let j = i + 1; j < xs.length; j++) if (rows[i] === rows[j]) expect(Math.abs(xs[i]! - xs[j]!)).toBeGreaterThanOrEqual(60);
      }),
    );
  });
});
