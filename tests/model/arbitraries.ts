/**
 * fast-check arbitraries for valid scenarios: every value they make passes restoreScenario unchanged.
 * Shared by the property tests (restore, evaluate, share, storage).
 *
 * Values are what an officer could type: money to the penny (or whole pounds for fees and costs),
 * rates in basis points, occupancy in tenths of a percent; months stay mostly inside the horizon
 * but sometimes run a little past it (MODEL.md: charges after N are not counted). Number ranges sit
 * inside restore.ts's bounds, and no -0 is ever made (JSON would turn it into 0).
 */
import DecimalJs from 'decimal.js';
import fc from 'fast-check';
import {
  COST_BASES,
  PERSPECTIVES,
  SCENARIO_VERSION,
  SCHEME_KINDS,
  type Block,
  type CapitalItem,
  type FundingItem,
  type OtherSaving,
  type Placements,
  type Scenario,
  type Scheme,
} from '../../src/model/scenario.ts';
import { NOTE_LENGTH } from '../../src/model/fieldRules.ts';

/** Plain objects, like JSON.parse makes (fast-check would otherwise make some with a null prototype). */
const PLAIN = { noNullPrototype: true } as const;

/** Pounds and pence from `min` to `max` pounds. */
export const arbMoney = (min: number, max: number): fc.Arbitrary<number> =>
  fc.integer({ min: Math.round(min * 100), max: Math.round(max * 100) }).map((pence) => pence / 100);

/** A rate as a fraction, in whole basis points: 0.035 = 3.5 %. */
export const arbRate = (minPercent = -10, maxPercent = 15): fc.Arbitrary<number> =>
  fc.integer({ min: minPercent * 100, max: maxPercent * 100 }).map((basisPoints) => basisPoints / 10_000);

export const arbLabel: fc.Arbitrary<string> = fc.string({ maxLength: 40 });

/** The money and rates a generated scheme is made of. */
export interface Amounts {
  capital: fc.Arbitrary<number>;
  funding: fc.Arbitrary<number>;
  residual: fc.Arbitrary<number>;
  /** capital, fee and cost inflation */
  inflation: fc.Arbitrary<number>;
  appreciation: fc.Arbitrary<number>;
  beds: fc.Arbitrary<number>;
  weekly: fc.Arbitrary<number>;
  annual: fc.Arbitrary<number>;
  otherSaving: fc.Arbitrary<number>;
}

/** What an officer would type for a children's home. */
export const ORDINARY: Amounts = {
  capital: arbMoney(0, 2_000_000),
  funding: arbMoney(0, 1_000_000),
  residual: arbMoney(0, 2_000_000),
  inflation: arbRate(0, 10),
  appreciation: arbRate(-5, 10),
  beds: fc.integer({ min: 0, max: 12 }),
  weekly: fc.integer({ min: 0, max: 15_000 }),
  annual: arbMoney(0, 2_000_000),
  otherSaving: arbMoney(-200_000, 500_000),
};

/** A value at either end of its range, or anywhere between. */
const edges = (min: number, max: number, between: fc.Arbitrary<number>): fc.Arbitrary<number> =>
  fc.oneof(fc.constantFrom(min, max), between);

/** The largest the app accepts (src/model/fieldRules.ts): £10bn items, 1,000 beds at £1m a week, rates of −50 % and 100 % a year. */
export const EXTREME: Amounts = {
  capital: edges(0, 1e10, arbMoney(0, 1e10)),
  funding: edges(0, 1e10, arbMoney(0, 1e10)),
  residual: edges(0, 1e10, arbMoney(0, 1e10)),
  inflation: edges(-0.5, 1, arbRate(-50, 100)),
  appreciation: edges(-0.5, 1, arbRate(-50, 100)),
  beds: edges(0, 1000, fc.integer({ min: 0, max: 1000 })),
  weekly: edges(0, 1e6, arbMoney(0, 1e6)),
  annual: edges(0, 1e9, arbMoney(0, 1e9)),
  otherSaving: edges(-1e9, 1e9, arbMoney(-1e9, 1e9)),
};

/** A month index from 0 to a little past the horizon of `horizonMonths`, never past 480. */
export const arbMonth = (horizonMonths: number): fc.Arbitrary<number> => fc.integer({ min: 0, max: Math.min(480, horizonMonths + 24) });

/**
 * A capital spread: mostly 1 … 60 months, so that schemes mix many unrelated divisors (17, 19, 23, 29 …)
 * and their common multiple passes 2^53; sometimes as long as 480.
 */
