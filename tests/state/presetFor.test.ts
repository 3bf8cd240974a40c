import { describe, expect, it } from 'vitest';
import { PRESETS, presetById } from '../../src/model/presets/index.ts';
import { knownPreset, presetFor } from '../../src/state/presetFor.ts';

describe('presetFor', () => {
  it('finds each preset from its own scenario', () => {
    for (const preset of PRESETS) expect(presetFor(preset.scenario)).toBe(preset.id);
  });

  it('takes the preset sharing the most schemes: leics-2021 keeps it with its ART team alone left out', () => {
    const leics = presetById('leics-2021')!;
    expect(presetFor({ ...leics.scenario, schemes: leics.scenario.schemes.filter((s) => s.id !== 'p1') })).toBe('leics-2021');
    // ART alone is in both the 2020 plan and the 2021 model: the earlier preset in the list wins the tie.
    expect(presetFor({ ...leics.scenario, schemes: leics.scenario.schemes.filter((s) => s.id === 'art') })).toBe('leics-2021');
  });

  it('is undefined when no preset shares a scheme', () => {
    const leics = presetById('leics-2021')!;
    expect(presetFor({ ...leics.scenario, schemes: leics.scenario.schemes.map((s) => ({ ...s, id: `x-${s.id}` })) })).toBeUndefined();
  });

  it('knownPreset keeps only ids this app has', () => {
    expect(knownPreset('leics-2025')).toBe('leics-2025');
    expect(knownPreset('leics-2099')).toBeUndefined();
    expect(knownPreset(null)).toBeUndefined();
  });
});
