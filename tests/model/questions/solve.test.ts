import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateDetailed } from '../../../src/model/evaluate.ts';
import { PRESETS } from '../../../src/model/presets/index.ts';
import { resolveInput, withValue, type Scope, type SearchInput } from '../../../src/model/questions/inputs.ts';
import { solve } from '../../../src/model/questions/solve.ts';
import { figureValue, type Target } from '../../../src/model/questions/targets.ts';
import type { Scenario } from '../../../src/model/scenario.ts';
import { scenarioArbitrary } from '../arbitraries.ts';
import { capital, scenario, scheme } from '../builders.ts';

const input = (s: Scenario, scope: Scope, name: string): SearchInput => {
  const r = resolveInput(s, scope, name);
  if (typeof r === 'string') throw new Error(r);
  return r;
};

/** the figure a fresh evaluator gives with the answer put back */
const putBack = (s: Scenario, scope: Scope, i: SearchInput, value: number, target: Target) =>
  figureValue(evaluateDetailed(withValue(s, i, value)), scope, target.name);

function expectGivesTarget(s: Scenario, scope: Scope, name: string, target: Target) {
  const i = input(s, scope, name);
  const answer = solve(s, { scope, input: i, target });
  const figure = putBack(s, scope, i, answer.value, target);
  expect(figure).toBe(answer.achieved);
  if (answer.reached) {
    // a whole number (beds, a month) cannot hit a figure exactly: its answer is the first value meeting it
    if (target.name === 'npv' && i.resolution === 'whole') expect(figure!).toBeGreaterThanOrEqual(target.value);
    else if (target.name === 'npv') expect(Math.abs(figure! - target.value)).toBeLessThanOrEqual(1);
    else if (target.name === 'breakEven') expect(figure!).toBeLessThanOrEqual(target.value);
    else if (i.resolution === 'whole') expect(figure!).toBeLessThanOrEqual(target.value);
    else expect(Math.abs(figure! - target.value)).toBeLessThanOrEqual(1 / 12);
  }
  expect(answer.value).toBeGreaterThanOrEqual(i.rule.min);
  expect(answer.value).toBeLessThanOrEqual(i.rule.max);
  return answer;
}

describe('solve', () => {
  it('the answer put back gives the target on every preset (payback within a month, NPV within £1)', () => {
    for (const preset of PRESETS) {
      const s = preset.scenario;
      for (const sc of s.schemes) {
        const scope = { scheme: sc.id };
        const names = [
          'residualValue',
          'capitalInflation',
          ...(sc.placements ? ['placements.occupancy', 'placements.externalWeeklyFee', 'placements.beds'] : []),
        ];
        if (sc.capital.length) names.push('capital.0.amount');
        for (const name of names) {
          const today = evaluateDetailed(s).result.schemes.find((x) => x.id === sc.id)!.figures;
          expectGivesTarget(s, scope, name, { name: 'npv', value: 0 });
          const p = today.paybackYears?.toNumber();
          if (p !== undefined) expectGivesTarget(s, scope, name, { name: 'paybackYears', value: Math.max(0.5, p * 0.8) });
        }
      }
      expectGivesTarget(s, 'portfolio', 'discountRate', { name: 'npv', value: 0 });
    }
  });

  it('leics-2021: p2 needs 51.59 % occupancy to pay back in three years', () => {
    const s = PRESETS[0]!.scenario;
    const answer = expectGivesTarget(s, { scheme: 'p2' }, 'placements.occupancy', { name: 'paybackYears', value: 3 });
    expect(answer).toMatchObject({ value: 0.5159, reached: true, switches: true });
  });

  it('NPV is linear in occupancy: the exact answer against the closed form', () => {
    // one bed at £1,000 a week avoided, none spent: NPV = occupancy × 52,000 − 26,000 undiscounted over a year
    const s = scenario({
      schemes: [
        scheme({
          capital: [capital(26_000)],
          placements: { beds: 1, occupancy: 1, inHouseWeeklyCost: 0, externalWeeklyFee: 1000, costBasis: 'perOccupiedBed' },
        }),
      ],
    });
    const answer = solve(s, {
      scope: 'portfolio',
      input: input(s, 'portfolio', 's1.placements.occupancy'),
      target: { name: 'npv', value: 0 },
    });
    expect(answer.value).toBe(0.5);
    expect(answer.reached).toBe(true);
    expect(answer.evaluations).toBeLessThanOrEqual(3);
  });

  it('a target out of reach is said, with the best value within the range', () => {
    const s = PRESETS[0]!.scenario;
    // leics-2021's portfolio cannot pay back in three years on p2's occupancy alone: 100 % is the best
    const answer = expectGivesTarget(s, 'portfolio', 'p2.placements.occupancy', { name: 'paybackYears', value: 3 });
    expect(answer).toMatchObject({ reached: false, value: 1, unmoved: false });
    expect(answer.achieved!).toBeGreaterThan(3);
  });

  it('an input that does not move the figure at all is said to be unmoved: the discount rate and a gross payback', () => {
    const s = PRESETS[0]!.scenario;
    const unmoved = solve(s, {
      scope: 'portfolio',
      input: input(s, 'portfolio', 'discountRate'),
      target: { name: 'paybackYears', value: 3 },
    });
    expect(unmoved).toMatchObject({ reached: false, unmoved: true });
    // the same rate does move the discounted payback
    const moved = solve(s, {
      scope: 'portfolio',
      input: input(s, 'portfolio', 'discountRate'),
      target: { name: 'discountedPaybackYears', value: 3 },
    });
    expect(moved.unmoved).toBe(false);
  });

  it('an NPV that is a straight line in the input, flat, is unmoved: a weekly fee when no bed is filled', () => {
    const s0 = PRESETS[0]!.scenario;
    const s = withValue(s0, input(s0, { scheme: 'p2' }, 'placements.occupancy'), 0);
    const fee = input(s, { scheme: 'p2' }, 'placements.externalWeeklyFee');
    expect(fee.npvIsLinear).toBe(true);
    const answer = solve(s, { scope: { scheme: 'p2' }, input: fee, target: { name: 'npv', value: 0 } });
    expect(answer).toMatchObject({ reached: false, unmoved: true });
  });

  it('a scheme with nothing to pay back has payback 0 at any value: a payback of two years is not reachable', () => {
    const s = scenario({ schemes: [scheme({ otherSavings: [{ label: 'x', annual: 1000 }] })] });
    const answer = solve(s, {
      scope: { scheme: 's1' },
      input: input(s, { scheme: 's1' }, 'otherSavings.0.annual'),
      target: { name: 'paybackYears', value: 2 },
    });
    expect(answer.reached).toBe(false);
  });

  it('the answer put back gives the target on generated scenarios', () => {
    fc.assert(
      fc.property(
        scenarioArbitrary({ minSchemes: 1, maxSchemes: 3, minHorizonYears: 3, maxHorizonYears: 15 }),
        fc.double({ min: 0.5, max: 8, noNaN: true }),
        (s, years) => {
          const sc = s.schemes[0]!;
          const names = sc.placements ? ['placements.occupancy', 'placements.externalWeeklyFee'] : ['residualValue'];
          for (const name of names) {
            expectGivesTarget(s, { scheme: sc.id }, name, { name: 'npv', value: 0 });
            expectGivesTarget(s, { scheme: sc.id }, name, { name: 'paybackYears', value: years });
          }
        },
      ),
      { numRuns: 30 },
    );
  });
});
