/**
 * An input as a comparison table names it and writes its values: the scheme panel's own labels and units
 * (inputFields.ts), and for the scenario's own inputs the scenario bar's names (NUMBER_SETTINGS, PERSPECTIVE_OPTIONS). "75%", "£1,234 a week",
 * "month 12 — April 2022"; a difference "+10 percentage points", "−£50 a week", "+3 months".
 */
import type { Scenario, Scheme } from '../model/scenario.ts';
import type { InputValue } from '../model/schemeInputs.ts';
import { formatMonth } from '../format/time.ts';
import { MINUS } from '../format/money.ts';
import { NUMBER_SETTINGS, perspectiveLabel, schemeField, type ChoiceSpec, type NumberSpec } from './inputFields.ts';
import { describeValue, formatExact, toDisplay, withUnit } from './typedValue.ts';

/** What a side with no such input says (a capital line the other scenario lacks). */
export const NO_SUCH_LINE = 'None';
/** A difference that is not a number (a choice, or a line on one side only). */
export const CHANGED = 'Changed';

export interface DescribedInput {
  label: string;
  value: (value: InputValue | string | undefined) => string;
  difference: (difference: number | null) => string;
}

const months = (n: number) => `${n < 0 ? MINUS : n > 0 ? '+' : ''}${Math.abs(n)} ${Math.abs(n) === 1 ? 'month' : 'months'}`;

/** A difference in display units: months counted, rates in percentage points, the rest in the input's own unit. */
function numberDifference(spec: NumberSpec, difference: number | null): string {
  if (difference === null) return CHANGED;
  if (spec.unit === 'month' || spec.unit === 'months') return months(difference);
  const shown = toDisplay(spec, difference);
  const plus = shown > 0 ? '+' : '';
  if (spec.unit === 'percent') return `${plus}${formatExact(shown)} ${Math.abs(shown) === 1 ? 'percentage point' : 'percentage points'}`;
  return `${plus}${withUnit(spec.unit, shown)}`;
}

function numberInput(label: string, spec: NumberSpec, startMonth: string): DescribedInput {
  return {
    label,
    value: (v) => (typeof v === 'number' ? describeValue(spec, v, startMonth) : NO_SUCH_LINE),
    difference: (d) => numberDifference(spec, d),
  };
}

function choiceInput(label: string, spec: ChoiceSpec): DescribedInput {
  return {
    label,
    value: (v) => spec.options.find((o) => o.value === v)?.label ?? NO_SUCH_LINE,
    difference: () => CHANGED,
  };
}

/** A scenario-level input (`discountRate`). */
export function describeScenarioInput(path: string, scenario: Scenario): DescribedInput {
  if (path === 'startMonth') {
    return {
      label: 'Start month',
      value: (v) => (typeof v === 'string' ? formatMonth(v) : NO_SUCH_LINE),
      difference: (d) => months(d ?? 0),
    };
  }
  if (path === 'perspective') {
    return { label: 'Perspective', value: (v) => perspectiveLabel(String(v)) ?? String(v), difference: () => CHANGED };
  }
  const number = NUMBER_SETTINGS.find((setting) => setting.key === path);
  return number ? numberInput(number.label, number.spec, scenario.startMonth) : { label: path, value: String, difference: () => CHANGED };
}

/** An input of `scheme` by its path inside it (`capital.0.amount`), named as its panel names it. */
export function describeSchemeInput(path: string, scheme: Scheme, startMonth: string): DescribedInput {
  const field = schemeField(scheme, path);
  if (field) return field.spec.kind === 'number' ? numberInput(field.name, field.spec, startMonth) : choiceInput(field.name, field.spec);
  return { label: path, value: (v) => (v === undefined ? NO_SUCH_LINE : String(v)), difference: () => CHANGED };
}
