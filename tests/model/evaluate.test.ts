/**
 * One test per arithmetic rule of MODEL.md, each on a scenario small enough to work out by hand.
 * Every expected value is MODEL.md's arithmetic written out in the comment beside it; none comes
 * from running the engine.
 *
 * A monthly saving is read off the cash position: the saving of month m is credited at t = m + 1,
 * so it is C(m + 1) − C(m) when nothing else happens at m + 1.
 */
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/model/decimal.ts';
import { evaluateDetailed, evaluateScenario, Evaluator, type Evaluation } from '../../src/model/evaluate.ts';
import { presetById } from '../../src/model/presets/index.ts';
import { toOutputJson } from '../../src/model/output.ts';
import type { Figures } from '../../src/model/result.ts';
import type { Placements, Scenario } from '../../src/model/scenario.ts';
import { capital, funding, saving, scenario, scheme } from './builders.ts';

/** C(t) of scheme i, exact */
const cash = (e: Evaluation, t: number, i = 0): Decimal => e.schemes[i]!.cash.exact(t);
/** the saving of month m of scheme i: credited at t = m + 1 */
const savingOfMonth = (e: Evaluation, m: number, i = 0): number =>
  cash(e, m + 1, i)
    .minus(cash(e, m, i))
    .toNumber();
const figures = (e: Evaluation, i = 0): Figures => e.schemes[i]!.result.figures;
/** a payback in years as a number (12 decimals are far finer than any expectation below) */
const yrs = (d: Decimal | null): number | null => (d === null ? null : d.toDecimalPlaces(12).toNumber());
const pounds = (d: Decimal): number => d.toDecimalPlaces(10).toNumber();

const placements = (p: Partial<Placements>): Placements => ({
  beds: 1,
  occupancy: 1,
  inHouseWeeklyCost: 0,
  externalWeeklyFee: 0,
  costBasis: 'perOccupiedBed',
  ...p,
});

describe('uplifts', () => {
  it('uplifts step on anniversaries of startMonth: month 11 vs 12, 23 vs 24', () => {
    const e = evaluateDetailed(
      scenario({
        horizonYears: 3,
        schemes: [
          scheme({
            placements: placements({ externalWeeklyFee: 1200, inHouseWeeklyCost: 300 }),
            feeInflation: 0.1,
            costInflation: 0.2,
          }),
          scheme({ id: 's2', block: { doNothingAnnualCost: 120_000, inHouseAnnualCost: 24_000 }, feeInflation: 0.1, costInflation: 0.2 }),
        ],
      }),
    );
    // placements, 1 bed full: 52/12 × (1200 × U(0.1, m) − 300 × U(0.2, m))
    expect(savingOfMonth(e, 0)).toBe(3900); // 52/12 × (1200 − 300) = 52/12 × 900 = 3,900
    expect(savingOfMonth(e, 11)).toBe(3900); // still year 0: U = 1
    expect(savingOfMonth(e, 12)).toBe(4160); // 52/12 × (1320 − 360) = 52/12 × 960 = 4,160
    expect(savingOfMonth(e, 23)).toBe(4160); // still year 1
    expect(savingOfMonth(e, 24)).toBe(4420); // 52/12 × (1452 − 432) = 52/12 × 1020 = 4,420
    // block: (120,000 × U(0.1, m) − 24,000 × U(0.2, m)) / 12
    expect(savingOfMonth(e, 11, 1)).toBe(8000); // (120,000 − 24,000) / 12 = 8,000
    expect(savingOfMonth(e, 12, 1)).toBe(8600); // (132,000 − 28,800) / 12 = 103,200 / 12 = 8,600
    expect(savingOfMonth(e, 23, 1)).toBe(8600);
    expect(savingOfMonth(e, 24, 1)).toBe(9220); // (145,200 − 34,560) / 12 = 110,640 / 12 = 9,220
  });

  it('other savings rise with costInflation on the same anniversaries', () => {
    const e = evaluateDetailed(scenario({ horizonYears: 2, schemes: [scheme({ otherSavings: [saving(12_000)], costInflation: 0.05 })] }));
    expect(savingOfMonth(e, 11)).toBe(1000); // 12,000 / 12
    expect(savingOfMonth(e, 12)).toBe(1050); // 12,000 × 1.05 / 12
  });
});

