import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inputPaths } from '../../src/model/inputPaths.ts';
import { SCENARIO_VERSION, type Scenario, type Scheme } from '../../src/model/scenario.ts';
import { arbScenario } from './arbitraries.ts';

/** Fields that name or switch things rather than hold an input an officer would trace to a source. */
const NOT_INPUTS = new Set(['version', 'name', 'label', 'id', 'kind', 'enabled']);

/** An independent oracle: walk the scenario as JSON and list every number and string leaf left. */
function leafPaths(value: unknown, prefix: string): string[] {
  if (value === null || value === undefined) return [];
  if (typeof value !== 'object') return [prefix];
  return Object.entries(value).flatMap(([key, child]) =>
    NOT_INPUTS.has(key) ? [] : leafPaths(child, prefix === '' ? key : `${prefix}.${key}`),
  );
}

function oraclePaths(s: Scenario): string[] {
  const { schemes, ...settings } = s;
  return [...leafPaths(settings, ''), ...schemes.flatMap((scheme) => leafPaths(scheme, scheme.id))];
}

/** The value a path names, read back from the scenario. */
function valueAt(s: Scenario, path: string): unknown {
  const [head = '', ...rest] = path.split('.');
  const scheme = s.schemes.find((x) => x.id === head);
  if (scheme === undefined) return (s as unknown as Record<string, unknown>)[head];
  return rest.reduce<unknown>((value, key) => (value as Record<string, unknown>)[key], scheme);
}

const scheme = (over: Partial<Scheme> = {}): Scheme => ({
  id: 'p1',
  name: 'Property 1',
  kind: 'home',
  enabled: true,
  capital: [{ label: 'Purchase', amount: 365_000, month: 0, spreadMonths: 1 }],
  funding: [],
  capitalInflation: 0,
  residualValue: 365_000,
  assetAppreciation: 0,
  openingMonth: 0,
  placements: null,
  block: null,
  otherSavings: [],
  feeInflation: 0,
  costInflation: 0,
  ...over,
});

const scenario = (...schemes: Scheme[]): Scenario => ({
  version: SCENARIO_VERSION,
  name: 'Test',
  startMonth: '2021-04',
  horizonYears: 10,
  discountRate: 0.035,
  generalInflation: 0,
  perspective: 'council',
  schemes,
});

describe('inputPaths', () => {
  it('lists the scenario settings first', () => {
    expect(inputPaths(scenario()).slice(0, 5)).toEqual(['startMonth', 'horizonYears', 'discountRate', 'generalInflation', 'perspective']);
  });

  it('names scheme inputs by scheme id, then the field path with array indices', () => {
    const paths = inputPaths(scenario(scheme()));
    expect(paths).toContain('p1.capital.0.amount');
    expect(paths).toContain('p1.capital.0.month');
    expect(paths).toContain('p1.capital.0.spreadMonths');
    expect(paths).toContain('p1.residualValue');
    expect(paths).not.toContain('p1.capital.0.label');
    expect(paths).not.toContain('p1.name');
    expect(paths).not.toContain('p1.enabled');
  });

  it('lists placements and block fields only when the scheme has them', () => {
    const without = inputPaths(scenario(scheme()));
    expect(without.some((p) => p.includes('placements') || p.includes('block'))).toBe(false);
    const withBoth = inputPaths(
      scenario(
        scheme({
          placements: { beds: 3, occupancy: 0.75, inHouseWeeklyCost: 3953, externalWeeklyFee: 5117, costBasis: 'perOccupiedBed' },
          block: { inHouseAnnualCost: 296_000, doNothingAnnualCost: 480_000 },
        }),
      ),
    );
    expect(withBoth).toContain('p1.placements.occupancy');
    expect(withBoth).toContain('p1.placements.costBasis');
    expect(withBoth).toContain('p1.block.inHouseAnnualCost');
    expect(withBoth).toContain('p1.block.doNothingAnnualCost');
  });

  it("lists an other-saving line's fromMonth only when it is given", () => {
    const paths = inputPaths(
      scenario(
        scheme({
          otherSavings: [
            { label: 'travel', annual: 52_000 },
            { label: 'later', annual: 10_000, fromMonth: 12 },
          ],
        }),
      ),
    );
    expect(paths).toContain('p1.otherSavings.0.annual');
    expect(paths).not.toContain('p1.otherSavings.0.fromMonth');
    expect(paths).toContain('p1.otherSavings.1.annual');
    expect(paths).toContain('p1.otherSavings.1.fromMonth');
  });

  it('lists every number and enum a scenario holds, and nothing else', () => {
    fc.assert(
      fc.property(arbScenario, (s) => {
        const paths = inputPaths(s);
        expect(new Set(paths).size).toBe(paths.length);
        expect([...paths].sort()).toEqual(oraclePaths(s).sort());
      }),
    );
  });

  it('names only paths that read back a number or an enum', () => {
    fc.assert(
      fc.property(arbScenario, (s) => {
        for (const path of inputPaths(s)) expect(['number', 'string']).toContain(typeof valueAt(s, path));
      }),
    );
  });
});
