/**
 * fast-check arbitraries for valid scenarios: every value they make passes restoreScenario unchanged.
 * Shared by the property tests (restore, evaluate, share, storage).
 *
 * Values are what an officer could type: money to the penny (or whole pounds for fees and costs),
 * rates in basis points, occupancy in tenths of a percent; months stay mostly inside the horizon
 * but sometimes run a little past it (MODEL.md: charges after N are not counted). Number ranges sit
 * inside restore.ts's bounds, and no -0 is ever made (JSON would turn it into 0).
 */
import fc from 'fast-check';
import {
  COST_BASES,
  PERSPECTIVES,
  SCHEME_KINDS,
  type Block,
  type CapitalItem,
  type FundingItem,
  type OtherSaving,
  type Placements,
  type Scenario,
  type Scheme,
} from '../../src/model/scenario.ts';

/** Plain objects, like JSON.parse makes (fast-check would otherwise make some with a null prototype). */
const PLAIN = { noNullPrototype: true } as const;

/** Pounds and pence from `min` to `max` pounds. */
export const arbMoney = (min: number, max: number): fc.Arbitrary<number> =>
  fc.integer({ min: Math.round(min * 100), max: Math.round(max * 100) }).map((pence) => pence / 100);

/** A rate as a fraction, in whole basis points: 0.035 = 3.5 %. */
export const arbRate = (minPercent = -10, maxPercent = 15): fc.Arbitrary<number> =>
  fc.integer({ min: minPercent * 100, max: maxPercent * 100 }).map((basisPoints) => basisPoints / 10_000);

export const arbLabel: fc.Arbitrary<string> = fc.string({ maxLength: 40 });

/** A month index from 0 to a little past the horizon of `horizonMonths`, never past 480. */
export const arbMonth = (horizonMonths: number): fc.Arbitrary<number> =>
  fc.integer({ min: 0, max: Math.min(480, horizonMonths + 24) });

export const arbCapitalItem = (horizonMonths: number): fc.Arbitrary<CapitalItem> =>
  fc.record({
    label: arbLabel,
    amount: arbMoney(0, 2_000_000),
    month: arbMonth(horizonMonths),
    spreadMonths: fc.oneof(fc.constant(1), fc.integer({ min: 1, max: 36 })),
  }, PLAIN);

export const arbFundingItem = (horizonMonths: number): fc.Arbitrary<FundingItem> =>
  fc.record({ label: arbLabel, amount: arbMoney(0, 1_000_000), month: arbMonth(horizonMonths) }, PLAIN);

export const arbPlacements: fc.Arbitrary<Placements> = fc.record({
  beds: fc.integer({ min: 0, max: 12 }),
  occupancy: fc.integer({ min: 0, max: 1000 }).map((perMille) => perMille / 1000),
  inHouseWeeklyCost: fc.integer({ min: 0, max: 10_000 }),
  externalWeeklyFee: fc.integer({ min: 0, max: 15_000 }),
  costBasis: fc.constantFrom(...COST_BASES),
}, PLAIN);

export const arbBlock: fc.Arbitrary<Block> = fc.record({
  inHouseAnnualCost: arbMoney(0, 2_000_000),
  doNothingAnnualCost: arbMoney(0, 2_000_000),
}, PLAIN);

/** `fromMonth` is left out about half the time (it then equals the scheme's openingMonth). */
export const arbOtherSaving = (horizonMonths: number): fc.Arbitrary<OtherSaving> =>
  fc.record(
    { label: arbLabel, annual: arbMoney(-200_000, 500_000), fromMonth: arbMonth(horizonMonths) },
    { ...PLAIN, requiredKeys: ['label', 'annual'] },
  );

export const arbSchemeId: fc.Arbitrary<string> = fc.stringMatching(/^[a-z][a-z0-9-]{0,11}$/);

export const arbScheme = (id: string, horizonMonths: number): fc.Arbitrary<Scheme> =>
  fc.record({
    id: fc.constant(id),
    name: fc.string({ maxLength: 60 }),
    kind: fc.constantFrom(...SCHEME_KINDS),
    enabled: fc.boolean(),
    capital: fc.array(arbCapitalItem(horizonMonths), { maxLength: 4 }),
    funding: fc.array(arbFundingItem(horizonMonths), { maxLength: 3 }),
    capitalInflation: arbRate(0, 10),
    residualValue: arbMoney(0, 2_000_000),
    assetAppreciation: arbRate(-5, 10),
    openingMonth: arbMonth(horizonMonths),
    placements: fc.option(arbPlacements, { nil: null }),
    block: fc.option(arbBlock, { nil: null }),
    otherSavings: fc.array(arbOtherSaving(horizonMonths), { maxLength: 3 }),
    feeInflation: arbRate(0, 10),
    costInflation: arbRate(0, 10),
  }, PLAIN);

export interface ScenarioShape {
  minSchemes?: number;
  maxSchemes?: number;
  maxHorizonYears?: number;
}

/** Valid scenarios of a chosen size; `arbScenario` is the usual one. */
export const scenarioArbitrary = ({
  minSchemes = 1,
  maxSchemes = 6,
  maxHorizonYears = 40,
}: ScenarioShape = {}): fc.Arbitrary<Scenario> =>
  fc.integer({ min: 1, max: maxHorizonYears }).chain((horizonYears) => {
    const horizonMonths = 12 * horizonYears;
    const schemes = fc
      .uniqueArray(arbSchemeId, { minLength: minSchemes, maxLength: maxSchemes })
      .chain((ids) => fc.tuple(...ids.map((id) => arbScheme(id, horizonMonths))));
    return fc.record({
      version: fc.constant(1 as const),
      name: fc.string({ maxLength: 80 }),
      startMonth: fc
        .tuple(fc.integer({ min: 2000, max: 2040 }), fc.integer({ min: 1, max: 12 }))
        .map(([year, month]) => `${year}-${String(month).padStart(2, '0')}`),
      horizonYears: fc.constant(horizonYears),
      discountRate: arbRate(0, 10),
      generalInflation: arbRate(0, 5),
      perspective: fc.constantFrom(...PERSPECTIVES),
      schemes,
    }, PLAIN);
  });

/** A valid scenario: 1–6 schemes mixing placements, block, other savings, capital and funding. */
export const arbScenario: fc.Arbitrary<Scenario> = scenarioArbitrary();
