/**
 * Exactness at the edges of what the app accepts (docs/model.md §10): capital spreads whose common
 * denominator passes 2^53, amounts and rates at their limits, a discounted penny at the horizon, and
 * a plain-number curve that rounds the wrong way. Each expectation comes from MODEL.md worked by hand
 * or from tests/model/reference.ts, which is exact.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Decimal } from '../../src/model/decimal.ts';
import { evaluateDetailed } from '../../src/model/evaluate.ts';
import { toOutputJson } from '../../src/model/output.ts';
import { restoreScenario } from '../../src/model/restore.ts';
import type { Scenario, Scheme } from '../../src/model/scenario.ts';
import { capital, funding, saving, scenario, scheme } from './builders.ts';
import { referencePortfolio, referenceScheme } from './reference.ts';

function fixture(name: string): Scenario {
  const restored = restoreScenario(
    JSON.parse(readFileSync(new URL(`../fixtures/exactness/${name}.scenario.json`, import.meta.url), 'utf8')),
  );
  if (!restored.ok) throw new Error(restored.errors.join('\n'));
  return restored.scenario;
}

/** half-up to the penny, as the reference prints it */
const pennies = (x: Decimal) => (x.toDecimalPlaces(2).isZero() ? '0.00' : x.toFixed(2));

describe('a common denominator past 2^53', () => {
  it('exact-zero: spreads of 31, 61, 83, 89, 101 and 109 months and a saving that makes C(120) exactly 0 pay back at 10 years, break-even 2031-03', () => {
    const s = fixture('exact-zero');
    const e = evaluateDetailed(s);
    expect(e.schemes[0]!.cash.exact(120).isZero()).toBe(true);
    const out = toOutputJson(e.result).schemes[0]!;
    expect(out.paybackYears).toBe(10);
    expect(out.netPaybackYears).toBe(10);
    expect(out.breakEven).toBe('2031-03');
    expect(out.totalInvestment).toBe(33_162_082.2);
  });

  it('pr6: six £1 items spread over 449 … 479 months (primes) and £0.15 a year pay back at exactly 40 years', () => {
    // C(480) = 40 × 0.15 − 6 = 0; before that the saving lags the charges
    const out = toOutputJson(evaluateDetailed(fixture('pr6')).result);
    expect(out.schemes[0]!.paybackYears).toBe(40);
    expect(out.schemes[0]!.breakEven).toBe('2061-03');
    expect(out.portfolio.paybackYears).toBe(40);
  });

  it('200 schemes with spreads of 24 … 480 months: no stack overflow, and a portfolio that is exactly 0 at N pays back at N', () => {
    // each scheme: a saving of `spread` pence a year for 40 years, and 40 times that charged over
    // the spread from month 0, so that its C(480) is exactly 0 and C(t) < 0 before
    const spreads = Array.from({ length: 200 }, (_, i) => 24 + ((i * 37) % 457));
    const schemes: Scheme[] = spreads.map((spread, i) =>
      scheme({ id: `s${i}`, capital: [capital((40 * spread) / 100, 0, spread)], otherSavings: [saving(spread / 100)] }),
    );
    const s = scenario({ horizonYears: 40, discountRate: 0.035, schemes });
    const e = evaluateDetailed(s);
    expect(e.portfolio.cash.exact(480).isZero()).toBe(true);
    const out = toOutputJson(e.result);
    expect(out.portfolio.paybackYears).toBe(40);
    expect(out.portfolio.breakEven).toBe('2061-03');
    expect(out.schemes.every((x) => x.paybackYears === 40)).toBe(true);
    expect(out.portfolio.totalInvestment).toBe(spreads.reduce((sum, spread) => sum + 40 * spread, 0) / 100);
  });
});

describe('half-pennies', () => {
  it('a portfolio total that is exactly a half-penny of thirds, sevenths and fifteenths rounds half-up', () => {
    // £0.02 over 21 months (4 parts within the horizon), £0.02 over 35 (2), £0.01 over 10 (9), £0.03
    // over 21 (4), £0.02 over 15 (4): 8/2100 + 4/3500 + 9/1000 + 12/2100 + 8/1500 = 0.025 exactly
    const items: [amount: number, spread: number, parts: number][] = [
      [0.02, 21, 4],
      [0.02, 35, 2],
      [0.01, 10, 9],
      [0.03, 21, 4],
      [0.02, 15, 4],
    ];
    const s = scenario({
      schemes: items.map(([amount, spread, parts], i) => scheme({ id: `s${i}`, capital: [capital(amount, 13 - parts, spread)] })),
    });
    const out = toOutputJson(evaluateDetailed(s).result);
    expect(out.portfolio.totalInvestment).toBe(0.03);
    expect(referencePortfolio(s).pennies.totalInvestment).toBe('0.03');
  });
});

