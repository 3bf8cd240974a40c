import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/model/decimal.ts';
import { evaluateDetailed, evaluateScenario } from '../../src/model/evaluate.ts';
import { toOutputJson } from '../../src/model/output.ts';
import type { Figures } from '../../src/model/result.ts';
import type { Scenario, Scheme } from '../../src/model/scenario.ts';
import { arbZeroAtHorizon, EXTREME, scenarioArbitrary } from './arbitraries.ts';
import { referencePortfolio, referenceScheme, type ReferenceFigures } from './reference.ts';

/** half-up to the penny, as the reference prints it (no −0) */
const pennies = (x: Decimal) => (x.toDecimalPlaces(2).isZero() ? '0.00' : x.toFixed(2));
const fourDecimals = (x: Decimal | null) => (x === null ? null : x.toFixed(4));

/** Every figure of the output, as the reference rounds it, exactly: no tolerance, since the reference is exact too. */
function expectSameFigures(got: Figures, want: ReferenceFigures, where: string) {
  expect(fourDecimals(got.paybackYears), `${where} paybackYears`).toBe(want.years.payback);
  expect(fourDecimals(got.netPaybackYears), `${where} netPaybackYears`).toBe(want.years.net);
  expect(fourDecimals(got.discountedPaybackYears), `${where} discountedPaybackYears`).toBe(want.years.discounted);
  expect(pennies(got.npv), `${where} npv`).toBe(want.pennies.npv);
  expect(pennies(got.totalInvestment), `${where} totalInvestment`).toBe(want.pennies.totalInvestment);
  expect(pennies(got.externalFunding), `${where} externalFunding`).toBe(want.pennies.externalFunding);
  expect(pennies(got.annualSavingYear1), `${where} annualSavingYear1`).toBe(want.pennies.annualSavingYear1);
  expect(got.breakEven, `${where} breakEven`).toBe(want.breakEven);
}

/** The engine and the reference on one scenario: every figure of every scheme and the portfolio, and every position of the portfolio. */
function expectAgrees(s: Scenario) {
  const e = evaluateDetailed(s);
  s.schemes.forEach((scheme, i) => {
    const ref = referenceScheme(s, scheme);
    expectSameFigures(e.result.schemes[i]!.figures, ref, scheme.id);
    ref.pennies.cash.forEach((c, t) => expect(pennies(e.schemes[i]!.cash.exact(t)), `${scheme.id} C(${t})`).toBe(c));
  });
  const ref = referencePortfolio(s);
  expectSameFigures(e.result.portfolio.figures, ref, 'portfolio');
  const p = e.portfolio;
  ref.pennies.cash.forEach((c, t) => expect(pennies(p.cash.exact(t)), `C(${t})`).toBe(c));
  ref.pennies.net.forEach((c, t) => expect(pennies(p.net.exact(t)), `C(${t}) + R(${t})`).toBe(c));
  ref.pennies.discounted.forEach((c, t) => expect(pennies(p.discounted.exact(t)), `D(${t})`).toBe(c));
  // the figures of the output are these, rounded
  const out = toOutputJson(e.result);
  expect(out.portfolio.paybackYears).toBe(ref.paybackYears);
  expect(out.portfolio.npv).toBe(ref.npv);
}

const small = scenarioArbitrary({ maxSchemes: 3, maxHorizonYears: 12 });

describe('the engine and MODEL.md read month by month', () => {
  it('agree on every figure and every position, to the penny and to four decimals of a year', () => {
    fc.assert(fc.property(small, expectAgrees), { numRuns: 60 });
  });

  it('… with spreads of 1–60 months (some to 480) mixed across schemes, whose common multiple passes 2^53', () => {
    fc.assert(fc.property(scenarioArbitrary({ minSchemes: 2, maxSchemes: 4, minHorizonYears: 5, maxHorizonYears: 40 }), expectAgrees), {
      numRuns: 25,
    });
  });

  it('… discounted at −50 % to 100 % with general inflation of −50 % to 100 %, over 30 to 40 years', () => {
    const heavy = scenarioArbitrary({ maxSchemes: 3, minHorizonYears: 30, discountPercent: [-50, 100], inflationPercent: [-50, 100] });
    fc.assert(fc.property(heavy, expectAgrees), { numRuns: 25 });
  });

  it('… where the cash position is exactly zero at the horizon: the payback is then reached at N, or before', () => {
    fc.assert(
      fc.property(arbZeroAtHorizon, (s) => {
        const e = evaluateDetailed(s);
        const N = e.result.horizonMonths;
        expect(e.portfolio.cash.exact(N).isZero()).toBe(true);
        e.schemes.forEach((c) => expect(c.cash.exact(N).isZero()).toBe(true));
        expect(e.result.portfolio.figures.paybackYears).not.toBeNull();
        expectAgrees(s);
      }),
      { numRuns: 40 },
    );
  });

  it('… at the largest amounts and rates the app accepts', () => {
    const extreme = scenarioArbitrary({ maxSchemes: 3, amounts: EXTREME, discountPercent: [-50, 100], inflationPercent: [-50, 100] });
    fc.assert(fc.property(extreme, expectAgrees), { numRuns: 25 });
  });
});

const money = (d: Decimal) => d.toDecimalPlaces(6).toNumber();