describe('capital', () => {
  it('capital spread across a year boundary: parts before month 12 at U = 1, after at U = 1 + r', () => {
    // 6,000 spread over 6 months from month 9 with capitalInflation 0.1:
    // 1,000 at t = 9, 10, 11 (U = 1) and 1,000 × 1.1 = 1,100 at t = 12, 13, 14
    const e = evaluateDetailed(scenario({ horizonYears: 2, schemes: [scheme({ capital: [capital(6000, 9, 6)], capitalInflation: 0.1 })] }));
    expect(cash(e, 8).toNumber()).toBe(0);
    expect(cash(e, 9).toNumber()).toBe(-1000);
    expect(cash(e, 11).toNumber()).toBe(-3000); // 3 × 1,000
    expect(cash(e, 12).toNumber()).toBe(-4100); // 3,000 + 1,100
    expect(cash(e, 14).toNumber()).toBe(-6300); // 3 × 1,000 + 3 × 1,100
    expect(cash(e, 24).toNumber()).toBe(-6300);
    expect(figures(e).totalInvestment.toNumber()).toBe(6300);
  });

  it('charges after N are not counted in totalInvestment', () => {
    // N = 12. The spread item charges 1,000 at t = 9, 10, 11 and 1,100 at t = 12 (= N, counted);
    // its t = 13, 14 parts and the whole item at month 13 fall after N.
    const e = evaluateDetailed(
      scenario({
        horizonYears: 1,
        schemes: [scheme({ capital: [capital(6000, 9, 6), capital(50_000, 13)], capitalInflation: 0.1 })],
      }),
    );
    expect(figures(e).totalInvestment.toNumber()).toBe(4100); // 3 × 1,000 + 1,100
    expect(cash(e, 12).toNumber()).toBe(-4100);
    expect(e.result.portfolio.figures.totalInvestment.toNumber()).toBe(4100);
  });
});

describe('funding', () => {
  // capital 10,000 at t = 0 (capitalInflation 0.1, which funding ignores), a 4,000 grant at month 3,
  // other savings 12,000 a year = 1,000 a month credited at t = m + 1; N = 12, undiscounted
  const withGrant = (perspective: Scenario['perspective']) =>
    evaluateDetailed(
      scenario({
        perspective,
        schemes: [
          scheme({ capital: [capital(10_000)], funding: [funding(4000, 3)], otherSavings: [saving(12_000)], capitalInflation: 0.1 }),
        ],
      }),
    );

  it('funding in the council perspective: an inflow at its month, not uplifted', () => {
    const e = withGrant('council');
    expect(cash(e, 2).toNumber()).toBe(-8000); // −10,000 + 2 × 1,000
    expect(cash(e, 3).toNumber()).toBe(-3000); // −10,000 + 3 × 1,000 + 4,000
    // C(t) = −6,000 + 1,000 t from t = 3: C(5) = −1,000, C(6) = 0 → t* = 6,
    // months = 5 + 1,000 / (0 − (−1,000)) = 6 → 6 / 12 = 0.5 years
    expect(yrs(figures(e).paybackYears)).toBe(0.5);
    expect(yrs(figures(e).discountedPaybackYears)).toBe(0.5);
    expect(figures(e).externalFunding.toNumber()).toBe(4000);
    // npv = D(12) = −10,000 + 12 × 1,000 + 4,000 = 6,000 (discount rate 0)
    expect(figures(e).npv.toNumber()).toBe(6000);
  });

  it('funding in the whole perspective: ignored in positions and paybacks, still in externalFunding', () => {
    const e = withGrant('whole');
    expect(cash(e, 3).toNumber()).toBe(-7000); // −10,000 + 3 × 1,000, no grant
    // C(t) = −10,000 + 1,000 t: C(9) = −1,000, C(10) = 0 → months = 9 + 1,000 / 1,000 = 10 → 10 / 12 years
    expect(yrs(figures(e).paybackYears)).toBeCloseTo(10 / 12, 12);
    expect(yrs(figures(e).discountedPaybackYears)).toBeCloseTo(10 / 12, 12);
    expect(figures(e).externalFunding.toNumber()).toBe(4000);
    expect(figures(e).npv.toNumber()).toBe(2000); // −10,000 + 12,000
    expect(e.result.portfolio.figures.externalFunding.toNumber()).toBe(4000);
  });

  it('funding after N is outside the horizon', () => {
    const e = evaluateDetailed(scenario({ schemes: [scheme({ funding: [funding(4000, 12), funding(9000, 13)] })] }));
    expect(figures(e).externalFunding.toNumber()).toBe(4000); // t = 12 = N counts, t = 13 does not
    expect(cash(e, 12).toNumber()).toBe(4000);
  });
});

