import fc from 'fast-check';
import DecimalJs from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { Decimal, DIGITS, Precise } from '../../src/model/decimal.ts';
import { Discounting, inverseTwelfthRoot } from '../../src/model/discounting.ts';
import { decimalTables } from './decimalTables.ts';

/** 120 digits: a reference far beyond the model's DIGITS */
const Reference = DecimalJs.clone({ precision: 120 });

/** a unit in the model's last place, relative: DIGITS significant digits hold a value to within 10^(1 − DIGITS) of itself */
const ULP = `1e-${DIGITS - 1}`;

/** |x − exact| ≤ parts × 10^(1 − DIGITS) × |exact| */
function closeTo(x: Decimal, exact: DecimalJs, parts = 1): boolean {
  return new Reference(x).minus(exact).abs().lte(exact.abs().times(parts).times(ULP));
}

describe('inverseTwelfthRoot', () => {
  it('inverseTwelfthRoot(q) ^ −12 gives q back, to the working precision', () => {
    fc.assert(
      fc.property(fc.integer({ min: -4900, max: 10000 }), fc.integer({ min: -4900, max: 10000 }), (rate, inflation) => {
        const q = new Precise(1).plus(rate / 10000).times(new Precise(1).plus(inflation / 10000)); // (1 + r)(1 + g)
        const y = inverseTwelfthRoot(q);
        // ten guard digits, less a few units for the twelve products of the check itself
        expect(
          y
            .pow(12)
            .times(q)
            .minus(1)
            .abs()
            .lte(`1e-${DIGITS + 7}`),
        ).toBe(true);
        expect(
          y
            .minus(q.pow(new Precise(-1).div(12)))
            .abs()
            .lte(`1e-${DIGITS + 7}`),
        ).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});

describe('Discounting', () => {
  it('a year of months discounts by exactly the yearly factor: F(12) = 1 / ((1 + r)(1 + g))', () => {
    const d = new Discounting(0.035, 0.02, 24);
    expect(d.factor(12).toString()).toBe(new Decimal(1).div(new Decimal(1.035).times(1.02)).toString());
    expect(d.factor(0).toString()).toBe('1');
    // F(13) = F(12) × F(1)
    expect(
      d
        .factor(13)
        .minus(d.factor(12).times(d.factor(1)))
        .abs()
        .lte(ULP),
    ).toBe(true);
  });

  it('F(t) = D^y × m^j is ((1 + r)(1 + g)) ^ (−t/12) to two units in the last place (two rounded factors and their product)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -400, max: 1000 }), fc.integer({ min: 0, max: 500 }), fc.integer({ min: 0, max: 480 }), (r, g, t) => {
        const d = new Discounting(r / 10000, g / 10000, 480);
        const q = new Reference(1).plus(r / 10000).times(new Reference(1).plus(g / 10000));
        expect(closeTo(d.factor(t), q.pow(new Reference(-t).div(12)), 2)).toBe(true);
        expect(d.factorApprox[t]).toBeCloseTo(d.factor(t).toNumber(), 12);
      }),
      { numRuns: 150 },
    );
  });
});

describe('RateTable', () => {
  /** Σ_{k < M} (1 + rate)^floor(k/12) × F(k + shift), month by month at 120 digits */
  function bruteForce(rate: number, discountRate: number, shift: 0 | 1, M: number): { W: DecimalJs; V: DecimalJs } {
    const yearly = new Reference(1).div(new Reference(1).plus(discountRate));
    const monthly = yearly.pow(new Reference(1).div(12));
    let W = new Reference(0);
    let V = new Reference(0);
    let factor = monthly.pow(shift);
    for (let k = 0; k < M; k++, factor = factor.times(monthly)) {
      const u = new Reference(1).plus(rate).pow(Math.floor(k / 12));
      W = W.plus(u);
      V = V.plus(u.times(factor));
    }
    return { W, V };
  }

  it('W(M) and V(M) are the month-by-month sums, to one and two units in the model’s last place', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(0, 0.0004, 0.005, 0.03, 0.045, 0.08, 0.2, -0.1),
        fc.constantFrom(0, 0.035, 0.1),
        fc.constantFrom<0 | 1>(0, 1),
        fc.integer({ min: 0, max: 241 }),
        (rate, discountRate, shift, M) => {
          const table = new Discounting(discountRate, 0, 240).table(rate, shift);
          const exact = bruteForce(rate, discountRate, shift, M);
          if (M === 0) {
            expect(table.sum(0).isZero() && table.discountedSum(0).isZero()).toBe(true);
            return;
          }
          expect(closeTo(table.sum(M), exact.W)).toBe(true);
          expect(closeTo(table.discountedSum(M), exact.V, 2)).toBe(true);
        },
      ),
      { numRuns: 120 },
    );
  });

  it('a rate whose powers keep their digits gives exact sums: W(96) at 2 % is 12 × (1.02^8 − 1) / 0.02', () => {
    const table = new Discounting(0, 0, 120).table(0.02, 1);
    // 1.02^8 = 1.1716593810022656, seventeen digits
    expect(table.sum(96).toString()).toBe('102.99562860135936');
    expect(table.sum(101).toString()).toBe('108.853925506370688'); // + 5 × 1.1716593810022656
    // no discounting: V is W
    expect(table.discountedSum(101).toString()).toBe(table.sum(101).toString());
  });

  it('each value depends on its arguments alone, not on what was asked before', () => {
    const forwards = new Discounting(0.035, 0.02, 480).table(0.045, 1);
    const backwards = new Discounting(0.035, 0.02, 480).table(0.045, 1);
    const Ms = Array.from({ length: 60 }, (_, i) => i * 8 + (i % 7));
    const a = Ms.map((M) => `${forwards.sum(M)}|${forwards.discountedSum(M)}`);
    const b = [...Ms]
      .reverse()
      .map((M) => `${backwards.sum(M)}|${backwards.discountedSum(M)}`)
      .reverse();
    expect(b).toEqual(a);
  });
});

