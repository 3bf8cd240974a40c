import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../../src/model/decimal.ts';
import { Discounting } from '../../../src/model/discounting.ts';
import type { Stream } from '../../../src/model/streams.ts';
import { StreamPositions } from '../../../src/model/fast/phases.ts';
import { withAssets } from '../../../src/model/netPosition.ts';
import { PlainPositions } from '../../../src/model/positions.ts';
import { schemeStreams } from '../../../src/model/streams.ts';
import { scenarioArbitrary } from '../arbitraries.ts';
import { expectSameSource } from './sameSource.ts';
import { agrees, arbStream, cumulative, DISCOUNT_RATE, INFLATION, moved, N, referenceFlows } from '../streamReference.ts';
import { Exact } from '../../../src/model/exact.ts';

describe('StreamPositions', () => {
  it('C(t) and D(t) are the month-by-month sums of the streams, at every t', () => {
    fc.assert(
      fc.property(fc.array(arbStream, { minLength: 1, maxLength: 6 }), (streams) => {
        const discounting = new Discounting(DISCOUNT_RATE, INFLATION, N);
        const positions = new StreamPositions(streams, N, discounting);
        const reference = referenceFlows(streams);
        const cash = cumulative(reference.cash);
        const discounted = cumulative(reference.discounted);
        const scale = moved(reference.cash);
        for (let t = 0; t <= N; t++) {
          expect(agrees(positions.cash.exact(t), cash[t]!, scale[t]!), `C(${t})`).toBe(true);
          expect(agrees(positions.discounted.exact(t), discounted[t]!, scale[t]!), `D(${t})`).toBe(true);
          if (t > 0) {
            expect(agrees(positions.cash.flow(t), reference.cash[t]!, scale[t]!), `cash flow at ${t}`).toBe(true);
            expect(agrees(positions.discounted.flow(t), reference.discounted[t]!, scale[t]!), `discounted flow at ${t}`).toBe(true);
          }
          expect(Math.abs(positions.cash.approx[t]! - cash[t]!.toNumber())).toBeLessThan(1e-6 * (1 + Math.abs(cash[t]!.toNumber())));
        }
      }),
      { numRuns: 60 },
    );
  });

  it('a position is the same whatever order its time points are asked in', () => {
    const streams: Stream[] = [
      { kind: 'saving', amount: Exact.fromNumber(120_000), approx: 120_000, divisor: 12, rate: 0.045, shift: 1, from: 7, to: N },
      { kind: 'capital', amount: Exact.fromNumber(-431_000), approx: -431_000, divisor: 7, rate: 0.03, shift: 0, from: 2, to: 9 },
      { kind: 'funding', amount: Exact.fromNumber(50_000), approx: 50_000, divisor: 1, rate: 0, shift: 0, from: 4, to: 5 },
    ];
    const forwards = new StreamPositions(streams, N, new Discounting(0.035, 0.02, N));
    const backwards = new StreamPositions(streams, N, new Discounting(0.035, 0.02, N));
    const ts = Array.from({ length: N + 1 }, (_, t) => t);
    const a = ts.map((t) => `${forwards.cash.exact(t)} ${forwards.discounted.exact(t)}`);
    const b = [...ts]
      .reverse()
      .map((t) => `${backwards.cash.exact(t)} ${backwards.discounted.exact(t)}`)
      .reverse();
    expect(b).toEqual(a);
  });

  it('exact half-pennies stay exact: amounts are divided last, once', () => {
    // 0.06 a year is 0.005 a month: after one month exactly half a penny
    const positions = new StreamPositions(
      [{ kind: 'saving', amount: Exact.fromNumber(0.06), approx: 0.06, divisor: 12, rate: 0, shift: 1, from: 0, to: N }],
      N,
      new Discounting(0, 0, N),
    );
    expect(positions.cash.exact(1).toString()).toBe('0.005');
    expect(positions.cash.exact(N).toString()).toBe('0.3');
  });
});

/**
 * Streams whose plain-number flows nearly cancel: each stream, scaled up to as much as £10bn, beside a
 * mirror that takes it back over a divisor k times as large, less a few pence — the plain curve of
 * their sum is all rounding.
 */
const arbLoud: fc.Arbitrary<Stream[]> = fc
  .array(
    fc.record({
      stream: arbStream,
      scale: fc.constantFrom(1, 1e4, 5000),
      k: fc.integer({ min: 1, max: 7 }),
      pence: fc.integer({ min: -500, max: 500 }),
      mirrored: fc.boolean(),
    }),
    { minLength: 1, maxLength: 6 },
  )
  .map((xs) =>
    xs.flatMap(({ stream, scale, k, pence, mirrored }) => {
      const amount = stream.amount.times(scale);
      const loud: Stream = { ...stream, amount, approx: amount.toNumber() };
      if (!mirrored || stream.divisor * k > 480) return [loud];
      const back = amount.times(-k).plus(new Decimal(pence).div(100));
      return [loud, { ...stream, amount: back, approx: back.toNumber(), divisor: stream.divisor * k }];
    }),
  );

describe('the plain curves', () => {
  it('are within their error bound of the exact positions at every t, so where they are further from zero their sign is the exact one', () => {
    fc.assert(
      fc.property(arbLoud, fc.integer({ min: 0, max: 2_000_000_000 }), (streams, residual) => {
        const discounting = new Discounting(DISCOUNT_RATE, INFLATION, N);
        const positions = new StreamPositions(streams, N, discounting);
        const net = withAssets(positions.cash, [{ value: residual / 100, appreciation: 0.07 }], discounting.uplifts);
        for (const p of [positions.cash, positions.discounted, net]) {
          for (let t = 0; t <= N; t++) {
            const exact = p.exact(t);
            expect(exact.minus(p.approx[t]!).abs().lte(p.error(t)), `t = ${t}: ${p.approx[t]} against ${exact}, bound ${p.error(t)}`).toBe(
              true,
            );
            if (Math.abs(p.approx[t]!) > p.error(t)) expect(p.approx[t]! < 0).toBe(exact.isNegative() && !exact.isZero());
          }
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe('phases and the plain positions', () => {
  const isCapital = (s: Stream) => s.kind === 'capital';

  it('phases give the plain positions, digit for digit', () => {
    fc.assert(
      fc.property(fc.array(arbStream, { maxLength: 6 }), (streams) => {
        const discounting = new Discounting(DISCOUNT_RATE, INFLATION, N);
        const fast = new StreamPositions(streams, N, discounting);
        const plain = new PlainPositions(streams, N, discounting);
        expectSameSource(fast, plain, N);
        expect(fast.total(isCapital).toString()).toBe(plain.total(isCapital).toString());
        expect(fast.total(() => true).toString()).toBe(plain.total(() => true).toString());
      }),
      { numRuns: 60 },
    );
  });

  it('… for the streams of generated schemes, discounted at −50 % to 100 %', () => {
    fc.assert(
      fc.property(scenarioArbitrary({ maxSchemes: 3, maxHorizonYears: 15, discountPercent: [-50, 100] }), (scenario) => {
        const N = scenario.horizonYears * 12;
        const discounting = new Discounting(scenario.discountRate, scenario.generalInflation ?? 0, N);
        for (const scheme of scenario.schemes) {
          const streams = schemeStreams(scheme, N, scenario.perspective);
          const fast = new StreamPositions(streams, N, discounting);
          const plain = new PlainPositions(streams, N, discounting);
          expectSameSource(fast, plain, N, scheme.id);
          expect(fast.total(isCapital).toString()).toBe(plain.total(isCapital).toString());
        }
      }),
      { numRuns: 30 },
    );
  });
});
