import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal, Precise, toModel } from '../../../src/model/decimal.ts';
import { GeometricSeries } from '../../../src/model/fast/geometricSeries.ts';
import { seriesByTerms } from '../../../src/model/uplift.ts';

/** within `units` of the last of the model's 63 digits of `want` */
const near = (got: Decimal, want: Decimal, units: number) =>
  want.isZero()
    ? got.isZero()
    : got
        .minus(want)
        .abs()
        .lte(new Decimal(10).pow(want.e - 62).times(units));

describe('GeometricSeries', () => {
  /** 1 + r, or (1 + r) × D as discounting makes it; some within a millionth of 1, where the closed form gives way to the terms */
  const arbRatio = fc.oneof(
    fc.integer({ min: -5000, max: 10000 }).map((bp) => new Precise(1).plus(bp / 10000)),
    fc
      .tuple(fc.integer({ min: -999, max: 999 }), fc.constantFrom('1e-9', '1e-13'))
      .map(([n, unit]) => new Precise(1).plus(new Precise(n).times(unit))),
    fc
      .tuple(fc.integer({ min: -50, max: 100 }), fc.integer({ min: -50, max: 100 }))
      .map(([r, d]) => new Precise(1).plus(r / 100).div(new Precise(1).plus(d / 100))),
  );

  it('the closed form is the series added term by term, to a unit or two in the model’s last digit', () => {
    fc.assert(
      fc.property(arbRatio, fc.integer({ min: 0, max: 40 }), (g, Y) => {
        const series = new GeometricSeries(g);
        const plain = seriesByTerms(g, Y);
        expect(near(series.power(Y), toModel(plain.power), 1), `g^${Y}`).toBe(true);
        expect(near(series.sum(Y), toModel(plain.sum), 2), `Σ g^y, y < ${Y}`).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