describe('the rate tables in bigint arithmetic', () => {
  it('are what decimal.js gives, operation by operation, digit for digit (W, V, F, U and the within-year sums)', () => {
    const Ms = [0, 1, 11, 12, 13, 17, 23, 24, 25, 36, 37, 119, 120, 121, 479, 480, 481];
    fc.assert(
      fc.property(
        fc.integer({ min: -500, max: 1000 }),
        fc.integer({ min: -500, max: 1000 }),
        fc.oneof(fc.integer({ min: -500, max: 1000 }), fc.constant(0)),
        fc.constantFrom<0 | 1>(0, 1),
        (discount, inflation, uplift, shift) => {
          const [r, g, u] = [discount / 1000, inflation / 1000, uplift / 1000];
          const engine = new Discounting(r, g, 480);
          const table = engine.table(u, shift);
          const reference = decimalTables(r, g, u, shift);
          for (const M of Ms) {
            expect(table.sum(M).toString(), `W(${M})`).toBe(reference.W(M).toString());
            expect(table.discountedSum(M).toString(), `V(${M})`).toBe(reference.V(M).toString());
            expect(engine.factor(M).toString(), `F(${M})`).toBe(reference.factor(M).toString());
            expect(table.uplift.power(Math.floor(M / 12)).toString(), `U(${M})`).toBe(reference.power(Math.floor(M / 12)).toString());
          }
          for (const [a, b] of [
            [13, 15],
            [12, 24],
            [24, 30],
            [5, 13],
            [0, 12],
            [37, 40],
          ] as const) {
            expect(engine.factorsWithinYear(a + shift, b + shift, shift).toString(), `ΣF ${a}…${b}`).toBe(
              reference.withinYear(a + shift, b + shift).toString(),
            );
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});
