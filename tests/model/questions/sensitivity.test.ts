import { describe, expect, it } from 'vitest';
import { evaluateDetailed } from '../../../src/model/evaluate.ts';
import { presetById } from '../../../src/model/presets/index.ts';
import { inputsOf, resolveInput, valueOf, withValue, type SearchInput } from '../../../src/model/questions/inputs.ts';
import { dataTable, movedByOne, movedValues, switchingValues, tornado, tornadoSteps } from '../../../src/model/questions/sensitivity.ts';
import { figureValue } from '../../../src/model/questions/targets.ts';

const leics = presetById('leics-2021')!.scenario;

describe('tornado', () => {
  it('ranks the inputs as direct evaluations do, largest effect first', () => {
    const t = tornado(leics, { scheme: 'p2' }, { figure: 'npv' });
    const base = figureValue(evaluateDetailed(leics), { scheme: 'p2' }, 'npv')!;
    const direct = inputsOf(leics, { scheme: 'p2' }).map((i) => {
      const { low, high } = movedValues(i, valueOf(leics, i), 0.1);
      const at = (v: number) => figureValue(evaluateDetailed(withValue(leics, i, v)), { scheme: 'p2' }, 'npv')!;
      return { input: i.path, effect: Math.max(Math.abs(at(low) - base), Math.abs(at(high) - base)) };
    });
    direct.sort((a, b) => b.effect - a.effect);
    expect(t.rows.map((r) => r.effect)).toEqual(direct.map((d) => d.effect).sort((a, b) => b - a));
    expect(t.rows[0]!.input).toBe(direct[0]!.input);
    expect(t.rows[0]!.input).toBe('placements.externalWeeklyFee');
  });

  it('a side that does not pay back has no number, and ranks first', () => {
    // p2's fee down 60 %: it never pays back within the horizon
    const t = tornado(leics, { scheme: 'p2' }, { step: 0.6 });
    const fee = t.rows.find((r) => r.input === 'placements.externalWeeklyFee')!;
    expect(fee.low.figures.paybackYears).toBeNull();
    expect(fee.low.change.paybackYears).toBeNull();
    expect(fee.effect).toBe(Infinity);
    expect(t.rows[0]!.effect).toBe(Infinity);
  });

  it('yields progress after each input and ends with the same rows as the plain run', () => {
    const steps = tornadoSteps(leics, { scheme: 'p1' });
    const progress: number[] = [];
    let step = steps.next();
    while (!step.done) {
      progress.push(step.value.done);
      step = steps.next();
    }
    // between inputs it says so; inside an evaluation, as each scheme is worked out, it says how many are done
    const inputs = inputsOf(leics, { scheme: 'p1' }).length;
    expect(progress.every((done, i) => i === 0 || done >= progress[i - 1]!)).toBe(true);
    expect([...new Set(progress.filter((done) => done > 0))]).toEqual(Array.from({ length: inputs }, (_, i) => i + 1));
    expect(step.value.rows.map((r) => r.input)).toEqual(tornado(leics, { scheme: 'p1' }).rows.map((r) => r.input));
  });
});

describe('movedByOne', () => {
  const input = (path: string): SearchInput => {
    const found = resolveInput(leics, { scheme: 'p2' }, path);
    if (typeof found === 'string') throw new Error(found);
    return found;
  };
  it('is true for a whole number the step would not move: 3 beds by 10 % go to 2 and 4', () => {
    expect(movedValues(input('placements.beds'), 3, 0.1)).toEqual({ low: 2, high: 4 });
    expect(movedByOne(input('placements.beds'), 3, 0.1)).toBe(true);
  });
  it('is false where the step itself moves the whole number, and for amounts and rates however they round', () => {
    expect(movedByOne(input('placements.beds'), 30, 0.1)).toBe(false);
    expect(movedByOne(input('placements.externalWeeklyFee'), 3, 0.1)).toBe(false);
    // a rate of 1.25 % by 10 % rounds to 1.13 % and 1.38 %, further than the step, but not by one
    expect(movedByOne(input('feeInflation'), 0.0125, 0.1)).toBe(false);
    expect(movedByOne(input('placements.beds'), 3, 0)).toBe(false);
  });
});

describe('switching values', () => {
  it('the value at which NPV falls to zero agrees with a plain bisection', () => {
    const scope = { scheme: 'p2' };
    const rows = switchingValues(leics, scope, { inputs: inputsOf(leics, scope).filter((i) => i.path === 'placements.externalWeeklyFee') });
    const i = inputsOf(leics, scope).find((x) => x.path === 'placements.externalWeeklyFee')!;
    const npv = (v: number) => figureValue(evaluateDetailed(withValue(leics, i, v)), scope, 'npv')!;
    let [lo, hi] = [0, valueOf(leics, i)];
    for (let k = 0; k < 60; k++) {
      const mid = (lo + hi) / 2;
      if (npv(mid) < 0) lo = mid;
      else hi = mid;
    }
    expect(rows[0]!.npvZero.reached).toBe(true);
    expect(Math.abs(rows[0]!.npvZero.value - hi)).toBeLessThan(0.01);
    expect(rows[0]!.npvZero.percentFromToday).toBeCloseTo(((hi - 5117) / 5117) * 100, 3);
    expect(rows[0]!.paybackAtHorizon.reached).toBe(true);
    // just above the switching fee it pays back; a penny below, not within the horizon
    expect(figureValue(evaluateDetailed(withValue(leics, i, rows[0]!.paybackAtHorizon.value)), scope, 'paybackYears')).not.toBeNull();
    expect(figureValue(evaluateDetailed(withValue(leics, i, rows[0]!.paybackAtHorizon.value - 0.01)), scope, 'paybackYears')).toBeNull();
  });
});

describe('data table', () => {
  it('runs one input over a range, each row the figures a direct evaluation gives', () => {
    const i = inputsOf(leics, { scheme: 'p2' }).find((x) => x.path === 'placements.occupancy')!;
    const rows = dataTable(leics, { scheme: 'p2' }, i, { from: 0.5, to: 1, count: 6 });
    expect(rows.map((r) => r.value)).toEqual([0.5, 0.6, 0.7, 0.8, 0.9, 1]);
    for (const r of rows)
      expect(r.figures.npv.toNumber()).toBe(figureValue(evaluateDetailed(withValue(leics, i, r.value)), { scheme: 'p2' }, 'npv'));
  });
});