export const arbSpread: fc.Arbitrary<number> = fc.oneof(
  { arbitrary: fc.constant(1), weight: 2 },
  { arbitrary: fc.integer({ min: 1, max: 60 }), weight: 6 },
  { arbitrary: fc.integer({ min: 1, max: 480 }), weight: 1 },
);

export const arbCapitalItem = (horizonMonths: number, amounts: Amounts = ORDINARY): fc.Arbitrary<CapitalItem> =>
  fc.record(
    {
      label: arbLabel,
      amount: amounts.capital,
      month: arbMonth(horizonMonths),
      spreadMonths: arbSpread,
    },
    PLAIN,
  );

export const arbFundingItem = (horizonMonths: number, amounts: Amounts = ORDINARY): fc.Arbitrary<FundingItem> =>
  fc.record({ label: arbLabel, amount: amounts.funding, month: arbMonth(horizonMonths) }, PLAIN);

export const arbPlacementsOf = (amounts: Amounts): fc.Arbitrary<Placements> =>
  fc.record(
    {
      beds: amounts.beds,
      occupancy: fc.integer({ min: 0, max: 1000 }).map((perMille) => perMille / 1000),
      inHouseWeeklyCost: amounts.weekly,
      externalWeeklyFee: amounts.weekly,
      costBasis: fc.constantFrom(...COST_BASES),
    },
    PLAIN,
  );

export const arbPlacements: fc.Arbitrary<Placements> = arbPlacementsOf(ORDINARY);

export const arbBlockOf = (amounts: Amounts): fc.Arbitrary<Block> =>
  fc.record({ inHouseAnnualCost: amounts.annual, doNothingAnnualCost: amounts.annual }, PLAIN);

export const arbBlock: fc.Arbitrary<Block> = arbBlockOf(ORDINARY);

/** `fromMonth` is left out about half the time (it then equals the scheme's openingMonth). */
export const arbOtherSaving = (horizonMonths: number, amounts: Amounts = ORDINARY): fc.Arbitrary<OtherSaving> =>
  fc.record(
    { label: arbLabel, annual: amounts.otherSaving, fromMonth: arbMonth(horizonMonths) },
    { ...PLAIN, requiredKeys: ['label', 'annual'] },
  );

export const arbSchemeId: fc.Arbitrary<string> = fc.stringMatching(/^[a-z][a-z0-9-]{0,11}$/);

export const arbScheme = (id: string, horizonMonths: number, amounts: Amounts = ORDINARY): fc.Arbitrary<Scheme> =>
  fc.record(
    {
      id: fc.constant(id),
      name: fc.string({ maxLength: 60 }),
      kind: fc.constantFrom(...SCHEME_KINDS),
      enabled: fc.boolean(),
      capital: fc.array(arbCapitalItem(horizonMonths, amounts), { maxLength: 4 }),
      funding: fc.array(arbFundingItem(horizonMonths, amounts), { maxLength: 3 }),
      capitalInflation: amounts.inflation,
      residualValue: amounts.residual,
      assetAppreciation: amounts.appreciation,
      openingMonth: arbMonth(horizonMonths),
      placements: fc.option(arbPlacementsOf(amounts), { nil: null }),
      block: fc.option(arbBlockOf(amounts), { nil: null }),
      otherSavings: fc.array(arbOtherSaving(horizonMonths, amounts), { maxLength: 3 }),
      feeInflation: amounts.inflation,
      costInflation: amounts.inflation,
    },
    PLAIN,
  );

export interface ScenarioShape {
  minSchemes?: number;
  maxSchemes?: number;
  minHorizonYears?: number;
  maxHorizonYears?: number;
  amounts?: Amounts;
  /** the discount rate and general inflation, in per cent */
  discountPercent?: [min: number, max: number];
  inflationPercent?: [min: number, max: number];
}

