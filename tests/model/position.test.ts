import fc from 'fast-check';
import DecimalJs from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { Decimal, ZERO } from '../../src/model/decimal.ts';
import { Discounting } from '../../src/model/discounting.ts';
import type { Stream } from '../../src/model/flows.ts';
import { PortfolioPositions, StreamPositions, withAssets } from '../../src/model/position.ts';
import { arbRate } from './arbitraries.ts';

/** 40 digits: the month-by-month sums the positions must agree with */
const Reference = DecimalJs.clone({ precision: 40 });

const N = 60;
const DISCOUNT_RATE = 0.035;
const INFLATION = 0.02;

/** The flows of a stream, month by month, at 40 digits: [cash, discounted] at each t = 0 … N */
function referenceFlows(streams: readonly Stream[]): { cash: DecimalJs[]; discounted: DecimalJs[] } {
  const cash = Array.from({ length: N + 1 }, () => new Reference(0));
  const discounted = Array.from({ length: N + 1 }, () => new Reference(0));
  const q = new Reference(1).plus(DISCOUNT_RATE).times(new Reference(1).plus(INFLATION));
  for (const s of streams) {
    for (let k = s.from; k < s.to; k++) {
      const t = k + s.shift;
      const flow = new Reference(s.amount.toString()).div(s.divisor).times(new Reference(1).plus(s.rate).pow(Math.floor(k / 12)));
      cash[t] = cash[t]!.plus(flow);
      discounted[t] = discounted[t]!.plus(flow.times(q.pow(new Reference(-t).div(12))));
    }
  }
  return { cash, discounted };
}

function cumulative(flows: DecimalJs[]): DecimalJs[] {
  let sum = new Reference(0);
  return flows.map((f) => (sum = sum.plus(f)));
}

/**
 * |x − exact| ≤ 10^−15 × (1 + |scale|), scale the exact value or, for a flow, the position it is a
 * step of (a flow across a change of phase is the difference of two positions of twenty digits):
 * far below a penny at any scale the model meets
 */
const agrees = (x: Decimal, exact: DecimalJs, scale: DecimalJs = exact) =>
  new Reference(x.toString()).minus(exact).abs().lte(scale.abs().plus(1).times('1e-15'));

const arbStream: fc.Arbitrary<Stream> = fc
  .record({
    kind: fc.constantFrom<Stream['kind']>('saving', 'capital', 'funding'),
    amount: fc.integer({ min: -2_000_000, max: 2_000_000 }),
    rate: arbRate(-5, 10),
    from: fc.integer({ min: 0, max: N - 1 }),
    length: fc.integer({ min: 1, max: N }),
    divisor: fc.constantFrom(1, 12, 7, 18),
  })
  .map(({ kind, amount, rate, from, length, divisor }) => {
    // savings run to the horizon, credited at the month's end; capital and funding happen at their time point
    if (kind === 'saving') return { kind, amount: new Decimal(amount), divisor: 12, rate, shift: 1, from, to: N } satisfies Stream;
    const to = Math.min(from + length, N + 1);
    return { kind, amount: new Decimal(amount), divisor, rate, shift: 0, from, to } satisfies Stream;
  });

