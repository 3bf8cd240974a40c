import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ZERO } from '../../../src/model/decimal.ts';
import { Discounting } from '../../../src/model/discounting.ts';
import { PortfolioPositions } from '../../../src/model/fast/portfolio.ts';
import { StreamPositions } from '../../../src/model/fast/phases.ts';
import { Evaluator, type Evaluation } from '../../../src/model/evaluate.ts';
import { PlainPositions, type PositionSource } from '../../../src/model/positions.ts';
import { plainPortfolio } from '../../../src/model/portfolioSum.ts';
import type { Scenario } from '../../../src/model/scenario.ts';
import { arbEdit, edited, scenarioArbitrary } from '../arbitraries.ts';
import { expectSameSource } from './sameSource.ts';
import { agrees, arbStream, cumulative, DISCOUNT_RATE, INFLATION, moved, N, referenceFlows } from '../streamReference.ts';
import { Exact } from '../../../src/model/exact.ts';

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

describe('the incremental portfolio and the plain sum', () => {
  /** the evaluation's portfolio as a source: its cash and discounted positions' numerators and flows */
  const sourceOf = (e: Evaluation): PositionSource => {
    const { cash, discounted } = e.portfolio;
    return {
      over: cash.over,
      numerator: (t, d) => (d ? discounted : cash).numerator(t),
      flowNumerator: (t) => cash.flowNumerator(t),
      numeratorsAt: (times, d) => (d ? discounted : cash).numeratorsAt(times),
      // whether some scheme's stream starts or stops at t, read off the schemes' own phases
      changesAt: (t) => e.schemes.some((c) => c.result.enabled && c.positions.changesAt(t)),
    };
  };

  /** the enabled schemes' plain positions added in scenario order */
  const plainOf = (s: Scenario, e: Evaluation): PositionSource => {
    const N = e.result.horizonMonths;
    const discounting = new Discounting(s.discountRate, s.generalInflation ?? 0, N);
    return plainPortfolio(e.schemes.filter((c) => c.result.enabled).map((c) => new PlainPositions(c.streams, N, discounting)));
  };

  it('the incremental portfolio is the plain sum', () => {
    fc.assert(
      fc.property(
        scenarioArbitrary({ maxSchemes: 5, maxHorizonYears: 12, discountPercent: [-50, 100] }),
        fc.array(arbEdit, { maxLength: 6 }),
        (scenario, edits) => {
          // one evaluator through a run of edits, as while a slider moves: each portfolio starts from the last one's stretches
          const evaluator = new Evaluator();
          let s = scenario;
          for (const edit of [null, ...edits]) {
            if (edit && s.schemes.length > 0) s = edited(s, edit);
            const e = evaluator.evaluate(s);
            // after the paybacks' questions the evaluation asked, every t in order
            expectSameSource(sourceOf(e), plainOf(s, e), e.result.horizonMonths);
          }
        },
      ),
      { numRuns: 40 },
    );
  });

  it('… of many schemes, most kept from one evaluation to the next', () => {
    fc.assert(
      fc.property(
        scenarioArbitrary({ minSchemes: 8, maxSchemes: 12, maxHorizonYears: 6 }),
        fc.array(arbEdit, { minLength: 1, maxLength: 4 }),
        (scenario, edits) => {
          const evaluator = new Evaluator();
          let s = scenario;
          evaluator.evaluate(s);
          for (const edit of edits) {
            s = edited(s, edit);
            const e = evaluator.evaluate(s);
            expectSameSource(sourceOf(e), plainOf(s, e), e.result.horizonMonths);
          }
        },
      ),
      { numRuns: 15 },
    );
  });
});

describe('the portfolio’s flows', () => {
  it('where one scheme’s stream starts, the flow is the step of the position, even as another crosses an anniversary at an uplift of many digits', () => {
    const N = 240;
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 99_999 }), fc.integer({ min: 1, max: 19 }), (millionths, year) => {
        const discounting = new Discounting(0.035, 0, N);
        // (1 + r)^y runs past the model's digits within a few years: its sums W are rounded
        const saving = {
          kind: 'saving',
          amount: Exact.fromNumber(1000),
          approx: 1000,
          divisor: 12,
          rate: 0.1 + millionths / 1e7,
          shift: 1,
          from: 0,
          to: N,
        } as const;
        const charge = {
          kind: 'capital',
          amount: Exact.fromNumber(-5000),
          approx: -5000,
          divisor: 1,
          rate: 0,
          shift: 0,
          from: 12 * year,
          to: 12 * year + 1,
        } as const;
        const parts = [[saving], [charge]];
        const fast = new PortfolioPositions(
          parts.map((streams) => new StreamPositions(streams, N, discounting)),
          N,
          discounting,
        );
        const plain = plainPortfolio(parts.map((streams) => new PlainPositions(streams, N, discounting)));
        for (const t of [12 * year, 12 * year + 1])
          expect(fast.flowNumerator(t).toString(), `flow at ${t}`).toBe(plain.flowNumerator(t).toString());
      }),
      { numRuns: 100 },
    );
  });
});
