/**
 * The inputs a question moves (src/model/questions/inputs.ts), as the scheme panels name them: the label and unit
 * of inputFields.ts, with the scheme's name ("Occupancy of Property 2"), and the value written with its unit.
 */
import type { Scenario } from '../model/scenario.ts';
import type { Scope, SearchInput } from '../model/questions/inputs.ts';
import type { Target, TargetName } from '../model/questions/targets.ts';
import { formatMonth, lastMonthOf, monthsBetween, readMonth } from '../format/time.ts';
import { NUMBER_SETTINGS, RATE, schemeInputGroups, type NumberSpec } from './inputFields.ts';
import { describeValue } from './typedValue.ts';

export interface InputLabel {
  /** "Occupancy of Property 2", "Discount rate" */
  label: string;
  spec: NumberSpec;
}

/** the scenario's own inputs a question can move, named as the scenario bar names them */
const SCENARIO_LABELS: ReadonlyMap<string, InputLabel> = new Map(
  NUMBER_SETTINGS.filter((s) => s.key !== 'horizonYears').map(({ key, label, spec }) => [key, { label, spec }]),
);

/**
 * The labels of every input of a scenario, by scheme id (null for the scenario's own) and path. A scheme's are
 * worked out when one of them is first asked for: a tornado of a hundred schemes names only the inputs it shows.
 */
export function inputLabels(scenario: Scenario): (input: Pick<SearchInput, 'scheme' | 'path'>) => InputLabel {
  const schemes = new Map(scenario.schemes.map((scheme) => [scheme.id, scheme]));
  const bySchemes = new Map<string, Map<string, InputLabel>>();
  const labelsOf = (id: string): Map<string, InputLabel> => {
    let labels = bySchemes.get(id);
    if (labels !== undefined) return labels;
    labels = new Map();
    const scheme = schemes.get(id);
    for (const group of scheme === undefined ? [] : schemeInputGroups(scheme)) {
      for (const item of group.items) {
        for (const field of item.fields) {
          if (field.spec.kind !== 'number') continue;
          const name = field.name.charAt(0).toUpperCase() + field.name.slice(1);
          labels.set(field.path, { label: `${name} of ${scheme!.name}`, spec: field.spec });
        }
      }
    }
    bySchemes.set(id, labels);
    return labels;
  };
  return (input) =>
    (input.scheme === null ? SCENARIO_LABELS.get(input.path) : labelsOf(input.scheme).get(input.path)) ?? { label: input.path, spec: RATE };
}

/** The inputs a question offers, grouped as the schemes panel groups them: the whole scenario's, then each scheme's. */
export function inputGroups<T extends Pick<SearchInput, 'scheme'>>(
  scenario: Scenario,
  inputs: readonly T[],
): { id: string | null; label: string; inputs: T[] }[] {
  // by id: two schemes may share a name (or be named "Whole scenario"), never an id
  const groups = [{ id: null as string | null, label: 'Whole scenario' }, ...scenario.schemes.map((s) => ({ id: s.id, label: s.name }))];
  return groups
    .map(({ id, label }) => ({ id, label, inputs: inputs.filter((input) => input.scheme === id) }))
    .filter((group) => group.inputs.length > 0);
}

/**
 * The input a question starts on: the first scheme's occupancy, the input a board asks about first ("what occupancy
 * pays back in three years?"), else the first scheme input, else the first. Not the discount rate, which does not
 * move a gross payback at all.
 */
export function firstInput<T extends Pick<SearchInput, 'scheme' | 'path'>>(inputs: readonly T[]): T | undefined {
  return inputs.find((i) => i.path === 'placements.occupancy') ?? inputs.find((i) => i.scheme !== null) ?? inputs[0];
}

/** The scope as chosen, or the portfolio once its scheme has been switched off or removed. */
export function liveScope(scenario: Scenario, scope: Scope): Scope {
  if (scope === 'portfolio') return scope;
  return scenario.schemes.some((s) => s.enabled && s.id === scope.scheme) ? scope : 'portfolio';
}

/**
 * A found or moved value as the questions say it: a rate to 0.01 points and money to the pound (a search may
 * land between), else as the panels say it ("month 12 — April 2022").
 */
export function valueText(spec: NumberSpec, value: number, startMonth: string): string {
  const places = spec.unit === 'percent' ? 4 : spec.unit === 'money' || spec.unit === 'weeklyMoney' ? 0 : undefined;
  return describeValue(spec, places === undefined ? value : Number(value.toFixed(places)), startMonth);
}

/** What the finder's target field holds as typed: the figure, and its years or its month. */
export interface TypedTarget {
  name: TargetName;
  years: string;
  month: string;
}

/**
 * The target typed, or a message saying what is wrong with it; a month as officers write it ("April 2024"). A target
 * past the horizon is refused: the model looks no further, so no input could be said to reach it.
 */
export function readTarget({ name, years, month }: TypedTarget, startMonth: string, horizonMonths: number): Target | string {
  if (name === 'npv') return { name, value: 0 };
  const end = `${horizonMonths / 12}-year horizon, to ${formatMonth(lastMonthOf(startMonth, horizonMonths))}`;
  if (name === 'breakEven') {
    const read = readMonth(month);
    if (read === null) return 'Type the month to break even by, such as April 2024.';
    const index = monthsBetween(startMonth, read);
    if (index < 0) return 'The month is before the scenario starts.';
    return index >= horizonMonths ? `The month is after the scenario's ${end}.` : { name, value: index };
  }
  const value = Number(years);
  if (years.trim() === '' || !Number.isFinite(value) || value < 0) return 'Type the payback in years, such as 3.';
  return value * 12 > horizonMonths
    ? `A payback of ${value.toLocaleString('en-GB')} years is beyond the scenario's ${end}.`
    : { name, value };
}