describe('StreamPositions', () => {
  it('C(t) and D(t) are the month-by-month sums of the streams, at every t', () => {
    fc.assert(
      fc.property(fc.array(arbStream, { minLength: 1, maxLength: 6 }), (streams) => {
        const discounting = new Discounting(DISCOUNT_RATE, INFLATION, N);
        const positions = new StreamPositions(streams, N, discounting);
        const reference = referenceFlows(streams);
        const cash = cumulative(reference.cash);
        const discounted = cumulative(reference.discounted);
        for (let t = 0; t <= N; t++) {
          expect(agrees(positions.cash.exact(t), cash[t]!), `C(${t})`).toBe(true);
          expect(agrees(positions.discounted.exact(t), discounted[t]!), `D(${t})`).toBe(true);
          if (t > 0) {
            expect(agrees(positions.cash.flow(t), reference.cash[t]!, cash[t]!.abs().plus(cash[t - 1]!.abs())), `cash flow at ${t}`).toBe(true);
            const scale = discounted[t]!.abs().plus(discounted[t - 1]!.abs());
            expect(agrees(positions.discounted.flow(t), reference.discounted[t]!, scale), `discounted flow at ${t}`).toBe(true);
          }
          expect(Math.abs(positions.cash.approx[t]! - cash[t]!.toNumber())).toBeLessThan(1e-6 * (1 + Math.abs(cash[t]!.toNumber())));
        }
      }),
      { numRuns: 60 },
    );
  });

  it('a position is the same whatever order its time points are asked in', () => {
    const streams: Stream[] = [
      { kind: 'saving', amount: new Decimal(120_000), divisor: 12, rate: 0.045, shift: 1, from: 7, to: N },
      { kind: 'capital', amount: new Decimal(-431_000), divisor: 7, rate: 0.03, shift: 0, from: 2, to: 9 },
      { kind: 'funding', amount: new Decimal(50_000), divisor: 1, rate: 0, shift: 0, from: 4, to: 5 },
    ];
    const forwards = new StreamPositions(streams, N, new Discounting(0.035, 0.02, N));
    const backwards = new StreamPositions(streams, N, new Discounting(0.035, 0.02, N));
    const ts = Array.from({ length: N + 1 }, (_, t) => t);
    const a = ts.map((t) => `${forwards.cash.exact(t)} ${forwards.discounted.exact(t)}`);
    const b = [...ts].reverse().map((t) => `${backwards.cash.exact(t)} ${backwards.discounted.exact(t)}`).reverse();
    expect(b).toEqual(a);
  });

  it('exact half-pennies stay exact: amounts are divided last, once', () => {
    // 0.06 a year is 0.005 a month: after one month exactly half a penny
    const positions = new StreamPositions(
      [{ kind: 'saving', amount: new Decimal('0.06'), divisor: 12, rate: 0, shift: 1, from: 0, to: N }],
      N,
      new Discounting(0, 0, N),
    );
    expect(positions.cash.exact(1).toString()).toBe('0.005');
    expect(positions.cash.exact(N).toString()).toBe('0.3');
  });
});

describe('withAssets', () => {
  it('adds the asset, stepping up on each anniversary', () => {
    const discounting = new Discounting(0, 0, 36);
    const cash = new StreamPositions([{ kind: 'capital', amount: new Decimal(-1000), divisor: 1, rate: 0, shift: 0, from: 0, to: 1 }], 36, discounting).cash;
    const net = withAssets(cash, [{ value: 800, appreciation: 0.1 }]);
    expect(net.exact(0).toString()).toBe('-200');
    expect(net.exact(11).toString()).toBe('-200');
    expect(net.exact(12).toString()).toBe('-120'); // 800 × 1.1 − 1000
    expect(net.flow(12).toString()).toBe('80');
    expect(net.flow(13).isZero()).toBe(true);
    expect(net.exact(24).toString()).toBe('-32'); // 800 × 1.21 − 1000
  });
});

describe('PortfolioPositions', () => {
  it('is its schemes added up at every t, over their common denominator, cash and discounted', () => {
    fc.assert(
      fc.property(fc.array(fc.array(arbStream, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 5 }), (schemes) => {
        const discounting = new Discounting(DISCOUNT_RATE, INFLATION, N);
        const parts = schemes.map((streams) => new StreamPositions(streams, N, discounting));
        const portfolio = new PortfolioPositions(parts, N, discounting);
        const reference = referenceFlows(schemes.flat());
        const cash = cumulative(reference.cash);
        const discounted = cumulative(reference.discounted);
        for (let t = 0; t <= N; t++) {
          expect(agrees(portfolio.cash.exact(t), cash[t]!), `C(${t})`).toBe(true);
          expect(agrees(portfolio.discounted.exact(t), discounted[t]!), `D(${t})`).toBe(true);
          if (t > 0) {
            const scale = cash[t]!.abs().plus(cash[t - 1]!.abs());
            expect(agrees(portfolio.cash.flow(t), reference.cash[t]!, scale), `flow at ${t}`).toBe(true);
          }
          const parts_ = parts.reduce((sum, p) => sum + p.cash.approx[t]!, 0);
          expect(portfolio.cash.approx[t]).toBeCloseTo(parts_, 6);
        }
      }),
      { numRuns: 40 },
    );
  });

  it('with no schemes is zero everywhere', () => {
    const portfolio = new PortfolioPositions([], 12, new Discounting(0.035, 0, 12));
    expect(portfolio.cash.exact(6).eq(ZERO)).toBe(true);
    expect(portfolio.discounted.flow(6).eq(ZERO)).toBe(true);
  });
});
