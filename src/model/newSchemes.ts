/**
 * Schemes the officer adds: a blank home or team (all money zero, so adding one changes no figure
 * until it is filled in), or a copy of an existing scheme; each with an id no other scheme uses.
 */
import type { CapitalItem, FundingItem, OtherSaving, Scheme } from './scenario.ts';
import { ID_LENGTH } from './fieldRules.ts';
import { cutText } from './text.ts';

/** The scheme's lists of lines, which the officer may add to. */
export type LineList = 'capital' | 'funding' | 'otherSavings';

/** `base`, or `base-2`, `base-3`, … : the first that no scheme in `taken` uses. */
export function freshId(base: string, taken: ReadonlySet<string>): string {
  const stem = cutText(base, ID_LENGTH - 6) || 'scheme';
  if (!taken.has(stem)) return stem;
  for (let n = 2; ; n++) {
    const id = `${stem}-${n}`;
    if (!taken.has(id)) return id;
  }
}

/** "New home", "New home 2", …: the first name no scheme in `names` has. */
export function freshName(base: string, names: ReadonlySet<string>): string {
  if (!names.has(base)) return base;
  for (let n = 2; ; n++) {
    const name = `${base} ${n}`;
    if (!names.has(name)) return name;
  }
}

function blank(id: string, name: string): Omit<Scheme, 'kind' | 'placements' | 'block'> {
  return {
    id,
    name,
    enabled: true,
    capital: [{ label: 'Purchase and works', amount: 0, month: 0, spreadMonths: 1 }],
    funding: [{ label: 'External funding', amount: 0, month: 0 }],
    capitalInflation: 0,
    residualValue: 0,
    assetAppreciation: 0,
    openingMonth: 0,
    otherSavings: [],
    feeInflation: 0,
    costInflation: 0,
  };
}

/** A home: placements to fill in, nothing spent, nothing saved. */
export function blankHome(id: string, name: string): Scheme {
  return {
    ...blank(id, name),
    kind: 'home',
    placements: { beds: 0, occupancy: 1, inHouseWeeklyCost: 0, externalWeeklyFee: 0, costBasis: 'perOccupiedBed' },
    block: null,
  };
}

/** A team: a block contract it replaces, nothing spent, nothing saved. */
export function blankTeam(id: string, name: string): Scheme {
  return {
    ...blank(id, name),
    kind: 'team',
    capital: [],
    placements: null,
    block: { inHouseAnnualCost: 0, doNothingAnnualCost: 0 },
  };
}

/** A copy of `scheme` under a new id and name; the arrays are its own, so editing one never edits the other. */
export function copyOf(scheme: Scheme, id: string, name: string): Scheme {
  return structuredClone({ ...scheme, id, name });
}

/** A new line for one of a scheme's lists: zero, so adding it changes no figure until it is filled in. */
export function blankLine(list: 'capital', n: number): CapitalItem;
export function blankLine(list: 'funding', n: number): FundingItem;
export function blankLine(list: 'otherSavings', n: number): OtherSaving;
export function blankLine(list: LineList, n: number): CapitalItem | FundingItem | OtherSaving;
export function blankLine(list: LineList, n: number): CapitalItem | FundingItem | OtherSaving {
  switch (list) {
    case 'capital':
      return { label: `Capital item ${n}`, amount: 0, month: 0, spreadMonths: 1 };
    case 'funding':
      return { label: `External funding ${n}`, amount: 0, month: 0 };
    case 'otherSavings':
      return { label: `Other saving ${n}`, annual: 0 };
  }
}
