/**
 * Streams generated for the position tests, and their positions worked out month by month at 40
 * digits: what the engine's phases and rate tables must agree with.
 */
import fc from 'fast-check';
import DecimalJs from 'decimal.js';
import { Decimal } from '../../src/model/decimal.ts';
import type { Stream } from '../../src/model/streams.ts';
import { arbRate } from './arbitraries.ts';
import { Exact } from '../../src/model/exact.ts';

/** 40 digits: the month-by-month sums the positions must agree with */
const Reference = DecimalJs.clone({ precision: 40 });

export const N = 60;
export const DISCOUNT_RATE = 0.035;
export const INFLATION = 0.02;

/** The flows of a stream, month by month, at 40 digits: [cash, discounted] at each t = 0 … N */
export function referenceFlows(streams: readonly Stream[]): { cash: DecimalJs[]; discounted: DecimalJs[] } {
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

export function cumulative(flows: DecimalJs[]): DecimalJs[] {
  let sum = new Reference(0);
  return flows.map((f) => (sum = sum.plus(f)));
}

/**
 * |x − exact| ≤ 10^−15 × (1 + moved), `moved` the money that has moved by then (Σ |flow|): a
 * position that nets large flows down to a small figure carries the rounding of the large ones'
 * rate tables. Far below a penny at any scale the model meets (the engine is far closer: docs/model.md §10).
 */
export const agrees = (x: Decimal, exact: DecimalJs, moved: DecimalJs) =>
  new Reference(x.toString()).minus(exact).abs().lte(moved.plus(1).times('1e-15'));

/** Σ |flow| up to each t */
export function moved(flows: DecimalJs[]): DecimalJs[] {
  let sum = new Reference(0);
  return flows.map((f) => (sum = sum.plus(f.abs())));
}

export const arbStream: fc.Arbitrary<Stream> = fc
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
    if (kind === 'saving')
      return { kind, amount: Exact.fromNumber(amount), approx: amount, divisor: 12, rate, shift: 1, from, to: N } satisfies Stream;
    const to = Math.min(from + length, N + 1);
    return { kind, amount: Exact.fromNumber(amount), approx: amount, divisor, rate, shift: 0, from, to } satisfies Stream;
  });
