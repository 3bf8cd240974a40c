import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Discounting } from '../../../src/model/discounting.ts';
import { evaluateDetailed } from '../../../src/model/evaluate.ts';
import { StreamPositions } from '../../../src/model/fast/phases.ts';
import { PlainPositions } from '../../../src/model/positions.ts';
import { arbStream, DISCOUNT_RATE, INFLATION, N } from '../streamReference.ts';
import { scenarioArbitrary } from '../arbitraries.ts';

describe('the sweep', () => {
  it('positions at every t in one pass (as the CSV takes them) are the positions asked for one t at a time, digit for digit', () => {
    fc.assert(
      fc.property(scenarioArbitrary({ maxSchemes: 4, maxHorizonYears: 15, discountPercent: [-50, 100] }), (s) => {
        const e = evaluateDetailed(s);
        const times = Array.from({ length: e.result.horizonMonths + 1 }, (_, t) => t);
        for (const p of [
          ...e.schemes.flatMap((c) => [c.cash, c.net, c.discounted]),
          e.portfolio.cash,
          e.portfolio.net,
          e.portfolio.discounted,
        ]) {
          const all = p.exactAt(times).map(String);
          expect(all).toEqual(times.map((t) => p.exact(t).toString()));
        }
      }),
      { numRuns: 40 },
    );
  });

  it('the sweep gives the positions one point at a time: a scheme’s, at any ascending points, as its plain positions say', () => {
    fc.assert(
      fc.property(
        fc.array(arbStream, { maxLength: 6 }),
        fc.uniqueArray(fc.integer({ min: 0, max: N }), { maxLength: 20 }),
        (streams, points) => {
          const times = [...points].sort((a, b) => a - b);
          const discounting = new Discounting(DISCOUNT_RATE, INFLATION, N);
          const fast = new StreamPositions(streams, N, discounting);
          const plain = new PlainPositions(streams, N, discounting);
          for (const discounted of [false, true]) {
            expect(fast.numeratorsAt(times, discounted).map(String)).toEqual(times.map((t) => plain.numerator(t, discounted).toString()));
          }
        },
      ),
      { numRuns: 100 },
    );
  });
});