/** Valid scenarios of a chosen size; `arbScenario` is the usual one. */
export const scenarioArbitrary = ({
  minSchemes = 1,
  maxSchemes = 6,
  minHorizonYears = 1,
  maxHorizonYears = 40,
  amounts = ORDINARY,
  discountPercent = [0, 10],
  inflationPercent = [0, 5],
}: ScenarioShape = {}): fc.Arbitrary<Scenario> =>
  fc.integer({ min: minHorizonYears, max: maxHorizonYears }).chain((horizonYears) => {
    const horizonMonths = 12 * horizonYears;
    const schemes = fc
      .uniqueArray(arbSchemeId, { minLength: minSchemes, maxLength: maxSchemes })
      .chain((ids) => fc.tuple(...ids.map((id) => arbScheme(id, horizonMonths, amounts))));
    return fc.record(
      {
        version: fc.constant(SCENARIO_VERSION),
        name: fc.string({ maxLength: 80 }),
        startMonth: fc
          .tuple(fc.integer({ min: 2000, max: 2040 }), fc.integer({ min: 1, max: 12 }))
          .map(([year, month]) => `${year}-${String(month).padStart(2, '0')}`),
        horizonYears: fc.constant(horizonYears),
        discountRate: edgesOf(discountPercent),
        generalInflation: edgesOf(inflationPercent),
        perspective: fc.constantFrom(...PERSPECTIVES),
        schemes,
      },
      PLAIN,
    );
  });

/** a rate in a range of per cent: either end of it, or anywhere between, in basis points */
function edgesOf([min, max]: [number, number]): fc.Arbitrary<number> {
  return fc.oneof({ arbitrary: fc.constantFrom(min / 100, max / 100), weight: 1 }, { arbitrary: arbRate(min, max), weight: 4 });
}

/** A valid scenario: 1–6 schemes mixing placements, block, other savings, capital and funding. */
export const arbScenario: fc.Arbitrary<Scenario> = scenarioArbitrary();

/**
 * A scheme whose cash position is exactly zero at the horizon N, made one of two ways:
 *
 * - *balanced*: no uplifts, every capital line charged in full by N, and every saving running a
 *   whole number of years to N, so that C(N) is a decimal worked out here exactly; then lines that
 *   take it to zero (a capital item at any month, or a saving over the last year);
 * - *twins*: an item of 12 × Y × a charged evenly over all N = 12 × Y months, and a saving of a
 *   year from month 0, both rising at the same rate: C(N) = (a / 12 − a / 12) × W(N) = 0.
 */
export const arbZeroScheme = (id: string, horizonMonths: number): fc.Arbitrary<Scheme> => {
  const N = horizonMonths;
  const years = N / 12;
  // a month a whole number of years before N
  const yearStart = fc.integer({ min: 0, max: years - 1 }).map((y) => 12 * y);
  const item = fc.integer({ min: 0, max: N }).chain((month) =>
    fc.record(
      {
        label: arbLabel,
        amount: arbMoney(0, 2_000_000),
        month: fc.constant(month),
        spreadMonths: arbSpread.map((k) => Math.min(k, N + 1 - month)),
      },
      PLAIN,
    ),
  );
  const balanced = fc
    .record({
      scheme: arbScheme(id, horizonMonths),
      capital: fc.array(item, { maxLength: 4 }),
      opening: yearStart,
      savings: fc.array(fc.record({ label: arbLabel, annual: arbMoney(-200_000, 500_000), fromMonth: yearStart }, PLAIN), { maxLength: 3 }),
      balanceMonth: fc.integer({ min: 0, max: N }),
    })
    .map(({ scheme, capital, opening, savings, balanceMonth }) => {
      const s: Scheme = {
        ...scheme,
        capital,
        openingMonth: opening,
        otherSavings: savings,
        capitalInflation: 0,
        feeInflation: 0,
        costInflation: 0,
        enabled: true,
      };
      return balance(s, N, balanceMonth);
    });
  const twins = fc
    .record({ scheme: arbScheme(id, horizonMonths), annual: arbMoney(1, 200_000), rate: arbRate(-10, 15) })
    .map(({ scheme, annual, rate }): Scheme => ({
      ...scheme,
      enabled: true,
      capital: [{ label: 'twin', amount: Math.round(annual * 100 * years) / 100, month: 0, spreadMonths: N }],
      funding: [],
      openingMonth: 0,
      placements: null,
      block: null,
      otherSavings: [{ label: 'twin', annual, fromMonth: 0 }],
      capitalInflation: rate,
      costInflation: rate,
    }));
  return fc.oneof(balanced, twins);
};

const Exact = DecimalJs.clone({ precision: 80 });