describe('placements', () => {
  const p2 = { beds: 3, occupancy: 0.75, inHouseWeeklyCost: 3953, externalWeeklyFee: 5117 };

  it('perBed against perOccupiedBed: same inputs, different savings', () => {
    const e = evaluateDetailed(
      scenario({
        schemes: [
          scheme({ placements: placements({ ...p2, costBasis: 'perOccupiedBed' }) }),
          scheme({ id: 's2', placements: placements({ ...p2, costBasis: 'perBed' }) }),
        ],
      }),
    );
    // perOccupiedBed: 3 beds × 0.75 × 52/12 × (5117 − 3953) = 2.25 × 52/12 × 1164 = 11,349 a month
    expect(savingOfMonth(e, 0, 0)).toBe(11_349);
    expect(figures(e, 0).annualSavingYear1.toNumber()).toBe(136_188); // 12 × 11,349
    // perBed: 3 beds × 52/12 × (0.75 × 5117 − 3953) = 13 × (3837.75 − 3953) = 13 × −115.25 = −1,498.25 a month
    expect(savingOfMonth(e, 0, 1)).toBe(-1498.25);
    expect(figures(e, 1).annualSavingYear1.toNumber()).toBe(-17_979); // 12 × −1,498.25
  });

  it('perBed and perOccupiedBed agree at occupancy 1', () => {
    const full = { ...p2, occupancy: 1 };
    const e = evaluateDetailed(
      scenario({
        schemes: [
          scheme({ placements: placements({ ...full, costBasis: 'perOccupiedBed' }) }),
          scheme({ id: 's2', placements: placements({ ...full, costBasis: 'perBed' }) }),
        ],
      }),
    );
    // 3 × 52/12 × 1164 = 13 × 1164 = 15,132 a month either way
    expect(savingOfMonth(e, 0, 0)).toBe(15_132);
    expect(savingOfMonth(e, 0, 1)).toBe(15_132);
    expect(figures(e, 0).annualSavingYear1.toNumber()).toBe(181_584); // 12 × 15,132
    expect(figures(e, 1).annualSavingYear1.toNumber()).toBe(181_584);
  });
});

describe('otherSavings', () => {
  // openingMonth 3; each line 12,000 a year = 1,000 a month; N = 12 so months m < 12 count
  const lines = (fromMonth?: number) =>
    evaluateDetailed(scenario({ schemes: [scheme({ openingMonth: 3, otherSavings: [saving(12_000, fromMonth)] })] }));

  it('otherSavings without fromMonth save from openingMonth', () => {
    const e = lines(undefined);
    expect(cash(e, 3).toNumber()).toBe(0); // month 2 saves nothing
    expect(cash(e, 4).toNumber()).toBe(1000); // month 3 credited at t = 4
    expect(cash(e, 12).toNumber()).toBe(9000); // months 3 … 11: 9 × 1,000
    expect(figures(e).annualSavingYear1.toNumber()).toBe(12_000); // months 3 … 14
  });

  it('otherSavings with fromMonth earlier than openingMonth save from fromMonth', () => {
    // MODEL.md: "each otherSavings line, for m ≥ fromMonth (and m < N)", whatever the opening month
    const e = lines(1);
    expect(cash(e, 1).toNumber()).toBe(0);
    expect(cash(e, 2).toNumber()).toBe(1000); // month 1 credited at t = 2
    expect(cash(e, 12).toNumber()).toBe(11_000); // months 1 … 11
    // annualSavingYear1 is months openingMonth … openingMonth + 11 = 3 … 14, all saving
    expect(figures(e).annualSavingYear1.toNumber()).toBe(12_000);
  });

  it('otherSavings with fromMonth later than openingMonth save from fromMonth', () => {
    const e = lines(6);
    expect(cash(e, 6).toNumber()).toBe(0);
    expect(cash(e, 7).toNumber()).toBe(1000); // month 6 credited at t = 7
    expect(cash(e, 12).toNumber()).toBe(6000); // months 6 … 11
    expect(figures(e).annualSavingYear1.toNumber()).toBe(9000); // of months 3 … 14, months 6 … 14 save: 9 × 1,000
  });
});

