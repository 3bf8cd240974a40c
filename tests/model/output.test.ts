/** output: MODEL.md's evaluate JSON — money half-up to the penny, years to four decimals, null kept. */
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/model/decimal.ts';
import { money, outputFigures, toOutputJson, years } from '../../src/model/output.ts';
import type { Figures, ScenarioResult, Series } from '../../src/model/result.ts';

const d = (x: string) => new Decimal(x);

const figures = (overrides: Partial<Figures> = {}): Figures => ({
  totalInvestment: d('431000'),
  externalFunding: d('0'),
  annualSavingYear1: d('82000'),
  paybackYears: d('5.25609756097560975609756097560976'),
  netPaybackYears: null,
  discountedPaybackYears: d('0.27775'),
  npv: d('520588.845'),
  breakEven: '2026-07',
  ...overrides,
});

const noSeries: Series = { cash: new Float64Array(1), net: new Float64Array(1), discounted: new Float64Array(1) };

describe('output', () => {
  it('money rounds half-up to 2 decimals, in decimal (no binary-float ties lost)', () => {
    expect(money(d('1.005'))).toBe(1.01); // Math.round(1.005 × 100) / 100 would give 1
    expect(money(d('2.675'))).toBe(2.68); // (2.675).toFixed(2) would give 2.67
    expect(money(d('0.125'))).toBe(0.13);
    expect(money(d('0.1249999'))).toBe(0.12);
    expect(money(d('520588.845'))).toBe(520588.85);
    expect(money(d('-1.005'))).toBe(-1.01); // a tie rounds away from zero (decimal.js ROUND_HALF_UP)
    expect(money(d('11349'))).toBe(11349);
  });

  it('years round half-up to 4 decimals', () => {
    expect(years(new Decimal(5).div(18))).toBe(0.2778); // 0.27777…
    expect(years(d('0.27775'))).toBe(0.2778); // a tie goes up
    expect(years(d('0.27774999'))).toBe(0.2777);
    expect(years(d('5.25609756'))).toBe(5.2561);
    expect(years(d('0'))).toBe(0);
  });

  it('null stays null', () => {
    expect(years(null)).toBeNull();
    const out = outputFigures(figures({ paybackYears: null, breakEven: null }));
    expect(out.paybackYears).toBeNull();
    expect(out.netPaybackYears).toBeNull();
    expect(out.breakEven).toBeNull();
  });

  it('outputFigures rounds every figure by its kind', () => {
    expect(outputFigures(figures())).toEqual({
      totalInvestment: 431000,
      externalFunding: 0,
      annualSavingYear1: 82000,
      paybackYears: 5.2561,
      netPaybackYears: null,
      discountedPaybackYears: 0.2778,
      npv: 520588.85,
      breakEven: '2026-07',
    });
  });

  it("toOutputJson has MODEL.md's shape: name, startMonth, horizonMonths, schemes with id, name, enabled, and the portfolio", () => {
    const r: ScenarioResult = {
      name: 'Test',
      startMonth: '2021-04',
      horizonMonths: 120,
      schemes: [{ id: 'p1', name: 'Property 1', enabled: false, t0: 0, figures: figures(), series: noSeries }],
      portfolio: { t0: 0, figures: figures({ totalInvestment: d('0.004'), paybackYears: null }), series: noSeries },
    };
    const out = toOutputJson(r);
    expect(Object.keys(out)).toEqual(['name', 'startMonth', 'horizonMonths', 'schemes', 'portfolio']);
    expect(out.schemes[0]).toEqual({ id: 'p1', name: 'Property 1', enabled: false, ...outputFigures(figures()) });
    expect(out.portfolio.totalInvestment).toBe(0);
    expect(out.portfolio.paybackYears).toBeNull();
    // plain JSON numbers, nulls kept
    expect(JSON.parse(JSON.stringify(out))).toEqual(out);
  });
});

describe('output signs', () => {
  it('money and years never print −0: a negative that rounds to nothing is 0', () => {
    expect(Object.is(money(new Decimal('-0.001')), 0)).toBe(true);
    expect(Object.is(money(new Decimal(0).negated()), 0)).toBe(true);
    expect(Object.is(years(new Decimal('-0.00001')), 0)).toBe(true);
  });
});