/** `s` (no uplifts, capital charged in full by N, savings whole years to N) with lines that make C(N) exactly 0 */
function balance(s: Scheme, N: number, month: number): Scheme {
  const yearsTo = (from: number) => Math.max(0, N - from) / 12;
  let c = new Exact(0);
  for (const item of s.capital) c = c.minus(item.amount);
  for (const f of s.funding) if (f.month <= N) c = c.plus(f.amount);
  const p = s.placements;
  if (p) {
    const beds = new Exact(p.beds).times(52);
    const fee = beds.times(p.occupancy).times(p.externalWeeklyFee);
    const cost = beds.times(p.costBasis === 'perOccupiedBed' ? p.occupancy : 1).times(p.inHouseWeeklyCost);
    c = c.plus(fee.minus(cost).times(yearsTo(s.openingMonth)));
  }
  if (s.block) c = c.plus(new Exact(s.block.doNothingAnnualCost).minus(s.block.inHouseAnnualCost).times(yearsTo(s.openingMonth)));
  for (const o of s.otherSavings) c = c.plus(new Exact(o.annual).times(yearsTo(o.fromMonth ?? s.openingMonth)));
  // C(N) > 0: charge it at `month`, in items of at most £10bn; else save it over the last year
  const capital = [...s.capital];
  const otherSavings = [...s.otherSavings];
  for (let rest = c; !rest.isZero();) {
    const part = rest.isPositive() ? DecimalJs.min(rest, 1e10) : DecimalJs.max(rest, -1e9);
    if (rest.isPositive()) capital.push({ label: 'balance', amount: part.toNumber(), month, spreadMonths: 1 });
    else otherSavings.push({ label: 'balance', annual: part.negated().toNumber(), fromMonth: N - 12 });
    rest = rest.minus(part);
  }
  return { ...s, capital, otherSavings };
}

/** 1–4 schemes, every one exactly zero at the horizon (so the portfolio is too), 1–40 years, in the council's perspective. */
export const arbZeroAtHorizon: fc.Arbitrary<Scenario> = fc.integer({ min: 1, max: 40 }).chain((horizonYears) =>
  fc
    .uniqueArray(arbSchemeId, { minLength: 1, maxLength: 4 })
    .chain((ids) => fc.tuple(...ids.map((id) => arbZeroScheme(id, 12 * horizonYears))))
    .map((schemes): Scenario => ({
      version: SCENARIO_VERSION,
      name: 'zero at the horizon',
      startMonth: '2021-04',
      horizonYears,
      discountRate: 0.035,
      generalInflation: 0,
      perspective: 'council',
      schemes,
    })),
);

/** one scheme replaced by an edited copy, as the app does while a slider moves or a switch flips */
export const arbEdit = fc.record({
  pick: fc.nat(),
  kind: fc.constantFrom('occupancy', 'residual', 'enabled', 'capital'),
  value: fc.integer({ min: 0, max: 1000 }),
});
export const edited = (s: Scenario, { pick, kind, value }: { pick: number; kind: string; value: number }): Scenario => {
  const i = pick % s.schemes.length;
  const x = s.schemes[i]!;
  let y: Scheme;
  if (kind === 'occupancy' && x.placements) y = { ...x, placements: { ...x.placements, occupancy: value / 1000 } };
  else if (kind === 'enabled') y = { ...x, enabled: !x.enabled };
  else if (kind === 'capital' && x.capital.length > 0)
    y = { ...x, capital: [{ ...x.capital[0]!, amount: value * 1000 }, ...x.capital.slice(1)] };
  else y = { ...x, residualValue: value * 100 };
  return { ...s, schemes: s.schemes.map((z, j) => (j === i ? y : z)) };
};

/** A note as an officer writes it: any text up to NOTE_LENGTH with something in it (restore leaves a blank one out). */
export const arbNote: fc.Arbitrary<string> = fc
  .oneof(
    fc.string({ minLength: 1, maxLength: 80 }),
    fc.string({ unit: 'grapheme', minLength: 1, maxLength: 300 }),
    fc.constant('x'.repeat(NOTE_LENGTH)),
  )
  .filter((note) => note.trim() !== '' && note.length <= NOTE_LENGTH);

/** `arbScenario` with a note, or none, on the scenario and on each scheme (version 2). */
export const arbNotedScenario: fc.Arbitrary<Scenario> = arbScenario.chain((scenario) =>
  fc
    .tuple(fc.option(arbNote, { nil: undefined }), fc.tuple(...scenario.schemes.map(() => fc.option(arbNote, { nil: undefined }))))
    .map(([note, notes]) => {
      const noted = <T extends Scenario | Scheme>(owner: T, text: string | undefined): T =>
        text === undefined ? owner : { ...owner, note: text };
      return noted({ ...scenario, schemes: scenario.schemes.map((scheme, i) => noted(scheme, notes[i])) }, note);
    }),
);
