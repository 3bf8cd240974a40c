import { describe, expect, it } from 'vitest';
import { CELL_PADDING_EM, COLUMNS, columnWidths, textWidth } from '../../src/components/headlineColumns.ts';
import { evaluateScenario } from '../../src/model/evaluate.ts';
import { PRESETS } from '../../src/model/presets/index.ts';
import { Decimal } from '../../src/model/decimal.ts';
import type { Figures } from '../../src/model/result.ts';

const leics = evaluateScenario(PRESETS[0]!.scenario).portfolio.figures;
const column = (money: string) => COLUMNS.findIndex((c) => c.money === money);
const NPV = column('npv');
const INVESTMENT = column('totalInvestment');
const withNpv = (figures: Figures, npv: string): Figures => ({ ...figures, npv: new Decimal(npv) });

describe('columnWidths', () => {
  it('pads a cell by 0.35 rem a side in text of 0.8125 rem: 0.86 em', () => {
    expect(CELL_PADDING_EM).toBeCloseTo(0.8615, 4);
  });

  it('gives a portfolio NPV of £1,527,664,515 in bold what it needs: 11 figures, 3 commas and the padding', () => {
    // 11 × 0.696 + 3 × 0.38 + 0.86 = 9.66, to the quarter em above: 9.75 em (it ran into the next column at 6.75 em)
    const widths = columnWidths(withNpv(leics, '1527664515'), []);
    expect(widths[NPV]).toBe(9.75);
    // every other column as for the preset's own portfolio
    const own = columnWidths(leics, []);
    expect(widths.filter((_, i) => i !== NPV)).toEqual(own.filter((_, i) => i !== NPV));
  });

  it('gives £100,000,000 in bold 8.75 em (it needs 8.58: the padding counted short left it at 8.5)', () => {
    expect(columnWidths(withNpv(leics, '100000000'), [])[NPV]).toBe(8.75);
  });

  it('widens for a scheme’s figure wider than the portfolio’s, in the regular weight', () => {
    // −£12,008,000: a minus, 9 figures, 2 commas, regular: 0.838 + 5.724 + 0.636 + 0.86 = 8.06 → 8.25 em
    const scheme = withNpv(leics, '-12008000');
    const widths = columnWidths(withNpv(leics, '1000'), [scheme]);
    expect(widths[NPV]).toBe(8.25);
  });

  it('sizes by the schemes alone when the portfolio’s row shows no figures (every scheme off)', () => {
    const scheme = { ...leics, totalInvestment: new Decimal('123456789') };
    // £123,456,789 regular: 10 × 0.636 + 2 × 0.318 + 0.86 = 7.86 → 8 em
    expect(columnWidths(null, [scheme])[INVESTMENT]).toBe(8);
    expect(columnWidths(null, [])).toEqual(COLUMNS.map((c) => c.width));
  });

  it('keeps a column at its narrowest when its figures are short, and never sizes a column without money', () => {
    const widths = columnWidths(withNpv(leics, '0'), [withNpv(leics, '5')]);
    expect(widths[NPV]).toBe(COLUMNS[NPV]!.width);
    COLUMNS.forEach((c, i) => {
      if (c.money === undefined) expect(widths[i]).toBe(c.width);
    });
  });

  it('changes a width only when the figure gains or loses a character, so a drag rarely re-measures the table', () => {
    const at = (npv: string) => columnWidths(withNpv(leics, npv), [])[NPV]!;
    expect(at('1527664515')).toBe(at('1999999999'));
    expect(at('-1527664515')).toBeGreaterThan(at('1527664515'));
  });

  it('fits every preset, its portfolio in bold and its schemes as they are', () => {
    for (const preset of PRESETS) {
      const result = evaluateScenario(preset.scenario);
      const widths = columnWidths(
        result.portfolio.figures,
        result.schemes.map((s) => s.figures),
      );
      COLUMNS.forEach((c, i) => expect(widths[i], `${preset.id} ${c.heading}`).toBeGreaterThanOrEqual(c.width));
    }
  });

  it('measures a minus sign, a comma and a figure apart, in each weight', () => {
    expect(textWidth('\u2212£1,000', 'bold')).toBeCloseTo(0.838 + 5 * 0.696 + 0.38);
    expect(textWidth('\u2212£1,000', 'regular')).toBeCloseTo(0.838 + 5 * 0.636 + 0.318);
  });
});
