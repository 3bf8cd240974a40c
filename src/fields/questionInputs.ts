/**
 * The inputs a question moves (src/model/questions/inputs.ts), as the scheme panels name them: the label and unit
 * of inputFields.ts, with the scheme's name ("Occupancy of Property 2"), and the value written with its unit.
 */
import type { Scenario } from '../model/scenario.ts';
import type { Scope, SearchInput } from '../model/questions/inputs.ts';
import { DISCOUNT_RATE, RATE, schemeInputGroups, type NumberSpec } from './inputFields.ts';
import { describeValue } from './typedValue.ts';

export interface InputLabel {
  /** "Occupancy of Property 2", "Discount rate" */
  label: string;
  spec: NumberSpec;
}

const SCENARIO_LABELS: Record<string, InputLabel> = {
  discountRate: { label: 'Discount rate', spec: DISCOUNT_RATE },
  generalInflation: { label: 'General inflation', spec: RATE },
};

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
    (input.scheme === null
      ? Object.hasOwn(SCENARIO_LABELS, input.path)
        ? SCENARIO_LABELS[input.path]
        : undefined
      : labelsOf(input.scheme).get(input.path)) ?? {
      label: input.path,
      spec: RATE,
    };
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
