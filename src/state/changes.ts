/**
 * What a scenario changes from its preset, difference by difference: the scenario-wide settings, each scheme's
 * inputs (by the one "changed" rule the input marks use), its name and switch, the lines added to it, schemes
 * that are not in the preset and preset schemes that are gone. Values read as the fields show them.
 * Pure: it is handed the scenario and what the explorer knows of its preset (the Explorer is one).
 */
import type { Preset, Source } from '../model/presets/preset.ts';
import type { Scenario, Scheme } from '../model/scenario.ts';
import { readInput, type InputValue } from '../model/schemeInputs.ts';
import {
  NUMBER_SETTINGS,
  perspectiveLabel,
  schemeInputGroups,
  type ChoiceSpec,
  type InputField,
  type NumberSpec,
} from '../fields/inputFields.ts';
import { toDisplay, withUnit } from '../fields/typedValue.ts';
import { addMonths, formatMonth } from '../format/time.ts';

/**
 * The one rule for "changed": the preset has the input and its value there is another. Nothing to compare
 * with (an added scheme or line) is not "changed"; those are told apart as added.
 */
export function isChanged<T extends InputValue | string>(value: T, presetValue: T | undefined): boolean {
  return presetValue !== undefined && presetValue !== value;
}

type SettingKey = 'startMonth' | 'horizonYears' | 'discountRate' | 'generalInflation' | 'perspective';

/** What the explorer knows of the preset behind the scenario: the Explorer answers all of it. */
export interface Against {
  readonly preset: Preset;
  /** the preset's version of a scheme (of its original, for a copy); undefined for one added */
  baselineOf(schemeId: string): Scheme | undefined;
  sourceOf(schemeId: string, path: string): Source | undefined;
  settingSource(key: SettingKey): Source | undefined;
}

export interface Difference {
  /** the scheme's id; null for a setting of the whole scenario or a removed scheme */
  schemeId: string | null;
  /** the scheme's name now (a removed one's in the preset), or "Whole scenario" */
  scope: string;
  /** the input as its field names it, or "The scheme", "Name", "In the portfolio" */
  input: string;
  /** the input's path inside the scheme, when there is a field to go to */
  path: string | null;
  /** that field's name, as its control is named before the scheme's ("Fees: amount") */
  field: string | null;
  /** the preset's value, as shown */
  was: string;
  now: string;
  /** where the preset's value came from */
  source: Source | undefined;
}

/** How a scheme stands against the preset, for its row in the list. */
export type Standing =
  { kind: 'preset'; inputs: number; lines: number } | { kind: 'copy'; of: string; inputs: number; lines: number } | { kind: 'added' };

export const WHOLE_SCENARIO = 'Whole scenario';

/** A value as its field shows it; a month index as the calendar month it falls in from `startMonth`. */
function shown(spec: NumberSpec | ChoiceSpec, value: InputValue, startMonth: string): string {
  if (spec.kind === 'choice') return spec.options.find((o) => o.value === value)?.label ?? String(value);
  if (typeof value !== 'number') return value;
  if (spec.unit === 'month') return formatMonth(addMonths(startMonth, value), 'short');
  return withUnit(spec.unit, toDisplay(spec, value));
}

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

/** A scheme's differences from `baseline`, its preset version; `inputs` and `lines` count them for its row. */
function schemeDifferences(scheme: Scheme, baseline: Scheme, against: Against, startMonth: string) {
  const differences: Difference[] = [];
  const presetStart = against.preset.scenario.startMonth;
  const row = (input: string, field: InputField | null, was: string, now: string, source?: Source): Difference => ({
    schemeId: scheme.id,
    scope: scheme.name,
    input,
    path: field?.path ?? null,
    field: field?.name ?? null,
    was,
    now,
    source,
  });
  if (baseline.id === scheme.id && isChanged(scheme.name, baseline.name)) differences.push(row('Name', null, baseline.name, scheme.name));
  if (scheme.enabled !== baseline.enabled)
    differences.push(row('In the portfolio', null, baseline.enabled ? 'Yes' : 'No', scheme.enabled ? 'Yes' : 'No'));
  let inputs = 0;
  let lines = 0;
  for (const group of schemeInputGroups(scheme)) {
    for (const item of group.items) {
      const added = group.list !== undefined && item.line !== undefined && item.line >= baseline[group.list].length;
      if (added) {
        const first = item.fields[0]!;
        lines++;
        differences.push(
          row(`${item.heading} (line added)`, first, 'Not in the preset', shown(first.spec, readInput(scheme, first.path)!, startMonth)),
        );
        continue;
      }
      for (const field of item.fields) {
        const value = readInput(scheme, field.path)!;
        const presetValue = readInput(baseline, field.path);
        if (!isChanged(value, presetValue)) continue;
        inputs++;
        const was = shown(field.spec, presetValue!, presetStart);
        differences.push(row(field.name, field, was, shown(field.spec, value, startMonth), against.sourceOf(scheme.id, field.path)));
      }
    }
  }
  return { differences, inputs, lines };
}

