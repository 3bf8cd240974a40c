import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/model/decimal.ts';
import { evaluateScenario } from '../../src/model/evaluate.ts';
import { DEFAULT_PRESET_ID, presetById } from '../../src/model/presets/index.ts';
import type { Figures, ScenarioResult } from '../../src/model/result.ts';
import { NO_SCHEMES_ANSWER, answerMoney, answerSentence, answerYears } from '../../src/format/answer.ts';

const leics = presetById(DEFAULT_PRESET_ID)!;

const d = (x: number | string) => new Decimal(x);
const FIGURES: Figures = {
  totalInvestment: d(1_000_000),
  externalFunding: d(0),
  annualSavingYear1: d(250_000),
  paybackYears: d('4.25'),
  netPaybackYears: d('2'),
  discountedPaybackYears: d('4.5'),
  npv: d('1234567.89'),
  breakEven: '2025-07',
};
const series = { cash: new Float64Array(), net: new Float64Array(), discounted: new Float64Array() };

/** A result with one scheme and the portfolio's figures as given. */
function resultWith(change: Partial<Figures>, { enabled = true, horizonMonths = 120 } = {}): ScenarioResult {
  const figures = { ...FIGURES, ...change };
  return {
    name: 'Test',
    startMonth: '2021-04',
    horizonMonths,
    schemes: [{ id: 'a', name: 'A', enabled, t0: 0, figures, series }],
    portfolio: { t0: 0, figures, series },
  };
}

describe('answerSentence', () => {
  it('says when leics-2021 pays back and what it is worth, from the model’s figures', () => {
    // npm run evaluate -- leics-2021: paybackYears 3.6356, breakEven 2024-11, npv 4979192.6; 10 years at 3.5 %.
    expect(answerSentence(evaluateScenario(leics.scenario), leics.scenario.discountRate)).toBe(
      'The portfolio pays back in 3.6 years (November 2024); net present value £5.0m over 10 years, to March 2031, at 3.5%.',
    );
  });

  it('says when the portfolio does not pay back within the horizon, and by which month', () => {
    expect(answerSentence(resultWith({ paybackYears: null, breakEven: null, npv: d(-1_250_000) }), 0.035)).toBe(
      'The portfolio does not pay back within 10 years; net present value −£1.3m over 10 years, to March 2031, at 3.5%.',
    );
    expect(answerSentence(resultWith({ paybackYears: null, breakEven: null }, { horizonMonths: 12 }), 0)).toBe(
      'The portfolio does not pay back within 1 year; net present value £1.2m over 1 year, to March 2022, at 0%.',
    );
  });

  it('says there is nothing to pay back when the position is never below zero, with the first year’s saving', () => {
    expect(answerSentence(resultWith({ totalInvestment: d(0), paybackYears: d(0), npv: d(812_345) }), 0.035)).toBe(
      'The portfolio has nothing to pay back and saves £250k in its first year; net present value £812k over 10 years, to March 2031, at 3.5%.',
    );
  });

  it('says so when no scheme is switched on, rather than a payback of zero', () => {
    expect(answerSentence(resultWith({ paybackYears: d(0) }, { enabled: false }), 0.035)).toBe(NO_SCHEMES_ANSWER);
  });

  it('follows the figures: a longer payback reads as a longer payback', () => {
    expect(answerSentence(resultWith({ paybackYears: d('7.96'), breakEven: '2029-03' }), 0.05)).toBe(
      'The portfolio pays back in 8.0 years (March 2029); net present value £1.2m over 10 years, to March 2031, at 5%.',
    );
  });
});

describe('answerYears and answerMoney', () => {
  it('round half-up in decimal', () => {
    expect(answerYears(d('3.65'))).toBe('3.7 years');
    expect(answerYears(d('3.6499999999999999999'))).toBe('3.6 years');
    expect(answerMoney(d('4979192.6'))).toBe('£5.0m');
    expect(answerMoney(d('999950'))).toBe('£1.0m');
    expect(answerMoney(d('520588.85'))).toBe('£521k');
    expect(answerMoney(d('999.5'))).toBe('£1k');
    expect(answerMoney(d('812'))).toBe('£812');
  });

  it('writes a real minus, and never “−£0”', () => {
    expect(answerMoney(d(-2_500_000))).toBe('−£2.5m');
    expect(answerMoney(d(-0.4))).toBe('£0');
  });
});
