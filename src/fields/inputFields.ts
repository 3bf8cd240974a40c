/**
 * What each input of a scheme is on screen: its label, its unit, the bounds a typed value must keep
 * (model units, the same as restore.ts — tests/fields/inputFields.test.ts holds them to restoreScenario),
 * and the slider's usual range (display units), which widens to take in a typed value outside it.
 */
import { NUMBER_RULES, type NumberRule } from '../model/fieldRules.ts';
import type { LineList } from '../model/newSchemes.ts';
import { COST_BASES, type CostBasis, type Perspective, type Scheme } from '../model/scenario.ts';

/** How a quantity reads: `percent` is a fraction in the model shown ×100; `month` is a month index, `months` a count. */
export type Unit = 'percent' | 'money' | 'weeklyMoney' | 'month' | 'months' | 'count' | 'years';

export interface NumberSpec {
  kind: 'number';
  unit: Unit;
  /** what a typed value must keep, in model units (as restore.ts checks them) */
  bounds: { min: number; max: number; whole: boolean };
  /** the slider's range before any widening, and its arrow-key step, in display units */
  slider: { min: number; max: number; step: number };
}

export interface ChoiceSpec {
  kind: 'choice';
  options: readonly { value: CostBasis; label: string }[];
}

export interface InputField {
  /** the input's path inside the scheme, e.g. `capital.0.amount` */
  path: string;
  /** the visible label, short: "Amount" under a "Purchase of the property" heading */
  label: string;
  /** the input's full name for accessible names and messages: "Purchase of the property: amount" */
  name: string;
  spec: NumberSpec | ChoiceSpec;
}

interface InputGroup {
  id: string;
  heading: string;
  /** the list this group shows, when lines can be added to it */
  list?: LineList;
  /** lines of a list (capital items, funding, other savings) get a sub-heading and their index each */
  items: { heading: string | null; line?: number; fields: InputField[] }[];
}

/** A number input: what restore.ts accepts (`rule`, src/model/fieldRules.ts), and the slider's narrower, usual range. */
const number = (unit: Unit, rule: NumberRule, slider: NumberSpec['slider']): NumberSpec => ({
  kind: 'number',
  unit,
  bounds: { min: rule.min, max: rule.max, whole: rule.whole ?? false },
  slider,
});

export const OCCUPANCY = number('percent', NUMBER_RULES.occupancy, { min: 0, max: 100, step: 1 });
export const BEDS = number('count', NUMBER_RULES.beds, { min: 0, max: 20, step: 1 });
export const WEEKLY_MONEY = number('weeklyMoney', NUMBER_RULES.weeklyMoney, { min: 0, max: 15_000, step: 10 });
export const CAPITAL_MONEY = number('money', NUMBER_RULES.money, { min: 0, max: 3_000_000, step: 1000 });
export const ANNUAL_MONEY = number('money', NUMBER_RULES.annualMoney, { min: 0, max: 2_000_000, step: 1000 });
export const ANNUAL_SAVING = number('money', NUMBER_RULES.annualSaving, { min: 0, max: 1_000_000, step: 1000 });
export const RATE = number('percent', NUMBER_RULES.rate, { min: -5, max: 20, step: 0.1 });
/** The slider of a month runs to the end of the horizon (see `sliderRange`). */
export const MONTH = number('month', NUMBER_RULES.month, { min: 0, max: 120, step: 1 });
export const SPREAD_MONTHS = number('months', NUMBER_RULES.spreadMonths, { min: 1, max: 60, step: 1 });
export const HORIZON_YEARS = number('years', NUMBER_RULES.horizonYears, { min: 1, max: 40, step: 1 });
export const DISCOUNT_RATE = number('percent', NUMBER_RULES.rate, { min: 0, max: 10, step: 0.1 });

const COST_BASIS: ChoiceSpec = {
  kind: 'choice',
  options: COST_BASES.map((value) => ({
    value,
    // short enough for the select in the inputs column at its narrowest (21rem): a select cannot wrap its text
    label: value === 'perOccupiedBed' ? 'Only for occupied beds' : 'For every bed, full or empty',
  })),
};

function field(path: string, label: string, spec: NumberSpec | ChoiceSpec, line?: string): InputField {
  return { path, label, name: line === undefined ? label : `${line}: ${label.toLowerCase()}`, spec };
}

/**
 * What the groups of `scheme` depend on — which parts and lines it has and their labels, not its values — as a
 * string, so a panel can rebuild its groups only when it changes, not on every slider step.
 */
export function inputShape(scheme: Scheme): string {
  return JSON.stringify([
    scheme.placements !== null,
    scheme.block !== null,
    scheme.capital.map((item) => item.label),
    scheme.funding.map((item) => item.label),
    scheme.otherSavings.map((line) => [line.label, line.fromMonth !== undefined]),
  ]);
}

