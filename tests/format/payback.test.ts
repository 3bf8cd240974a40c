import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/model/decimal.ts';
import { evaluateScenario } from '../../src/model/evaluate.ts';
import { presetById } from '../../src/model/presets/index.ts';
import type { Figures } from '../../src/model/result.ts';
import { breakEvenText, NOTHING_TO_PAY_BACK, nothingToPayBack, paybackText, SAVING_FROM_THE_START } from '../../src/format/payback.ts';

const leics = evaluateScenario(presetById('leics-2021')!.scenario);
const art = leics.schemes.find((s) => s.id === 'art')!.figures;
const p1 = leics.schemes.find((s) => s.id === 'p1')!.figures;

describe('nothingToPayBack', () => {
  it('is true of the ART in leics-2021, which has no up-front cost, for every payback', () => {
    expect(art.totalInvestment.isZero()).toBe(true);
    for (const payback of ['paybackYears', 'netPaybackYears', 'discountedPaybackYears'] as const)
      expect(nothingToPayBack(art, payback)).toBe(true);
    expect(nothingToPayBack(art)).toBe(true);
  });

  it('is false of a scheme that pays back after a while, and of one that never does', () => {
    expect(nothingToPayBack(p1)).toBe(false);
    expect(nothingToPayBack({ ...p1, paybackYears: null })).toBe(false);
  });

  it('asks of the payback it is given: a home whose sale value covers its cost at once has nothing to pay back net', () => {
    const covered: Figures = { ...p1, netPaybackYears: new Decimal(0) };
    expect(nothingToPayBack(covered, 'netPaybackYears')).toBe(true);
    expect(nothingToPayBack(covered, 'paybackYears')).toBe(false);
  });
});

describe('paybackText and breakEvenText', () => {
  it('say the ART has nothing to pay back and saves from the start, never "0 years" or a month', () => {
    for (const payback of ['paybackYears', 'netPaybackYears', 'discountedPaybackYears'] as const) {
      expect(paybackText(art, payback)).toBe(NOTHING_TO_PAY_BACK);
      expect(paybackText(art, payback)).not.toMatch(/0 years/);
    }
    expect(breakEvenText(art)).toBe(SAVING_FROM_THE_START);
    expect(breakEvenText(art)).not.toMatch(/April 2021/);
  });

  it('say a real payback in years, its month and financial year, and no payback in words', () => {
    // npm run evaluate -- leics-2021: p1 pays back in 5.26 years, breaking even in July 2026
    expect(paybackText(p1, 'paybackYears')).toBe(`${p1.paybackYears!.toFixed(2)} years`);
    expect(breakEvenText(p1)).toBe('July 2026 (2026/27)');
    expect(paybackText({ ...p1, paybackYears: null }, 'paybackYears')).toBe('Does not pay back within the horizon');
    expect(breakEvenText({ ...p1, paybackYears: null, breakEven: null })).toBe('Does not pay back within the horizon');
  });
});
