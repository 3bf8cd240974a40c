/** Two position sources compared digit for digit: their denominators, numerators (cash and discounted) and flows at every t. */
import { expect } from 'vitest';
import type { PositionSource } from '../../../src/model/positions.ts';

export function expectSameSource(fast: PositionSource, plain: PositionSource, N: number, where = ''): void {
  expect(fast.over, `${where} over`).toBe(plain.over);
  for (let t = 0; t <= N; t++) {
    expect(fast.numerator(t, false).toString(), `${where} C(${t})`).toBe(plain.numerator(t, false).toString());
    expect(fast.numerator(t, true).toString(), `${where} D(${t})`).toBe(plain.numerator(t, true).toString());
    if (t === 0) continue;
    expect(fast.changesAt(t), `${where} changes at ${t}`).toBe(plain.changesAt(t));
    expect(fast.flowNumerator(t).toString(), `${where} flow at ${t}`).toBe(plain.flowNumerator(t).toString());
  }
}