describe('residual value', () => {
  it('residual appreciation: R(t) steps yearly and counts in the net payback, not the simple one', () => {
    // capital 100,000 at 0; 1,000 a month; residual 80,000 rising 25 % on each anniversary; N = 24
    const e = evaluateDetailed(
      scenario({
        horizonYears: 2,
        schemes: [scheme({ capital: [capital(100_000)], otherSavings: [saving(12_000)], residualValue: 80_000, assetAppreciation: 0.25 })],
      }),
    );
    const net = (t: number) => e.schemes[0]!.net.exact(t).toNumber();
    expect(net(0)).toBe(-20_000); // −100,000 + 80,000
    expect(net(11)).toBe(-9000); // −100,000 + 11,000 + 80,000 (R still 80,000 in month 11)
    expect(net(12)).toBe(12_000); // −100,000 + 12,000 + 80,000 × 1.25
    expect(net(24)).toBe(49_000); // −100,000 + 24,000 + 80,000 × 1.25² = −76,000 + 125,000
    // C(24) = −76,000 < 0: no simple payback
    expect(figures(e).paybackYears).toBeNull();
    // net crosses inside month 11: months = 11 + 9,000 / (12,000 − (−9,000)) = 11 + 3/7 = 80/7 → 80/84 = 20/21 years
    expect(yrs(figures(e).netPaybackYears)).toBeCloseTo(20 / 21, 12);
  });

  it('npv = D(N) + R(N) × F(N)', () => {
    // capital 100,000 at 0; residual 80,000 rising 25 % a year; discount rate 0.25; N = 12:
    // D(12) = −100,000; R(12) = 100,000; F(12) = 1 / 1.25 = 0.8 → npv = −100,000 + 80,000 = −20,000
    const e = evaluateDetailed(
      scenario({
        discountRate: 0.25,
        schemes: [scheme({ capital: [capital(100_000)], residualValue: 80_000, assetAppreciation: 0.25 })],
      }),
    );
    expect(pounds(figures(e).npv)).toBe(-20_000);
    expect(pounds(e.result.portfolio.figures.npv)).toBe(-20_000);
  });
});

describe('discounting', () => {
  it('discounting: a single flow at t = 12 is discounted by 1 / 1.035 exactly', () => {
    // capital 10,350 charged at t = 12: D(12) = −10,350 / 1.035 = −10,000
    const charge = evaluateDetailed(scenario({ discountRate: 0.035, schemes: [scheme({ capital: [capital(10_350, 12)] })] }));
    expect(charge.schemes[0]!.discounted.exact(11).toNumber()).toBe(0);
    expect(pounds(charge.schemes[0]!.discounted.exact(12))).toBe(-10_000);
    expect(pounds(figures(charge).npv)).toBe(-10_000);
    // a saving of month 11 (124,200 / 12 = 10,350, from month 11 only: m < N = 12) is credited at
    // t = 12, so it too is discounted by F(12): 10,350 / 1.035 = 10,000
    const credit = evaluateDetailed(scenario({ discountRate: 0.035, schemes: [scheme({ otherSavings: [saving(124_200, 11)] })] }));
    expect(pounds(credit.schemes[0]!.discounted.exact(12))).toBe(10_000);
  });

  it('generalInflation deflates too: F(t) = ((1 + r)(1 + g)) ^ (−t/12)', () => {
    // (1.035)(1.02) = 1.0557. A grant of 10,557 at t = 12 → 10,557 / 1.0557 = 10,000;
    // a grant of 10,557 × 1.0557 = 11,145.0249 at t = 24 → 11,145.0249 / 1.0557² = 10,000;
    // a grant of 10,000 at t = 6 → 10,000 × 1.0557^(−1/2), i.e. D² × 1.0557 = 10,000²
    const e = evaluateDetailed(
      scenario({
        horizonYears: 2,
        discountRate: 0.035,
        generalInflation: 0.02,
        schemes: [
          scheme({ funding: [funding(10_557, 12)] }),
          scheme({ id: 's2', funding: [funding(11_145.0249, 24)] }),
          scheme({ id: 's3', funding: [funding(10_000, 6)] }),
        ],
      }),
    );
    expect(pounds(e.schemes[0]!.discounted.exact(12))).toBe(10_000);
    expect(pounds(e.schemes[1]!.discounted.exact(24))).toBe(10_000);
    const d6 = e.schemes[2]!.discounted.exact(6);
    expect(d6.times(d6).times(1.0557).minus(100_000_000).abs().lessThan(1e-15)).toBe(true);
    // the cash position is not discounted
    expect(cash(e, 24, 1).toNumber()).toBe(11_145.0249);
  });
});