describe('the largest accepted amounts and rates', () => {
  // £10bn items and £1bn savings rising 100 % a year for 40 years: sums of some 10^26
  const extreme = (discountRate: number, generalInflation: number) =>
    scenario({
      horizonYears: 40,
      discountRate,
      generalInflation,
      schemes: [
        scheme({
          capital: [capital(1e10, 0, 7), capital(9_999_999_999.99, 100, 480), capital(1e10, 479, 2)],
          capitalInflation: 1,
          placements: { beds: 1000, occupancy: 0.999, inHouseWeeklyCost: 999_999.99, externalWeeklyFee: 1e6, costBasis: 'perOccupiedBed' },
          block: { doNothingAnnualCost: 1e9, inHouseAnnualCost: 999_999_999.99 },
          otherSavings: [saving(-1e9, 3), saving(999_999_999.97, 5)],
          feeInflation: 1,
          costInflation: 1,
          residualValue: 1e10,
          assetAppreciation: 1,
          funding: [funding(1e10, 0)],
        }),
        scheme({
          id: 's2',
          capital: [capital(1e10, 0, 17), capital(1e10, 3, 19), capital(1e10, 5, 23)],
          capitalInflation: -0.5,
          otherSavings: [saving(1e9, 0)],
          costInflation: 1,
        }),
      ],
    });

  it('every cash, net and discounted position is right to the penny, and every figure', () => {
    for (const [rate, inflation] of [
      [0.035, 0],
      [1, 1],
      [-0.5, -0.5],
    ] as const) {
      const s = extreme(rate, inflation);
      const e = evaluateDetailed(s);
      const ref = referencePortfolio(s);
      for (let t = 0; t <= 480; t++) {
        expect(pennies(e.portfolio.cash.exact(t)), `C(${t})`).toBe(ref.pennies.cash[t]);
        expect(pennies(e.portfolio.net.exact(t)), `C(${t}) + R(${t})`).toBe(ref.pennies.net[t]);
        expect(pennies(e.portfolio.discounted.exact(t)), `D(${t})`).toBe(ref.pennies.discounted[t]);
      }
      const f = e.result.portfolio.figures;
      expect(pennies(f.npv)).toBe(ref.pennies.npv);
      expect(pennies(f.totalInvestment)).toBe(ref.pennies.totalInvestment);
      expect(pennies(f.annualSavingYear1)).toBe(ref.pennies.annualSavingYear1);
      expect(f.paybackYears?.toFixed(4) ?? null).toBe(ref.years.payback);
      expect(f.discountedPaybackYears?.toFixed(4) ?? null).toBe(ref.years.discounted);
      expect(e.result.portfolio.figures.breakEven).toBe(ref.breakEven);
    }
  });

  it('a penny charged at the horizon, discounted at 100 % and 100 % inflation for 40 years, is not zero: no discounted payback', () => {
    // D(480) = −0.01 × 4^−40 ≈ −8 × 10^−27 < 0
    const s = scenario({ horizonYears: 40, discountRate: 1, generalInflation: 1, schemes: [scheme({ capital: [capital(0.01, 480)] })] });
    const e = evaluateDetailed(s);
    expect(e.schemes[0]!.discounted.exact(480).isNegative()).toBe(true);
    expect(e.schemes[0]!.discounted.exact(480).isZero()).toBe(false);
    expect(e.result.schemes[0]!.figures.discountedPaybackYears).toBeNull();
    expect(referenceScheme(s, s.schemes[0]!).discountedPaybackYears).toBeNull();
  });
});

describe('the sign of a payback', () => {
  it('follows the exact position where the plain-number curve rounds the wrong way', () => {
    // £10bn charged over three months and granted back in three parts that add up to it: C(2) is
    // exactly 0 and stays there, but in floating point it is about −5 × 10^−7
    const s = scenario({
      schemes: [
        scheme({
          capital: [capital(1e10, 0, 3)],
          funding: [funding(3_333_333_333.34, 0), funding(3_333_333_333.33, 1), funding(3_333_333_333.33, 2)],
        }),
      ],
    });
    const e = evaluateDetailed(s);
    expect(e.schemes[0]!.cash.exact(12).isZero()).toBe(true);
    expect(e.schemes[0]!.cash.approx[12]).toBeLessThan(0);
    const out = toOutputJson(e.result).schemes[0]!;
    expect(out.paybackYears).toBe(0);
    expect(out.breakEven).toBe('2021-04');
    expect(referenceScheme(s, s.schemes[0]!).paybackYears).toBe(0);
  });
});
