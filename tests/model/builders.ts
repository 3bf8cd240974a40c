/**
 * Minimal valid objects for hand-worked engine tests: everything off or zero unless a test says
 * otherwise, so that each expected value can be worked out by hand from MODEL.md.
 */
import type { StatedFigure } from '../../src/model/presets/preset.ts';
import { SCENARIO_VERSION, type Scenario, type Scheme } from '../../src/model/scenario.ts';

/** A scheme that costs nothing and saves nothing: no capital, funding, placements, block or other savings. */
export function scheme(overrides: Partial<Scheme> = {}): Scheme {
  return {
    id: 's1',
    name: 'Scheme',
    kind: 'home',
    enabled: true,
    capital: [],
    funding: [],
    capitalInflation: 0,
    residualValue: 0,
    assetAppreciation: 0,
    openingMonth: 0,
    placements: null,
    block: null,
    otherSavings: [],
    feeInflation: 0,
    costInflation: 0,
    ...overrides,
  };
}

/** A one-year scenario from April 2021, undiscounted, in the council's perspective, with no schemes. */
export function scenario(overrides: Partial<Scenario> = {}): Scenario {
  return {
    version: SCENARIO_VERSION,
    name: 'Test scenario',
    startMonth: '2021-04',
    horizonYears: 1,
    discountRate: 0,
    generalInflation: 0,
    perspective: 'council',
    schemes: [],
    ...overrides,
  };
}

/** A capital item charged all at once. */
export const capital = (amount: number, month = 0, spreadMonths = 1) => ({ label: 'Capital', amount, month, spreadMonths });

/** A funding item. */
export const funding = (amount: number, month = 0) => ({ label: 'Grant', amount, month });

/** An other-savings line; `fromMonth` left out unless given (it then equals the opening month). */
export const saving = (annual: number, fromMonth?: number) =>
  fromMonth === undefined ? { label: 'Saving', annual } : { label: 'Saving', annual, fromMonth };

/** A figure a report states, about scheme `s1` unless told otherwise. */
export function stated(overrides: Partial<StatedFigure> = {}): StatedFigure {
  return {
    scope: { scheme: 's1' },
    figure: 'totalInvestment',
    stated: 0,
    comparison: 'about',
    tolerance: 500,
    wording: 'as stated',
    source: { kind: 'report', report: 'test', paragraph: '1', quote: 'as stated' },
    ...overrides,
  };
}
