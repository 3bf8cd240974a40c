/**
 * inputPaths: every leaf input of a scenario that an officer could change — numbers and enums,
 * not labels, names, ids, kinds or the enabled switch — in the Provenance key format of
 * presets/preset.ts: `discountRate`, `p1.placements.occupancy`, `p1.capital.0.amount`.
 */
import type { Scenario, Scheme } from './scenario.ts';

/** the scenario's own inputs, in the order they are listed */
export const SCENARIO_INPUTS = ['startMonth', 'horizonYears', 'discountRate', 'generalInflation', 'perspective'] as const;
const SCHEME_RATES_AND_VALUES = ['capitalInflation', 'residualValue', 'assetAppreciation', 'openingMonth'] as const;
const PLACEMENTS_INPUTS = ['beds', 'occupancy', 'inHouseWeeklyCost', 'externalWeeklyFee', 'costBasis'] as const;
const BLOCK_INPUTS = ['inHouseAnnualCost', 'doNothingAnnualCost'] as const;
const UPLIFTS = ['feeInflation', 'costInflation'] as const;

export function inputPaths(s: Scenario): string[] {
  return [...SCENARIO_INPUTS, ...s.schemes.flatMap((scheme) => schemeInputPaths(scheme).map((path) => `${scheme.id}.${path}`))];
}

/** A scheme's inputs by their path inside it (`placements.occupancy`), as schemeInputs.ts reads them. */
export function schemeInputPaths(scheme: Scheme): string[] {
  const paths: string[] = [];
  scheme.capital.forEach((_, i) => paths.push(`capital.${i}.amount`, `capital.${i}.month`, `capital.${i}.spreadMonths`));
  scheme.funding.forEach((_, i) => paths.push(`funding.${i}.amount`, `funding.${i}.month`));
  paths.push(...SCHEME_RATES_AND_VALUES);
  if (scheme.placements !== null) paths.push(...PLACEMENTS_INPUTS.map((field) => `placements.${field}`));
  if (scheme.block !== null) paths.push(...BLOCK_INPUTS.map((field) => `block.${field}`));
  scheme.otherSavings.forEach((line, i) => {
    paths.push(`otherSavings.${i}.annual`);
    // Left out, fromMonth follows the opening month: there is no separate input to trace.
    if (line.fromMonth !== undefined) paths.push(`otherSavings.${i}.fromMonth`);
  });
  paths.push(...UPLIFTS);
  return paths;
}
