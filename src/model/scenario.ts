/**
 * The scenario: the shape of MODEL.md's `version: 2` JSON, as the app and `evaluate` hold it.
 * Plain numbers here (they come from JSON and sliders); the arithmetic turns them into decimals.
 */

/** 2: a scenario and each scheme may carry a note (migrations.ts has the step from 1). */
export const SCENARIO_VERSION = 2;

export type Perspective = 'council' | 'whole';
type SchemeKind = 'home' | 'team' | 'programme';
export type CostBasis = 'perOccupiedBed' | 'perBed';

export const PERSPECTIVES: readonly Perspective[] = ['council', 'whole'];
export const SCHEME_KINDS: readonly SchemeKind[] = ['home', 'team', 'programme'];
export const COST_BASES: readonly CostBasis[] = ['perOccupiedBed', 'perBed'];

export interface CapitalItem {
  label: string;
  amount: number;
  /** month index of the first charge */
  month: number;
  /** charged in this many equal monthly parts (1 = all at once) */
  spreadMonths: number;
}

export interface FundingItem {
  label: string;
  amount: number;
  month: number;
}

export interface Placements {
  beds: number;
  /** fraction 0 … 1 */
  occupancy: number;
  inHouseWeeklyCost: number;
  externalWeeklyFee: number;
  costBasis: CostBasis;
}

export interface Block {
  inHouseAnnualCost: number;
  doNothingAnnualCost: number;
}

export interface OtherSaving {
  label: string;
  annual: number;
  /** month index from which the line saves; left out, it equals the scheme's openingMonth */
  fromMonth?: number;
}

export interface Scheme {
  id: string;
  name: string;
  kind: SchemeKind;
  enabled: boolean;
  capital: CapitalItem[];
  funding: FundingItem[];
  capitalInflation: number;
  residualValue: number;
  assetAppreciation: number;
  openingMonth: number;
  placements: Placements | null;
  block: Block | null;
  otherSavings: OtherSaving[];
  feeInflation: number;
  costInflation: number;
  /** free text: why these numbers, who agreed them; left out when there is none (never empty) */
  note?: string;
}

export interface Scenario {
  version: typeof SCENARIO_VERSION;
  name: string;
  /** calendar month of t = 0, `YYYY-MM` */
  startMonth: string;
  horizonYears: number;
  discountRate: number;
  generalInflation: number;
  perspective: Perspective;
  schemes: Scheme[];
  /** free text, as a scheme's note; left out when there is none (never empty) */
  note?: string;
}
