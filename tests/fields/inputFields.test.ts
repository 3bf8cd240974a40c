import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { PRESETS } from '../../src/model/presets/index.ts';
import { inputPaths } from '../../src/model/inputPaths.ts';
import { restoreScenario } from '../../src/model/restore.ts';
import type { Scenario, Scheme } from '../../src/model/scenario.ts';
import { inputShape, schemeInputGroups, type InputField, type NumberSpec } from '../../src/fields/inputFields.ts';
import { blankHome, blankTeam } from '../../src/model/newSchemes.ts';
import { withInput } from '../../src/model/schemeInputs.ts';
import { fromDisplay, parseTyped } from '../../src/fields/typedValue.ts';
import { bigScenario } from '../../scripts/lib/bigScenario.ts';

const fieldsOf = (scheme: Scheme): InputField[] => schemeInputGroups(scheme).flatMap((g) => g.items.flatMap((item) => item.fields));

const schemes: Scheme[] = [
  ...PRESETS.flatMap((p) => p.scenario.schemes),
  ...bigScenario(10, 5).schemes,
  blankHome('h', 'New home'),
  blankTeam('t', 'New team'),
];

/** restore.ts's path for a scheme input: `schemes[0].capital[1].amount` */
const restorePath = (index: number, path: string) =>
  `schemes[${index}]` +
  path
    .split('.')
    .map((key) => (/^\d+$/.test(key) ? `[${key}]` : `.${key}`))
    .join('');

function scenarioWith(scheme: Scheme, path: string, value: number): Scenario {
  const base = PRESETS[0]!.scenario;
  return { ...base, schemes: [withInput(scheme, path, value)] };
}

describe('schemeInputGroups', () => {
  it.each(schemes.map((s) => [s.id, s] as const))('offers every input of scheme %s, once', (_, scheme) => {
    const offered = fieldsOf(scheme).map((f) => `${scheme.id}.${f.path}`);
    const scenario: Scenario = { ...PRESETS[0]!.scenario, schemes: [scheme] };
    const schemePaths = inputPaths(scenario).filter((p) => p.startsWith(`${scheme.id}.`));
    expect([...offered].sort()).toEqual([...schemePaths].sort());
  });

  it('names a line’s inputs after the line: "Purchase of the property: amount"', () => {
    const p2 = PRESETS[0]!.scenario.schemes.find((s) => s.id === 'p2')!;
    const names = fieldsOf(p2).map((f) => f.name);
    expect(names).toContain('Occupancy');
    expect(names).toContain(`${p2.capital[0]!.label}: amount`);
  });
});

describe('inputShape', () => {
  const p2 = PRESETS[0]!.scenario.schemes.find((s) => s.id === 'p2')!;

  it('stays the same while values change', () => {
    for (const field of fieldsOf(p2)) {
      if (field.spec.kind !== 'number') continue;
      expect(inputShape(withInput(p2, field.path, field.spec.bounds.max)), field.path).toBe(inputShape(p2));
    }
  });

  it('changes when the scheme’s groups would', () => {
    const variants: Scheme[] = [
      { ...p2, placements: null },
      { ...p2, block: { inHouseAnnualCost: 0, doNothingAnnualCost: 0 } },
      { ...p2, capital: p2.capital.slice(1) },
      { ...p2, funding: [{ label: 'Grant', amount: 0, month: 0 }] },
      { ...p2, otherSavings: [{ ...p2.otherSavings[0]!, fromMonth: 3 }] },
      { ...p2, capital: [{ ...p2.capital[0]!, label: 'Renamed' }, ...p2.capital.slice(1)] },
    ];
    for (const v of variants) {
      expect(inputShape(v)).not.toBe(inputShape(p2));
      expect(JSON.stringify(schemeInputGroups(v))).not.toBe(JSON.stringify(schemeInputGroups(p2)));
    }
  });
});

describe('the bounds of every number field are restore.ts’s', () => {
  const cases = schemes.slice(0, 12).flatMap((scheme) =>
    fieldsOf(scheme)
      .filter((f): f is InputField & { spec: NumberSpec } => f.spec.kind === 'number')
      .map((f) => [`${scheme.id}.${f.path}`, scheme, f] as const),
  );

  it.each(cases)('%s: the door takes min and max and refuses just outside', (_, scheme, field) => {
    const { min, max, whole } = field.spec.bounds;
    for (const ok of [min, max]) expect(restoreScenario(scenarioWith(scheme, field.path, ok)).ok, `${ok}`).toBe(true);
    const nudge = whole ? 1 : Math.max(Math.abs(max), 1) * 1e-9;
    for (const bad of [min - nudge, max + nudge]) {
      const restored = restoreScenario(scenarioWith(scheme, field.path, bad));
      expect(restored.ok, `${bad}`).toBe(false);
      if (!restored.ok) expect(restored.errors[0]).toContain(restorePath(0, field.path));
    }
  });

  it.each(cases)('%s: a typed value the field takes is one the door takes', (_, scheme, field) => {
    const spec = field.spec;
    const shown = (v: number) => (spec.unit === 'percent' ? v * 100 : v);
    const low = shown(spec.bounds.min) * 1.5 - 1;
    const high = shown(spec.bounds.max) * 1.5 + 1;
    fc.assert(
      fc.property(fc.double({ min: low, max: high, noNaN: true }), fc.boolean(), (x, round) => {
        const text = String(round ? Math.round(x) : x);
        const typed = parseTyped(spec, field.name, text);
        const door = restoreScenario(scenarioWith(scheme, field.path, fromDisplay(spec, Number(text))));
        if (typed.ok) expect(door.ok).toBe(true);
        // A question ("50% or 0.5%?") offers only readings the door takes.
        else if ('ask' in typed) for (const v of typed.ask) expect(restoreScenario(scenarioWith(scheme, field.path, v)).ok).toBe(true);
        // Refused by the field only where the door refuses too (never stricter than the model).
        else if (/^-?\d+(\.\d+)?(e-?\d+)?$/.test(text) && !/e/.test(text)) expect(door.ok).toBe(false);
      }),
      { numRuns: 60 },
    );
  });
});
