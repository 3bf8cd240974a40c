import { describe, expect, it } from 'vitest';
import { DEFAULT_PRESET_ID, presetById } from '../../src/model/presets/index.ts';
import { inputsOf } from '../../src/model/questions/inputs.ts';
import { inputLabels, liveScope } from '../../src/fields/questionInputs.ts';

const leics = presetById(DEFAULT_PRESET_ID)!.scenario;

describe('inputLabels', () => {
  it('names every input a question can move as the scheme panels do, with its scheme', () => {
    const label = inputLabels(leics);
    const p2 = leics.schemes.find((s) => s.id === 'p2')!;
    expect(label({ scheme: 'p2', path: 'placements.externalWeeklyFee' }).label).toBe(`External weekly fee of ${p2.name}`);
    expect(label({ scheme: null, path: 'discountRate' }).label).toBe('Discount rate');
    for (const input of inputsOf(leics, 'portfolio')) expect(label(input).label, `${input.scheme}.${input.path}`).not.toBe(input.path);
  });
});

describe('liveScope', () => {
  it('a scheme switched off since it was chosen leaves the question to the portfolio', () => {
    expect(liveScope(leics, { scheme: 'p2' })).toEqual({ scheme: 'p2' });
    const off = { ...leics, schemes: leics.schemes.map((s) => (s.id === 'p2' ? { ...s, enabled: false } : s)) };
    expect(liveScope(off, { scheme: 'p2' })).toBe('portfolio');
    expect(liveScope(leics, { scheme: 'gone' })).toBe('portfolio');
  });
});
