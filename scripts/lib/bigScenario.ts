/**
 * The benchmark scenario: 100 schemes over 40 years, generated from a fixed seed so every run
 * (and the browser benchmark) measures the same thing.
 */
import { SCENARIO_VERSION, type Scenario, type Scheme } from '../../src/model/scenario.ts';

/** mulberry32: a tiny seeded generator, so the scenario is the same on every machine */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function bigScenario(schemeCount = 100, horizonYears = 40, seed = 20210309): Scenario {
  const r = random(seed);
  const pick = (lo: number, hi: number, step = 1) => lo + Math.round((r() * (hi - lo)) / step) * step;
  const schemes: Scheme[] = [];
  for (let i = 0; i < schemeCount; i++) {
    const opening = pick(0, 24);
    schemes.push({
      id: `s${i + 1}`,
      name: `Home ${i + 1}`,
      kind: i % 10 === 9 ? 'team' : 'home',
      enabled: true,
      capital: [
        { label: 'Purchase', amount: pick(250_000, 900_000, 1000), month: pick(0, 12), spreadMonths: 1 },
        { label: 'Works', amount: pick(10_000, 150_000, 1000), month: pick(0, 18), spreadMonths: pick(1, 18) },
      ],
      funding: i % 4 === 0 ? [{ label: 'DfE', amount: pick(50_000, 300_000, 1000), month: pick(0, 12) }] : [],
      capitalInflation: pick(0, 0.06, 0.005),
      residualValue: pick(200_000, 800_000, 1000),
      assetAppreciation: pick(0, 0.04, 0.005),
      openingMonth: opening,
      placements: {
        beds: pick(2, 6),
        occupancy: pick(0.5, 1, 0.05),
        inHouseWeeklyCost: pick(2500, 4500, 10),
        externalWeeklyFee: pick(4000, 7000, 10),
        costBasis: i % 3 === 0 ? 'perBed' : 'perOccupiedBed',
      },
      block: i % 5 === 0 ? { inHouseAnnualCost: pick(200_000, 400_000, 1000), doNothingAnnualCost: pick(300_000, 600_000, 1000) } : null,
      otherSavings: [
        { label: 'Social work time', annual: pick(10_000, 80_000, 1000) },
        { label: 'Travel', annual: pick(5_000, 40_000, 1000), fromMonth: opening + pick(0, 12) },
      ],
      feeInflation: pick(0, 0.08, 0.005),
      costInflation: pick(0, 0.06, 0.005),
    });
  }
  return {
    version: SCENARIO_VERSION,
    name: `Benchmark: ${schemeCount} schemes, ${horizonYears} years`,
    startMonth: '2021-04',
    horizonYears,
    discountRate: 0.035,
    generalInflation: 0.02,
    perspective: 'council',
    schemes,
  };
}
