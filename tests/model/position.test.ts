import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/model/decimal.ts';
import { Discounting, twelfthRoot } from '../../src/model/position.ts';

describe('twelfthRoot', () => {
  it('twelfthRoot(a) ^ 12 gives a back, to the working precision', () => {
    fc.assert(
      fc.property(fc.integer({ min: -4900, max: 10000 }), (basisPoints) => {
        const a = new Decimal(1).div(new Decimal(1).plus(basisPoints / 10000)); // 1 / (1 + rate)
        const x = twelfthRoot(a);
        expect(x.pow(12).minus(a).abs().lte(a.times('1e-18'))).toBe(true);
        expect(x.minus(a.pow(new Decimal(1).div(12))).abs().lte('1e-18')).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});

describe('Discounting', () => {
  it('a year of months discounts by exactly the yearly factor: F(12) = 1 / ((1 + r)(1 + g))', () => {
    const d = new Discounting(0.035, 0.02, 24);
    expect(d.factor[12]!.toString()).toBe(new Decimal(1).div(new Decimal(1.035).times(1.02)).toString());
    // F(13) = F(12) × F(1)
    expect(d.factor[13]!.minus(d.factor[12]!.times(d.factor[1]!)).abs().lte('1e-19')).toBe(true);
  });

  it('sum(a, b) adds the factors from a to b, and is zero for an empty range', () => {
    const d = new Discounting(0.1, 0, 36);
    let manual = new Decimal(0);
    for (let t = 5; t <= 17; t++) manual = manual.plus(d.factor[t]!);
    expect(d.sum(5, 17).minus(manual).abs().lte('1e-18')).toBe(true);
    expect(d.sum(9, 8).isZero()).toBe(true);
  });
});
