/**
 * The largest scenarios the app accepts, for the table and CSV benchmark (scripts/bench-table.mjs) and
 * its browser test (tests/e2e/yearlyTable.spec.ts): 500 schemes (the most there may be) over 40 years,
 * each with capital items spread over many months.
 *
 * - `linkScenario()`: as a share link of 14,557 characters, under LINK_MAX_LENGTH (16,000), like the
 *   14,485-character link of the attack review.
 * - `fileScenario()`: as a scenario file of 4.66 MB, under the 5 MB a file may be: 100 capital items a
 *   scheme (the most there may be) and 70 other savings from as many months, some 86,000 streams.
 *
 * Generated from fixed seeds, so every run measures the same thing.
 */
import { SCENARIO_VERSION, type CapitalItem, type Scenario, type Scheme } from '../../src/model/scenario.ts';
import { random } from './bigScenario.ts';

/**
 * Spreads of 24 to 480 months that divide 720,720: many different divisors, yet a common denominator
 * the engine's plain-number lcm keeps exact (spreads with a larger common multiple overflow it).
 */
const SPREADS = Array.from({ length: 457 }, (_, i) => i + 24).filter((months) => 720_720 % months === 0);

export interface LargeShape {
  schemes: number;
  /** capital items per scheme */
  capitalItems: number;
  /** other-saving lines per scheme, each from its own month */
  savingLines: number;
  /** items are drawn from a pool of this many (a link's: deflate folds the repeats), or each made afresh (0) */
  pool: number;
  seed: number;
}

export function largeScenario({ schemes: count, capitalItems, savingLines, pool, seed }: LargeShape): Scenario {
  const r = random(seed);
  const pick = (lo: number, hi: number, step = 1) => lo + Math.round((r() * (hi - lo)) / step) * step;
  // long spreads, months and spreads all over the horizon: many years each, and different divisors
  const item = (): CapitalItem => ({
    label: '',
    amount: pick(10_000, 900_000, 10_000),
    month: pick(0, 240),
    spreadMonths: SPREADS[pick(0, SPREADS.length - 1)]!,
  });
  const items = Array.from({ length: pool }, item);
  const schemes: Scheme[] = [];
  for (let i = 0; i < count; i++) {
    const capital = Array.from({ length: capitalItems }, () => (pool ? items[pick(0, pool - 1)]! : item()));
    schemes.push({
      id: `s${i + 1}`,
      name: `Home ${i + 1}`,
      kind: 'home',
      enabled: true,
      capital,
      funding: [],
      capitalInflation: pick(0, 0.06, 0.005),
      residualValue: 0,
      assetAppreciation: 0,
      openingMonth: pick(0, 24),
      placements: { beds: 4, occupancy: 0.75, inHouseWeeklyCost: 3000, externalWeeklyFee: 5000, costBasis: 'perOccupiedBed' },
      block: null,
      otherSavings: Array.from({ length: savingLines }, () => ({ label: '', annual: pick(1_000, 40_000, 1000), fromMonth: pick(0, 479) })),
      feeInflation: 0.03,
      costInflation: 0.025,
    });
  }
  return {
    version: SCENARIO_VERSION,
    name: `Largest: ${count} schemes, ${capitalItems} capital items each, 40 years`,
    startMonth: '2021-10',
    horizonYears: 40,
    discountRate: 0.035,
    generalInflation: 0.02,
    perspective: 'council',
    schemes,
  };
}

/** 500 schemes of 8 capital items with long spreads, drawn from 16: a link of 14,557 characters */
export const linkScenario = (): Scenario => largeScenario({ schemes: 500, capitalItems: 8, savingLines: 0, pool: 16, seed: 20250101 });

/** 500 schemes of 100 capital items and 70 other savings each: a file of 4.66 MB */
export const fileScenario = (): Scenario => largeScenario({ schemes: 500, capitalItems: 100, savingLines: 70, pool: 0, seed: 20250102 });

/** A scenario file as the app reads it, without the indentation the app writes (the 5 MB limit counts every byte) */
export const scenarioFile = (scenario: Scenario): string =>
  JSON.stringify({
    format: 'payback-explorer',
    kind: 'scenario',
    version: 1,
    exportedAt: '2025-01-01T00:00:00.000Z',
    presetId: null,
    scenario,
  });
