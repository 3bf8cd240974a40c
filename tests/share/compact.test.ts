import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compactScenario, expandScenario } from '../../src/share/compact.ts';
import { arbNotedScenario, arbScenario } from '../model/arbitraries.ts';
import { expectNotPolluted, sampleJson, sampleScenario } from './fixtures.ts';

const throughJson = (value: unknown): Record<string, unknown> => JSON.parse(JSON.stringify(value)) as Record<string, unknown>;

describe('compactScenario / expandScenario', () => {
  it('expandScenario undoes compactScenario, through JSON, notes too', () => {
    fc.assert(
      fc.property(arbNotedScenario, (scenario) => {
        expect(expandScenario(throughJson(compactScenario(scenario)))).toEqual(scenario);
      }),
    );
  });

  it('the compact JSON is shorter than the plain JSON', () => {
    fc.assert(
      fc.property(arbScenario, (scenario) => {
        expect(JSON.stringify(compactScenario(scenario)).length).toBeLessThan(JSON.stringify(scenario).length);
      }),
    );
  });

  it('leaves fields at their usual value out, and keeps the version', () => {
    const compact = compactScenario(sampleScenario());
    expect(compact.v).toBe(2);
    expect(compact).not.toHaveProperty('gi'); // generalInflation 0
    const team = (compact.s as Record<string, unknown>[])[1];
    expect(team).toEqual({ i: 'art', n: 'ART', k: 'team', e: false, b: { ia: 411840, da: 450000 } });
  });

  it('writes a note under a short key, and nothing when there is none', () => {
    const scenario = sampleScenario();
    const noted = { ...scenario, note: 'Why', schemes: [{ ...scenario.schemes[0]!, note: 'Who' }, scenario.schemes[1]!] };
    const compact = compactScenario(noted);
    expect(compact.nt).toBe('Why');
    const [home, team] = compact.s as Record<string, unknown>[];
    expect(home?.nt).toBe('Who');
    expect(team).not.toHaveProperty('nt');
    expect(compactScenario(scenario)).not.toHaveProperty('nt');
  });

  it('plain scenario JSON expands to itself', () => {
    expect(expandScenario(sampleJson())).toEqual(sampleScenario());
  });

  it('leaves unknown keys and wrongly shaped places for the validation door', () => {
    const odd = { v: 1, colour: 'red', s: 'not a list', schemes2: [] };
    expect(expandScenario(odd)).toEqual({ version: 1, colour: 'red', schemes: 'not a list', schemes2: [], generalInflation: 0 });
    const oddScheme = expandScenario({ s: [42, { c: 'x', pl: [1], b: null }] });
    expect((oddScheme.schemes as unknown[])[0]).toBe(42);
    expect((oddScheme.schemes as Record<string, unknown>[])[1]).toMatchObject({ capital: 'x', placements: [1], block: null });
  });

  it('keeps __proto__ an ordinary own key and changes no prototype', () => {
    const hostile = JSON.parse(
      '{"__proto__":{"polluted":1},"s":[{"__proto__":{"polluted":1},"pl":{"__proto__":{"polluted":1}},"c":[{"__proto__":{"polluted":1}}]}]}',
    ) as Record<string, unknown>;
    const expanded = expandScenario(hostile);
    expect(Object.getPrototypeOf(expanded)).toBe(Object.prototype);
    expect(Object.keys(expanded)).toContain('__proto__');
    const scheme = (expanded.schemes as Record<string, unknown>[])[0] ?? {};
    expect(Object.getPrototypeOf(scheme)).toBe(Object.prototype);
    expect(Object.getPrototypeOf(scheme.placements)).toBe(Object.prototype);
    expectNotPolluted(expect);
  });
});
