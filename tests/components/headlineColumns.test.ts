import { describe, expect, it } from 'vitest';
import { boldTextWidth, CELL_PADDING_EM, COLUMNS, columnWidths } from '../../src/components/headlineColumns.ts';
import { evaluateScenario } from '../../src/model/evaluate.ts';
import { PRESETS } from '../../src/model/presets/index.ts';
import { formatMoney } from '../../src/format/money.ts';
import { Decimal } from '../../src/model/decimal.ts';
import type { Figures } from '../../src/model/result.ts';

const leics = evaluateScenario(PRESETS[0]!.scenario).portfolio.figures;
const npvColumn = COLUMNS.findIndex((column) => column.money === 'npv');

/** that every column is at least its narrowest, and a money column as wide as its portfolio figure in bold */
function fits(figures: Figures, widths: number[]): void {
  COLUMNS.forEach((column, i) => {
    expect(widths[i], column.heading).toBeGreaterThanOrEqual(column.width);
    if (column.money === undefined) expect(widths[i], column.heading).toBe(column.width);
    else expect(widths[i], column.heading).toBeGreaterThanOrEqual(boldTextWidth(formatMoney(figures[column.money])) + CELL_PADDING_EM);
  });
}

describe('columnWidths', () => {
  it('fits every preset’s portfolio figures', () => {
    for (const preset of PRESETS) {
      const figures = evaluateScenario(preset.scenario).portfolio.figures;
      fits(figures, columnWidths(figures));
    }
  });

  it('widens only the NPV column for a portfolio NPV of £1,527,664,515 (the 100-scheme benchmark’s)', () => {
    const big: Figures = { ...leics, npv: new Decimal('1527664515') };
    const widths = columnWidths(big);
    expect(formatMoney(big.npv)).toBe('£1,527,664,515');
    fits(big, widths);
    expect(widths[npvColumn]).toBeGreaterThan(columnWidths(leics)[npvColumn]!);
    expect(widths.filter((_, i) => i !== npvColumn)).toEqual(columnWidths(leics).filter((_, i) => i !== npvColumn));
  });

  it('changes a width only when the figure gains or loses a character, so a drag rarely re-measures the table', () => {
    const at = (npv: string) => columnWidths({ ...leics, npv: new Decimal(npv) })[npvColumn]!;
    expect(at('1527664515')).toBe(at('1999999999'));
    expect(at('-1527664515')).toBeGreaterThan(at('1527664515'));
  });

  it('measures a minus sign, a comma and a figure apart', () => {
    expect(boldTextWidth('\u2212£1,000')).toBeCloseTo(0.84 + 0.7 + 0.7 + 0.38 + 3 * 0.7);
  });
});
