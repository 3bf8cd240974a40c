import { describe, expect, it } from 'vitest';
import { DEFAULT_PRESET_ID, presetById } from '../../src/model/presets/index.ts';
import { resolveInput, type SearchInput } from '../../src/model/questions/inputs.ts';
import { solve } from '../../src/model/questions/solve.ts';
import { OCCUPANCY } from '../../src/fields/inputFields.ts';
import { inputLabels } from '../../src/fields/questionInputs.ts';
import { changeText, finderSentence, targetText, tornadoHeading } from '../../src/state/questionMessages.ts';

const leics = presetById(DEFAULT_PRESET_ID)!.scenario;
const occupancy = resolveInput(leics, { scheme: 'p2' }, 'placements.occupancy') as SearchInput;
const terms = { startMonth: leics.startMonth, horizonYears: leics.horizonYears };

describe('finderSentence', () => {
  it('says the value found beside today’s, with the figure it gives', () => {
    const target = { name: 'paybackYears', value: 3 } as const;
    const answer = solve(leics, { scope: { scheme: 'p2' }, input: occupancy, target });
    const { label } = inputLabels(leics)(occupancy);
    expect(label).toBe('Occupancy of Property 2 — residential, 16+');
    expect(finderSentence({ label, spec: OCCUPANCY, today: 0.75, target, answer, ...terms })).toBe(
      'Occupancy of Property 2 — residential, 16+: 75% now; 51.59% gives a payback of 3 years.',
    );
  });

  it('says a target out of reach in words, with the input’s range and the best value there is', () => {
    const target = { name: 'paybackYears', value: 0.5 } as const;
    const answer = solve(leics, { scope: { scheme: 'p2' }, input: occupancy, target });
    expect(finderSentence({ label: 'Occupancy', spec: OCCUPANCY, today: 0.75, target, answer, ...terms })).toBe(
      "Occupancy: 75% now. A payback of 0.5 years is not reachable within this input's range (0% to 100%); the best is 100%, giving a payback of 1.87 years.",
    );
  });

  it('says that an input which does not move the figure cannot give the target, and asks for another', () => {
    const target = { name: 'paybackYears', value: 3 } as const;
    const rate = resolveInput(leics, 'portfolio', 'discountRate') as SearchInput;
    const answer = solve(leics, { scope: 'portfolio', input: rate, target });
    const { label, spec } = inputLabels(leics)(rate);
    expect(finderSentence({ label, spec, today: 0.035, target, answer, ...terms })).toBe(
      'Discount rate: 3.5% now. At either end of its range (−50% and 100%) it leaves a payback of 3.64 years, as now, so it cannot give a payback of 3 years: choose another input.',
    );
  });
});

describe('targetText and changeText', () => {
  it('a break-even target is its month, an NPV target is money', () => {
    expect(targetText({ name: 'breakEven', value: 36 }, '2021-04', 10)).toBe('break-even by April 2024');
    expect(targetText({ name: 'npv', value: 0 }, '2021-04', 10)).toBe('an NPV of £0');
  });

  it('a change is signed with a real minus, and a tiny one is no change', () => {
    expect(changeText('paybackYears', 0.354)).toBe('+0.35 years');
    expect(changeText('npv', -120000)).toBe('\u2212£120,000');
    expect(changeText('npv', 0.2)).toBe('no change');
  });
});

describe('tornadoHeading', () => {
  it('says the step, and that a whole number moves by at least one only when one moved further than the step', () => {
    expect(tornadoHeading('paybackYears', '10', 0, false)).toBe('Payback (gross): each input 10% down and up, the largest effect first');
    expect(tornadoHeading('npv', '20', 2, true)).toBe(
      'NPV: each input 20% down and up (2 to your own values), a whole number (beds, months) by at least one, the largest effect first',
    );
  });
});
