/** Scenarios and helpers shared by the share and storage tests. */
import { SCENARIO_VERSION, type Scenario } from '../../src/model/scenario.ts';

/** A valid scenario with a home (placements), a team (block), capital, funding and other savings. A fresh copy each call. */
export function sampleScenario(): Scenario {
  return {
    version: SCENARIO_VERSION,
    name: 'CIP residential model',
    startMonth: '2021-04',
    horizonYears: 10,
    discountRate: 0.035,
    generalInflation: 0,
    perspective: 'council',
    schemes: [
      {
        id: 'p2',
        name: 'Property 2 — 16+ residential',
        kind: 'home',
        enabled: true,
        capital: [
          { label: 'Purchase', amount: 385000, month: 0, spreadMonths: 1 },
          { label: 'Fire works', amount: 40000, month: 3, spreadMonths: 6 },
        ],
        funding: [{ label: 'DfE match funding', amount: 100000, month: 6 }],
        capitalInflation: 0.02,
        residualValue: 385000,
        assetAppreciation: 0.01,
        openingMonth: 6,
        placements: { beds: 3, occupancy: 0.75, inHouseWeeklyCost: 3953, externalWeeklyFee: 5117, costBasis: 'perOccupiedBed' },
        block: null,
        otherSavings: [
          { label: 'Avoided social-worker travel', annual: 52000, fromMonth: 0 },
          { label: 'Staff', annual: -5000 },
        ],
        feeInflation: 0.04,
        costInflation: 0.03,
      },
      {
        id: 'art',
        name: 'ART',
        kind: 'team',
        enabled: false,
        capital: [],
        funding: [],
        capitalInflation: 0,
        residualValue: 0,
        assetAppreciation: 0,
        openingMonth: 0,
        placements: null,
        block: { inHouseAnnualCost: 411840, doNothingAnnualCost: 450000 },
        otherSavings: [],
        feeInflation: 0,
        costInflation: 0,
      },
    ],
  };
}

/** `sampleScenario()` as loose JSON, to break on purpose. */
export function sampleJson(): Record<string, unknown> {
  return JSON.parse(JSON.stringify(sampleScenario())) as Record<string, unknown>;
}

/**
 * Hostile JSON texts that try to reach Object.prototype through `__proto__`, `constructor` and
 * `prototype` keys at every level of the scenario (and in the link's short keys).
 */
export function pollutingTexts(): string[] {
  const poison = '{"polluted":"yes"}';
  const keys = [`"__proto__":${poison}`, `"constructor":{"prototype":${poison}}`, `"prototype":${poison}`];
  const scenario = sampleJson();
  const json = JSON.stringify(scenario);
  return keys.flatMap((key) => [
    // at the top
    json.replace('{', `{${key},`),
    // inside a scheme, a capital line, placements, block (long and short key forms)
    json.replace('"id":"p2"', `${key},"id":"p2"`),
    json.replace('"label":"Purchase"', `${key},"label":"Purchase"`),
    json.replace('"beds":3', `${key},"beds":3`),
    json.replace('"inHouseAnnualCost"', `${key},"inHouseAnnualCost"`),
    // as the only content
    `{${key}}`,
    // the whole object replaced by a prototype key as the container
    json.replace('"placements":{', `"placements":{${key},`),
  ]);
}

export function expectNotPolluted(expect: (value: unknown) => { toBeUndefined(): void }): void {
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined();
  expect(([] as unknown as Record<string, unknown>).polluted).toBeUndefined();
}

/**
 * What every version-1 fixture below holds ("Version 1 team": the sample's team alone), as this app reads it:
 * at version 2, with no notes. The version-1 texts themselves are written out in each test, as the version-1
 * app wrote them.
 */
export function versionOneTeamAsRead(): Scenario {
  return {
    version: 2,
    name: 'Version 1 team',
    startMonth: '2021-04',
    horizonYears: 10,
    discountRate: 0.035,
    generalInflation: 0,
    perspective: 'council',
    schemes: [
      {
        id: 'art',
        name: 'ART',
        kind: 'team',
        enabled: false,
        capital: [],
        funding: [],
        capitalInflation: 0,
        residualValue: 0,
        assetAppreciation: 0,
        openingMonth: 0,
        placements: null,
        block: { inHouseAnnualCost: 411840, doNothingAnnualCost: 450000 },
        otherSavings: [],
        feeInflation: 0,
        costInflation: 0,
      },
    ],
  };
}