describe('payback', () => {
  it('interpolated payback: capital 1,000 at 0, saving 300 a month crosses inside month 3', () => {
    // C(t) = −1,000 + 300 t (the saving of month m is credited at t = m + 1):
    // C(3) = −100, C(4) = 200 → t* = 4, months = 3 + 100 / (200 − (−100)) = 3 + 1/3 = 10/3
    // payback = (10/3) / 12 = 10/36 = 5/18 years
    const e = evaluateDetailed(scenario({ schemes: [scheme({ capital: [capital(1000)], otherSavings: [saving(3600)] })] }));
    expect(cash(e, 3).toNumber()).toBe(-100);
    expect(cash(e, 4).toNumber()).toBe(200);
    expect(yrs(figures(e).paybackYears)).toBeCloseTo(5 / 18, 12);
    expect(yrs(figures(e).netPaybackYears)).toBeCloseTo(5 / 18, 12); // no residual value
    expect(yrs(figures(e).discountedPaybackYears)).toBeCloseTo(5 / 18, 12); // discount rate 0
    expect(toOutputJson(e.result).schemes[0]!.paybackYears).toBe(0.2778);
    expect(figures(e).breakEven).toBe('2021-07'); // 2021-04 + max(0, ceil(10/3) − 1) = + 3
  });

  it('interpolated payback takes the last crossing: a dip below zero again resets it', () => {
    // as above plus 1,000 more capital at month 6: C(5) = 500, C(6) = 800 − 1,000 = −200, C(7) = 100
    // → t* = 7, months = 6 + 200 / 300 = 20/3; payback = (20/3) / 12 = 5/9 years (t0 = 0)
    const e = evaluateDetailed(
      scenario({ schemes: [scheme({ capital: [capital(1000), capital(1000, 6)], otherSavings: [saving(3600)] })] }),
    );
    expect(cash(e, 6).toNumber()).toBe(-200);
    expect(yrs(figures(e).paybackYears)).toBeCloseTo(5 / 9, 12);
    expect(figures(e).breakEven).toBe('2021-10'); // 2021-04 + ceil(20/3) − 1 = + 6
  });

  it('no payback within the horizon: null, and breakEven null', () => {
    // capital 20,000, 1,000 a month, N = 12: C(12) = −8,000 < 0
    const e = evaluateDetailed(scenario({ schemes: [scheme({ capital: [capital(20_000)], otherSavings: [saving(12_000)] })] }));
    expect(cash(e, 12).toNumber()).toBe(-8000);
    expect(figures(e).paybackYears).toBeNull();
    expect(figures(e).netPaybackYears).toBeNull();
    expect(figures(e).discountedPaybackYears).toBeNull();
    expect(figures(e).breakEven).toBeNull();
    expect(figures(e).npv.toNumber()).toBe(-8000);
    const out = toOutputJson(e.result).schemes[0]!;
    expect(out.paybackYears).toBeNull();
    expect(out.breakEven).toBeNull();
  });

  it('a position that reaches exactly zero at N pays back at N', () => {
    // capital 12,000, 1,000 a month: C(11) = −1,000, C(12) = 0 → months = 11 + 1,000 / 1,000 = 12 → 1 year
    const e = evaluateDetailed(scenario({ schemes: [scheme({ capital: [capital(12_000)], otherSavings: [saving(12_000)] })] }));
    expect(yrs(figures(e).paybackYears)).toBe(1);
    expect(figures(e).breakEven).toBe('2022-03'); // 2021-04 + ceil(12) − 1 = + 11: it turns at the end of March 2022
  });
});

