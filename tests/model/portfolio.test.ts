import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal, ZERO } from '../../src/model/decimal.ts';
import { Discounting } from '../../src/model/discounting.ts';
import { PortfolioPositions, SumTree } from '../../src/model/portfolio.ts';
import { StreamPositions } from '../../src/model/position.ts';
import { agrees, arbStream, cumulative, DISCOUNT_RATE, INFLATION, moved, N, referenceFlows } from './streamReference.ts';

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
        const scale = moved(reference.cash);
        for (let t = 0; t <= N; t++) {
          expect(agrees(portfolio.cash.exact(t), cash[t]!, scale[t]!), `C(${t})`).toBe(true);
          expect(agrees(portfolio.discounted.exact(t), discounted[t]!, scale[t]!), `D(${t})`).toBe(true);
          if (t > 0) expect(agrees(portfolio.cash.flow(t), reference.cash[t]!, scale[t]!), `flow at ${t}`).toBe(true);
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

describe('SumTree', () => {
  /** decimals longer than the model's digits, whose sums round: the order of the additions shows in the last digit */
  const arbLong = fc.bigInt({ min: -(10n ** 70n), max: 10n ** 70n }).map((n) => new Decimal(`${n}e-7`));

  it('a tree with parts replaced totals exactly what a tree built afresh from the new parts does', () => {
    fc.assert(
      fc.property(
        fc.array(arbLong, { minLength: 1, maxLength: 40 }),
        fc.array(fc.tuple(fc.nat(), arbLong), { maxLength: 6 }),
        (parts, replacements) => {
          const changes = replacements.map(([i, value]) => [i % parts.length, value] as const);
          // the last replacement of a part wins, as in the tree
          const after = [...parts];
          for (const [i, value] of changes) after[i] = value;
          const unique = [...new Map(changes).entries()];
          expect(SumTree.of(parts).with(unique).total.toString()).toBe(SumTree.of(after).total.toString());
        },
      ),
      { numRuns: 300 },
    );
  });

  it('totals its parts', () => {
    const parts = [1, 2, 3, 4, 5, 6, 7].map((n) => new Decimal(n));
    expect(SumTree.of(parts).total.toString()).toBe('28');
    expect(
      SumTree.of(parts)
        .with([[6, new Decimal(-7)]])
        .total.toString(),
    ).toBe('14');
    expect(SumTree.of([new Decimal('2.5')]).total.toString()).toBe('2.5');
  });
});