describe('laws', () => {
  it('the portfolio is the sum of its schemes', () => {
    fc.assert(
      fc.property(scenarioArbitrary({ maxSchemes: 5, maxHorizonYears: 20 }), (s) => {
        const { result, schemes } = evaluateDetailed(s);
        const enabled = schemes.filter((c) => c.result.enabled);
        const N = result.horizonMonths;
        for (const t of [0, Math.floor(N / 3), Math.floor(N / 2), N]) {
          const sum = enabled.reduce((acc, c) => acc.plus(c.cash.exact(t)), new Decimal(0));
          expect(money(evaluateDetailed(s).portfolio.cash.exact(t))).toBe(money(sum));
        }
        const totals = enabled.reduce((acc, c) => acc.plus(c.result.figures.totalInvestment), new Decimal(0));
        expect(money(result.portfolio.figures.totalInvestment)).toBe(money(totals));
        const npv = enabled.reduce((acc, c) => acc.plus(c.result.figures.npv), new Decimal(0));
        expect(money(result.portfolio.figures.npv)).toBe(money(npv));
      }),
      { numRuns: 50 },
    );
  });

  it('raising occupancy never lengthens payback when the fee exceeds the cost', () => {
    const withPlacements = small.filter((s) => s.schemes.some((x) => x.placements !== null));
    fc.assert(
      fc.property(withPlacements, fc.integer({ min: 1, max: 500 }), (s, raiseBy) => {
        const i = s.schemes.findIndex((x) => x.placements !== null);
        const scheme = s.schemes[i]!;
        const p = scheme.placements!;
        // fee above cost, and the same uplift on both so it stays above
        const fee = Math.max(p.externalWeeklyFee, p.inHouseWeeklyCost + 1);
        const base: Scheme = { ...scheme, enabled: true, costInflation: scheme.feeInflation, placements: { ...p, externalWeeklyFee: fee } };
        const occupancy = Math.min(1, p.occupancy + raiseBy / 1000);
        const raised: Scheme = { ...base, placements: { ...base.placements!, occupancy } };
        const payback = (x: Scheme) => evaluateScenario({ ...s, schemes: [x] }).schemes[0]!.figures.paybackYears;
        const before = payback(base);
        // only a scheme that pays back says anything about a shorter payback
        fc.pre(before !== null);
        const after = payback(raised);
        expect(after).not.toBeNull();
        expect(after!.lte(before!)).toBe(true);
      }),
      { numRuns: 80 },
    );
  });

  it('splitting a capital item into two in the same month changes nothing', () => {
    const withCapital = small.filter((s) => s.schemes.some((x) => x.capital.length > 0));
    fc.assert(
      fc.property(withCapital, fc.integer({ min: 0, max: 100 }), (s, percent) => {
        const i = s.schemes.findIndex((x) => x.capital.length > 0);
        const scheme = s.schemes[i]!;
        const [item, ...rest] = scheme.capital;
        const first = Math.round(item!.amount * percent) / 100;
        const split: Scheme = {
          ...scheme,
          // the second part in whole pence: a floating-point difference (1,708,880.43 − 598,108.15 is
          // 1,110,772.2799999998) would make amounts that do not add up, and move a total across a half-penny
          capital: [
            { ...item!, amount: first },
            { ...item!, label: 'split', amount: (Math.round(item!.amount * 100) - Math.round(first * 100)) / 100 },
            ...rest,
          ],
        };
        const a = toOutputJson(evaluateScenario(s));
        const b = toOutputJson(evaluateScenario({ ...s, schemes: s.schemes.map((x, j) => (j === i ? split : x)) }));
        expect(b.schemes[i]!.paybackYears).toBe(a.schemes[i]!.paybackYears);
        expect(b.schemes[i]!.totalInvestment).toBeCloseTo(a.schemes[i]!.totalInvestment, 2);
        expect(b.portfolio.npv).toBeCloseTo(a.portfolio.npv, 2);
        expect(b.portfolio.breakEven).toBe(a.portfolio.breakEven);
      }),
      { numRuns: 80 },
    );
  });

  it('multiplying every amount by k multiplies the money figures by k and leaves the paybacks alone', () => {
    // Amounts are in pence; rounding to the penny undoes binary floating point's error in x * k.
    const times = (x: number, k: number) => Math.round(x * k * 100) / 100;
    const scale = (s: Scenario, k: number): Scenario => ({
      ...s,
      schemes: s.schemes.map((x) => ({
        ...x,
        capital: x.capital.map((c) => ({ ...c, amount: times(c.amount, k) })),
        funding: x.funding.map((f) => ({ ...f, amount: times(f.amount, k) })),
        residualValue: times(x.residualValue, k),
        placements: x.placements && {
          ...x.placements,
          inHouseWeeklyCost: times(x.placements.inHouseWeeklyCost, k),
          externalWeeklyFee: times(x.placements.externalWeeklyFee, k),
        },
        block: x.block && {
          inHouseAnnualCost: times(x.block.inHouseAnnualCost, k),
          doNothingAnnualCost: times(x.block.doNothingAnnualCost, k),
        },
        otherSavings: x.otherSavings.map((o) => ({ ...o, annual: times(o.annual, k) })),
      })),
    });
    fc.assert(
      fc.property(small, fc.integer({ min: 2, max: 9 }), (s, k) => {
        const a = evaluateScenario(s).portfolio.figures;
        const b = evaluateScenario(scale(s, k)).portfolio.figures;
        const same = (x: Decimal, y: Decimal) => expect(x.minus(y).abs().lte(1e-9)).toBe(true);
        same(b.npv, a.npv.times(k));
        same(b.totalInvestment, a.totalInvestment.times(k));
        same(b.annualSavingYear1, a.annualSavingYear1.times(k));
        const y = (d: Decimal | null) => (d === null ? null : d.toDecimalPlaces(8).toNumber());
        expect(y(b.paybackYears)).toBe(y(a.paybackYears));
        expect(y(b.netPaybackYears)).toBe(y(a.netPaybackYears));
        expect(y(b.discountedPaybackYears)).toBe(y(a.discountedPaybackYears));
      }),
      { numRuns: 60 },
    );
  });
});
