import { describe, expect, it } from 'vitest';
import { DEFAULT_PRESET_ID, presetById } from '../../src/model/presets/index.ts';
import { inputsOf } from '../../src/model/questions/inputs.ts';
import { firstInput, inputGroups, inputLabels, liveScope, readTarget, type TypedTarget } from '../../src/fields/questionInputs.ts';

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

describe('inputGroups and firstInput', () => {
  it('groups the portfolio’s inputs by the whole scenario and then each scheme, in the scenario’s order, each once', () => {
    const inputs = inputsOf(leics, 'portfolio');
    const groups = inputGroups(leics, inputs);
    expect(groups.map((g) => g.label)).toEqual(['Whole scenario', ...leics.schemes.map((s) => s.name)]);
    expect(groups[0]!.inputs.map((i) => i.path)).toEqual(['discountRate', 'generalInflation']);
    expect(groups.flatMap((g) => g.inputs)).toHaveLength(inputs.length);
  });

  it('two schemes of one name are two groups, told apart by id', () => {
    const same = { ...leics, schemes: leics.schemes.map((s) => ({ ...s, name: 'Whole scenario' })) };
    const groups = inputGroups(same, inputsOf(same, 'portfolio'));
    expect(groups.map((g) => g.id)).toEqual([null, ...leics.schemes.map((s) => s.id)]);
  });

  it('one scheme’s question has its scheme’s group beside the whole scenario’s', () => {
    const p2 = leics.schemes.find((s) => s.id === 'p2')!;
    expect(inputGroups(leics, inputsOf(leics, { scheme: 'p2' })).map((g) => g.label)).toEqual(['Whole scenario', p2.name]);
  });

  it('starts on the first scheme’s occupancy, not the discount rate; else on a scheme’s first input', () => {
    expect(firstInput(inputsOf(leics, 'portfolio'))).toMatchObject({ scheme: 'p1', path: 'placements.occupancy' });
    const art = leics.schemes.find((s) => s.placements === null)!;
    const first = firstInput(inputsOf(leics, { scheme: art.id }))!;
    expect(first.scheme).toBe(art.id);
    expect(firstInput([{ scheme: null, path: 'discountRate' }])).toEqual({ scheme: null, path: 'discountRate' });
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

describe('readTarget', () => {
  const typed = (name: TypedTarget['name'], years = '3', month = '') => ({ name, years, month });
  it('reads a payback in years, an NPV of zero and a month to break even by; says what is wrong otherwise', () => {
    expect(readTarget(typed('paybackYears', '3.5'), '2021-04', 120)).toEqual({ name: 'paybackYears', value: 3.5 });
    expect(readTarget(typed('npv', ''), '2021-04', 120)).toEqual({ name: 'npv', value: 0 });
    expect(readTarget(typed('breakEven', '', 'April 2024'), '2021-04', 120)).toEqual({ name: 'breakEven', value: 36 });
    expect(readTarget(typed('discountedPaybackYears', 'soon'), '2021-04', 120)).toBe('Type the payback in years, such as 3.');
    expect(readTarget(typed('breakEven', '', 'March 2021'), '2021-04', 120)).toBe('The month is before the scenario starts.');
    expect(readTarget(typed('breakEven', '', 'later'), '2021-04', 120)).toBe('Type the month to break even by, such as April 2024.');
  });

  it('refuses a target past the horizon, which the model does not look beyond', () => {
    expect(readTarget(typed('breakEven', '', 'March 2031'), '2021-04', 120)).toEqual({ name: 'breakEven', value: 119 });
    expect(readTarget(typed('breakEven', '', 'April 2031'), '2021-04', 120)).toBe(
      "The month is after the scenario's 10-year horizon, to March 2031.",
    );
    expect(readTarget(typed('breakEven', '', 'April 2045'), '2021-04', 120)).toBe(
      "The month is after the scenario's 10-year horizon, to March 2031.",
    );
    expect(readTarget(typed('paybackYears', '10'), '2021-04', 120)).toEqual({ name: 'paybackYears', value: 10 });
    expect(readTarget(typed('paybackYears', '012'), '2021-04', 120)).toBe(
      "A payback of 12 years is beyond the scenario's 10-year horizon, to March 2031.",
    );
  });
});
