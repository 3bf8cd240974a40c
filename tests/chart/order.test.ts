import { describe, expect, it } from 'vitest';
import { totalFirst } from '../../src/chart/order.ts';

describe('totalFirst', () => {
  it('puts the portfolio first and keeps the schemes in their order', () => {
    const curves = [
      { id: 'a', kind: 'scheme' as const },
      { id: 'b', kind: 'scheme' as const },
      { id: 'portfolio', kind: 'portfolio' as const },
      { id: 'c', kind: 'scheme' as const },
    ];
    expect(totalFirst(curves).map((c) => c.id)).toEqual(['portfolio', 'a', 'b', 'c']);
    expect(curves.map((c) => c.id)).toEqual(['a', 'b', 'portfolio', 'c']);
  });
});