/** Every input of `scheme`, grouped as the scheme panel shows them; the paths are `inputPaths()`'s. */
export function schemeInputGroups(scheme: Scheme): InputGroup[] {
  const groups: InputGroup[] = [];
  const { placements, block } = scheme;
  if (placements !== null) {
    groups.push({
      id: 'placements',
      heading: 'Placements',
      items: [
        {
          heading: null,
          fields: [
            field('placements.occupancy', 'Occupancy', OCCUPANCY),
            field('placements.beds', 'Beds', BEDS),
            field('placements.inHouseWeeklyCost', 'In-house weekly cost', WEEKLY_MONEY),
            field('placements.externalWeeklyFee', 'External weekly fee', WEEKLY_MONEY),
            field('placements.costBasis', 'Cost basis', COST_BASIS),
          ],
        },
      ],
    });
  }
  if (block !== null) {
    groups.push({
      id: 'block',
      heading: 'Block contract',
      items: [
        {
          heading: null,
          fields: [
            field('block.doNothingAnnualCost', 'Do-nothing annual cost', ANNUAL_MONEY),
            field('block.inHouseAnnualCost', 'In-house annual cost', ANNUAL_MONEY),
          ],
        },
      ],
    });
  }
  groups.push({
    id: 'otherSavings',
    heading: 'Other savings',
    list: 'otherSavings',
    items: scheme.otherSavings.map((line, i) => ({
      heading: line.label,
      line: i,
      fields: [
        field(`otherSavings.${i}.annual`, 'Annual saving', ANNUAL_SAVING, line.label),
        ...(line.fromMonth === undefined ? [] : [field(`otherSavings.${i}.fromMonth`, 'From month', MONTH, line.label)]),
      ],
    })),
  });
  groups.push({
    id: 'capital',
    heading: 'Capital',
    list: 'capital',
    items: [
      ...scheme.capital.map((item, i) => ({
        heading: item.label,
        line: i,
        fields: [
          field(`capital.${i}.amount`, 'Amount', CAPITAL_MONEY, item.label),
          field(`capital.${i}.month`, 'Month charged', MONTH, item.label),
          field(`capital.${i}.spreadMonths`, 'Spread over', SPREAD_MONTHS, item.label),
        ],
      })),
      { heading: null, fields: [field('capitalInflation', 'Capital inflation', RATE)] },
    ],
  });
  groups.push({
    id: 'funding',
    heading: 'External funding',
    list: 'funding',
    items: scheme.funding.map((item, i) => ({
      heading: item.label,
      line: i,
      fields: [
        field(`funding.${i}.amount`, 'Amount', CAPITAL_MONEY, item.label),
        field(`funding.${i}.month`, 'Month received', MONTH, item.label),
      ],
    })),
  });
  groups.push({
    id: 'timing',
    heading: 'Opening and uplifts',
    items: [
      {
        heading: null,
        fields: [
          field('openingMonth', 'Opening month', MONTH),
          field('feeInflation', 'Fee inflation', RATE),
          field('costInflation', 'Cost inflation', RATE),
        ],
      },
    ],
  });
  groups.push({
    id: 'asset',
    heading: 'Retained asset',
    items: [
      {
        heading: null,
        fields: [field('residualValue', 'Residual value', CAPITAL_MONEY), field('assetAppreciation', 'Asset appreciation', RATE)],
      },
    ],
  });
  return groups;
}

/** The scenario's own number settings as the scenario bar names them, in its order. */
export const NUMBER_SETTINGS = [
  { key: 'horizonYears', label: 'Horizon', spec: HORIZON_YEARS },
  { key: 'discountRate', label: 'Discount rate', spec: DISCOUNT_RATE },
  { key: 'generalInflation', label: 'General inflation', spec: RATE },
] as const;
export type NumberSetting = (typeof NUMBER_SETTINGS)[number]['key'];

/** The perspectives as the scenario bar offers them. */
export const PERSPECTIVE_OPTIONS: readonly { value: Perspective; label: string }[] = [
  { value: 'council', label: 'Council: external funding counts as income' },
  { value: 'whole', label: 'Whole: external funding left out' },
];
export const perspectiveLabel = (perspective: string): string | undefined =>
  PERSPECTIVE_OPTIONS.find((o) => o.value === perspective)?.label;

/** A scheme's input field by its path (`capital.0.amount`), as its panel shows it; undefined when it has none. */
export function schemeField(scheme: Scheme, path: string): InputField | undefined {
  for (const group of schemeInputGroups(scheme)) {
    for (const item of group.items) {
      const found = item.fields.find((f) => f.path === path);
      if (found) return found;
    }
  }
  return undefined;
}