describe('t0', () => {
  it('a scheme whose first capital is not at month 0: payback counted from t0', () => {
    // capital 1,200 at month 6 (t0 = 6); opening 6, 300 a month credited from t = 7:
    // C(t) = −1,200 + 300 (t − 6): C(9) = −300, C(10) = 0 → months = 9 + 300 / 300 = 10
    // payback = (10 − 6) / 12 = 1/3 year; breakEven 2021-04 + ceil(10) − 1 = + 9 → 2022-01
    const e = evaluateDetailed(
      scenario({ horizonYears: 2, schemes: [scheme({ capital: [capital(1200, 6)], openingMonth: 6, otherSavings: [saving(3600)] })] }),
    );
    expect(e.schemes[0]!.t0).toBe(6);
    expect(yrs(figures(e).paybackYears)).toBeCloseTo(1 / 3, 12);
    expect(figures(e).breakEven).toBe('2022-01');
  });

  it('a scheme already in credit at its first capital month pays back at once: payback 0, breakEven at t0', () => {
    // 1,000 a month from month 0; capital 3,000 at month 6: C(6) = 6,000 − 3,000 = 3,000 ≥ 0 and rising
    // → payback 0; breakEven: months = t0 = 6 → 2021-04 + max(0, 6 − 1) = + 5 → 2021-09
    const e = evaluateDetailed(scenario({ schemes: [scheme({ capital: [capital(3000, 6)], otherSavings: [saving(12_000)] })] }));
    expect(cash(e, 6).toNumber()).toBe(3000);
    expect(yrs(figures(e).paybackYears)).toBe(0);
    expect(figures(e).breakEven).toBe('2021-09');
  });
});

describe('breakEven', () => {
  it('breakEven months: startMonth + max(0, ceil(months) − 1)', () => {
    const e = evaluateDetailed(
      scenario({
        startMonth: '2021-11',
        schemes: [
          // no capital, saving from month 0: C(0) = 0 ≥ 0 from t0 = 0 → payback 0, breakEven = startMonth
          scheme({ otherSavings: [saving(1200)] }),
          // crossing at 10/3 (as in the interpolated payback): 2021-11 + 3 = 2022-02, across the year end
          scheme({ id: 's2', capital: [capital(1000)], otherSavings: [saving(3600)] }),
          // crossing at exactly 5 (C(4) = −1,000, C(5) = 0): 2021-11 + 5 − 1 = 2022-03
          scheme({ id: 's3', capital: [capital(5000)], otherSavings: [saving(12_000)] }),
        ],
      }),
    );
    expect(yrs(figures(e, 0).paybackYears)).toBe(0);
    expect(figures(e, 0).breakEven).toBe('2021-11');
    expect(figures(e, 1).breakEven).toBe('2022-02');
    expect(yrs(figures(e, 2).paybackYears)).toBeCloseTo(5 / 12, 12);
    expect(figures(e, 2).breakEven).toBe('2022-03');
  });

  it("breakEven is '2021-04' when the payback is 0 from t0 = 0", () => {
    const r = evaluateScenario(scenario({ schemes: [scheme({ block: { doNothingAnnualCost: 450_000, inHouseAnnualCost: 411_840 } })] }));
    expect(r.schemes[0]!.figures.paybackYears?.toNumber()).toBe(0);
    expect(r.schemes[0]!.figures.breakEven).toBe('2021-04');
  });
});

describe('annualSavingYear1', () => {
  it('annualSavingYear1 is counted even past the horizon', () => {
    // opening 6, N = 12; 12,000 a year with costInflation 0.1:
    // months 6 … 11 at U = 1: 6 × 1,000 = 6,000; months 12 … 17 (past N) at U = 1.1: 6 × 1,100 = 6,600 → 12,600
    const e = evaluateDetailed(scenario({ schemes: [scheme({ openingMonth: 6, otherSavings: [saving(12_000)], costInflation: 0.1 })] }));
    expect(figures(e).annualSavingYear1.toNumber()).toBe(12_600);
    expect(cash(e, 12).toNumber()).toBe(6000); // only months 6 … 11 within the horizon
  });
});