/**
 * How one scheme stands against the preset: its own, a copy of one of its schemes, or added here. With the
 * list's memo, the row and the list work a moved scheme's differences out once between them.
 */
export function schemeStanding(scheme: Scheme, against: Against, startMonth: string, memo?: DifferenceMemo): Standing {
  const baseline = against.baselineOf(scheme.id);
  if (!baseline) return { kind: 'added' };
  const { inputs, lines } = memo
    ? memo.differences(scheme, baseline, against, startMonth)
    : schemeDifferences(scheme, baseline, against, startMonth);
  return baseline.id === scheme.id ? { kind: 'preset', inputs, lines } : { kind: 'copy', of: baseline.name, inputs, lines };
}

/** The standing in words for the scheme's row: "3 inputs changed", "Not in the preset", or nothing. */
export function standingText(standing: Standing): string {
  if (standing.kind === 'added') return 'Not in the preset';
  const counts = [
    standing.inputs > 0 ? `${plural(standing.inputs, 'input')} changed` : '',
    standing.lines > 0 ? `${plural(standing.lines, 'line')} added` : '',
  ]
    .filter((part) => part !== '')
    .join(', ');
  if (standing.kind === 'copy') return `Not in the preset: a copy of ${standing.of}${counts === '' ? '' : `, ${counts}`}`;
  return counts;
}

type SchemeDifferences = ReturnType<typeof schemeDifferences>;

/**
 * Keeps each scheme's differences while the scheme object, its baseline and both start months stay the same, so
 * that a slider step works out again only the scheme it moved (a list of 100 schemes costs 1.6 ms a step without).
 * Held by whoever shows the list, one per list.
 */
export class DifferenceMemo {
  readonly #kept = new WeakMap<Scheme, { baseline: Scheme; starts: string; found: SchemeDifferences }>();

  differences(scheme: Scheme, baseline: Scheme, against: Against, startMonth: string): SchemeDifferences {
    const starts = `${startMonth} ${against.preset.scenario.startMonth}`;
    const kept = this.#kept.get(scheme);
    if (kept && kept.baseline === baseline && kept.starts === starts) return kept.found;
    const found = schemeDifferences(scheme, baseline, against, startMonth);
    this.#kept.set(scheme, { baseline, starts, found });
    return found;
  }
}

/** Every difference between `scenario` and its preset: settings first, then scheme by scheme, then schemes removed. */
export function scenarioChanges(scenario: Scenario, against: Against, memo?: DifferenceMemo): Difference[] {
  const preset = against.preset.scenario;
  const setting = (key: SettingKey, input: string, was: string, now: string): Difference => ({
    schemeId: null,
    scope: WHOLE_SCENARIO,
    input,
    path: null,
    field: null,
    was,
    now,
    source: against.settingSource(key),
  });
  const differences: Difference[] = [];
  if (isChanged(scenario.startMonth, preset.startMonth)) {
    differences.push(
      setting('startMonth', 'Start month', formatMonth(preset.startMonth, 'short'), formatMonth(scenario.startMonth, 'short')),
    );
  }
  for (const { key, label, spec } of NUMBER_SETTINGS) {
    if (isChanged(scenario[key], preset[key]))
      differences.push(setting(key, label, shown(spec, preset[key], ''), shown(spec, scenario[key], '')));
  }
  if (isChanged(scenario.perspective, preset.perspective)) {
    differences.push(setting('perspective', 'Perspective', perspectiveLabel(preset.perspective)!, perspectiveLabel(scenario.perspective)!));
  }
  for (const scheme of scenario.schemes) {
    const baseline = against.baselineOf(scheme.id);
    const whole = (now: string): Difference => ({
      schemeId: scheme.id,
      scope: scheme.name,
      input: 'The scheme',
      path: null,
      field: null,
      was: 'Not in the preset',
      now,
      source: undefined,
    });
    if (!baseline) {
      differences.push(whole('Added'));
      continue;
    }
    if (baseline.id !== scheme.id) differences.push(whole(`A copy of ${baseline.name}`));
    const found = memo
      ? memo.differences(scheme, baseline, against, scenario.startMonth)
      : schemeDifferences(scheme, baseline, against, scenario.startMonth);
    differences.push(...found.differences);
  }
  const ids = new Set(scenario.schemes.map((s) => s.id));
  for (const gone of preset.schemes.filter((s) => !ids.has(s.id))) {
    differences.push({
      schemeId: null,
      scope: gone.name,
      input: 'The scheme',
      path: null,
      field: null,
      was: 'In the preset',
      now: 'Removed',
      source: undefined,
    });
  }
  return differences;
}
