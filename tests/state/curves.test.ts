import { describe, expect, it } from 'vitest';
import { evaluateScenario } from '../../src/model/evaluate.ts';
import { presetById } from '../../src/model/presets/index.ts';
import { chartCurves, CurveSlots, schemeCurveId } from '../../src/state/curves.ts';
import { curveStyles } from '../../src/chart/curveStyle.ts';

const result = evaluateScenario(presetById('leics-2021')!.scenario);

describe('chartCurves', () => {
  it('marks no break-even for the ART, which has nothing to pay back, in any view', () => {
    for (const view of ['cash', 'net', 'discounted'] as const) {
      const art = chartCurves(result, view).find((c) => c.id === schemeCurveId('art'))!;
      expect(art.crossingMonth, view).toBeNull();
    }
  });

  it('still marks a scheme that pays back at its crossing', () => {
    const p1 = chartCurves(result, 'cash').find((c) => c.id === schemeCurveId('p1'))!;
    expect(p1.crossingMonth).toBeCloseTo(result.schemes[0]!.figures.paybackYears!.toNumber() * 12 + result.schemes[0]!.t0, 9);
  });
});

describe('CurveSlots', () => {
  it('gives schemes their places in order the first time', () => {
    expect(new CurveSlots().assign(['a', 'b', 'c'])).toEqual([0, 1, 2]);
  });

  it('keeps every other scheme in its place when one is removed, and gives it back its place when it returns', () => {
    const slots = new CurveSlots();
    slots.assign(['a', 'b', 'c', 'd']);
    expect(slots.assign(['a', 'b', 'd'])).toEqual([0, 1, 3]);
    expect(slots.assign(['a', 'b', 'c', 'd'])).toEqual([0, 1, 2, 3]);
  });

  it('gives a new scheme the first place free, and a returning one a new place if its own was taken', () => {
    const slots = new CurveSlots();
    slots.assign(['a', 'b', 'c']);
    expect(slots.assign(['a', 'c', 'new'])).toEqual([0, 2, 1]);
    expect(slots.assign(['a', 'b', 'c', 'new'])).toEqual([0, 3, 2, 1]);
  });
});

describe('chartCurves with places kept', () => {
  it('keeps Property 4 and the ART drawn as they were when Property 3 is switched off, by position without places', () => {
    const scenario = presetById('leics-2021')!.scenario;
    const without3 = evaluateScenario({
      ...scenario,
      schemes: scenario.schemes.map((s) => (s.id === 'p3' ? { ...s, enabled: false } : s)),
    });
    const slots = new CurveSlots();
    const before = curveStyles(chartCurves(result, 'cash', slots));
    const after = curveStyles(chartCurves(without3, 'cash', slots));
    for (const id of ['p1', 'p2', 'p4', 'art']) expect(after.get(schemeCurveId(id)), id).toEqual(before.get(schemeCurveId(id)));
    // without places, the curves after the one switched off take its neighbours' looks
    expect(curveStyles(chartCurves(without3, 'cash')).get(schemeCurveId('p4'))).toEqual(before.get(schemeCurveId('p3')));
  });
});