describe('portfolio', () => {
  it('a disabled scheme is left out of the portfolio, keeps its own figures and enabled: false', () => {
    // A (enabled): capital 1,000 at month 2, opening 2, 300 a month → C(t) = −1,000 + 300 (t − 2) from t = 2:
    //   crossing at months 2 + 10/3 = 16/3, payback (16/3 − 2) / 12 = 5/18 years
    // B (disabled): capital 5,000 at month 0, 1,000 a month → crossing at 5, payback 5/12 years
    // portfolio = A alone, with t0 = A's 2 (not B's 0): payback 5/18; breakEven 2021-04 + ceil(16/3) − 1 = + 5
    const e = evaluateDetailed(
      scenario({
        schemes: [
          scheme({ capital: [capital(1000, 2)], openingMonth: 2, otherSavings: [saving(3600)] }),
          scheme({ id: 's2', enabled: false, capital: [capital(5000)], otherSavings: [saving(12_000)] }),
        ],
      }),
    );
    const p = e.result.portfolio;
    expect(p.t0).toBe(2);
    expect(p.figures.totalInvestment.toNumber()).toBe(1000);
    expect(p.figures.annualSavingYear1.toNumber()).toBe(3600);
    expect(yrs(p.figures.paybackYears)).toBeCloseTo(5 / 18, 12);
    expect(p.figures.breakEven).toBe('2021-09');
    expect(e.portfolio.cash.exact(12).toNumber()).toBe(2000); // −1,000 + 10 × 300 (months 2 … 11)
    expect(p.series.cash[12]).toBe(2000);
    // the disabled scheme's own figures
    expect(figures(e, 1).totalInvestment.toNumber()).toBe(5000);
    expect(yrs(figures(e, 1).paybackYears)).toBeCloseTo(5 / 12, 12);
    const out = toOutputJson(e.result);
    expect(out.schemes[1]).toMatchObject({ id: 's2', enabled: false, totalInvestment: 5000, paybackYears: 0.4167 });
    expect(out.portfolio.totalInvestment).toBe(1000);
  });

  it('the empty portfolio (all schemes off): zero totals and a zero position throughout', () => {
    const e = evaluateDetailed(
      scenario({
        schemes: [
          scheme({ enabled: false, capital: [capital(1000)], otherSavings: [saving(3600)], residualValue: 500 }),
          scheme({ id: 's2', enabled: false, funding: [funding(700, 1)] }),
        ],
      }),
    );
    const p = e.result.portfolio;
    expect(p.t0).toBe(0);
    expect(p.figures.totalInvestment.toNumber()).toBe(0);
    expect(p.figures.externalFunding.toNumber()).toBe(0);
    expect(p.figures.annualSavingYear1.toNumber()).toBe(0);
    expect(p.figures.npv.toNumber()).toBe(0);
    for (const t of [0, 6, 12]) {
      expect(e.portfolio.cash.exact(t).toNumber()).toBe(0);
      expect(e.portfolio.net.exact(t).toNumber()).toBe(0);
      expect(e.portfolio.discounted.exact(t).toNumber()).toBe(0);
    }
    expect([...p.series.cash]).toEqual(new Array(13).fill(0));
    // MODEL.md's payback rule on S ≡ 0: S(N) = 0 is not < 0, and S(u) ≥ 0 from t0 = 0 on, so t* = t0
    // and the payback is 0, breakEven startMonth. (The output example in MODEL.md shows nulls for its
    // placeholder portfolio; the rule, not the placeholder, is what is checked here.)
    expect(yrs(p.figures.paybackYears)).toBe(0);
    expect(p.figures.breakEven).toBe('2021-04');
    // the schemes themselves are still evaluated
    expect(e.result.schemes[0]!.figures.totalInvestment.toNumber()).toBe(1000);
  });
});

describe('evaluateInSteps', () => {
  it('yields once per scheme worked out afresh, and gives what evaluate gives', () => {
    const leics = presetById('leics-2021')!.scenario;
    const stepped = new Evaluator();
    const count = (steps: Generator<void, Evaluation, void>) => {
      let yields = 0;
      for (;;) {
        const step = steps.next();
        if (step.done) return { yields, evaluation: step.value };
        yields += 1;
      }
    };
    const cold = count(stepped.evaluateInSteps(leics));
    expect(cold.yields).toBe(leics.schemes.length);
    expect(toOutputJson(cold.evaluation.result)).toEqual(toOutputJson(evaluateScenario(leics)));
    // one scheme moved: one scheme worked out, one yield
    const moved = { ...leics, schemes: leics.schemes.map((s, i) => (i === 1 ? { ...s, feeInflation: 0.08 } : s)) };
    const warm = count(stepped.evaluateInSteps(moved));
    expect(warm.yields).toBe(1);
    expect(toOutputJson(warm.evaluation.result)).toEqual(toOutputJson(evaluateScenario(moved)));
    // a new discount rate moves every scheme
    expect(count(stepped.evaluateInSteps({ ...moved, discountRate: 0.05 })).yields).toBe(leics.schemes.length);
  });
});
