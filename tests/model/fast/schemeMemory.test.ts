import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bigScenario } from '../../../scripts/lib/bigScenario.ts';
import { Decimal } from '../../../src/model/decimal.ts';
import { Evaluator, type Evaluation } from '../../../src/model/evaluate.ts';
import { arbEdit, edited, scenarioArbitrary } from '../arbitraries.ts';

const small = scenarioArbitrary({ maxSchemes: 3, maxHorizonYears: 12 });

describe('history', () => {
  /** every figure at full precision, every curve, and exact portfolio positions */
  const digitsOf = (e: Evaluation) => {
    const { result, portfolio } = e;
    const N = result.horizonMonths;
    return JSON.stringify(
      {
        figures: [...result.schemes.map((x) => x.figures), result.portfolio.figures],
        series: [...result.schemes.map((x) => x.series), result.portfolio.series].map((x) =>
          [x.cash, x.net, x.discounted].map((a) => Array.from(a)),
        ),
        positions: [0, Math.floor(N / 2), N].map((t) => [portfolio.cash.exact(t), portfolio.net.exact(t), portfolio.discounted.exact(t)]),
      },
      (_, v: unknown) => (v instanceof Decimal ? v.toString() : v),
    );
  };

  it('a scenario’s figures are the same digits whatever its evaluator evaluated before (as after a slider moved one scheme)', () => {
    fc.assert(
      fc.property(small, arbEdit, (scenario, edit) => {
        const evaluator = new Evaluator();
        const cold = digitsOf(evaluator.evaluate(scenario));
        const other = edited(scenario, edit);
        const afterOther = digitsOf(evaluator.evaluate(other));
        // … and back: both come out as they do cold
        expect(digitsOf(evaluator.evaluate(scenario))).toBe(cold);
        expect(afterOther).toBe(digitsOf(new Evaluator().evaluate(other)));
      }),
      { numRuns: 60 },
    );
  });

  it('two evaluators fed alternating edits of two scenarios give what fresh ones give, digit for digit, redoing one scheme an edit', () => {
    fc.assert(
      fc.property(small, small, fc.array(arbEdit, { minLength: 1, maxLength: 10 }), (a, b, edits) => {
        const scenarios = [a, b];
        const evaluators = [new Evaluator(), new Evaluator()];
        evaluators.forEach((e, k) => {
          e.evaluate(scenarios[k]!);
          expect(e.stats.schemesEvaluated).toBe(scenarios[k]!.schemes.length);
        });
        edits.forEach((edit, n) => {
          const k = n % 2;
          const scenario = (scenarios[k] = edited(scenarios[k]!, edit));
          const evaluator = evaluators[k]!;
          const before = evaluator.stats.schemesEvaluated;
          const got = digitsOf(evaluator.evaluate(scenario));
          expect(evaluator.stats.schemesEvaluated - before).toBe(1);
          // a fresh evaluator is cold, whatever the others have seen
          const fresh = new Evaluator();
          expect(got).toBe(digitsOf(fresh.evaluate(scenario)));
          expect(fresh.stats.schemesEvaluated).toBe(scenario.schemes.length);
        });
      }),
      { numRuns: 40 },
    );
  });

  it('an evaluator redoes every scheme when a setting changes, and none when handed the same scenario again', () => {
    const evaluator = new Evaluator();
    const s = { ...bigScenario(), horizonYears: 10 };
    evaluator.evaluate(s);
    evaluator.evaluate(s);
    expect(evaluator.stats.schemesEvaluated).toBe(100);
    evaluator.evaluate({ ...s, discountRate: 0.04 });
    expect(evaluator.stats.schemesEvaluated).toBe(200);
  });
});
