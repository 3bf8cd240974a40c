import { describe, expect, it } from 'vitest';
import { evaluateScenario } from '../../src/model/evaluate.ts';
import { presetById } from '../../src/model/presets/index.ts';
import { chartCurves, schemeCurveId } from '../../src/state/curves.ts';

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
