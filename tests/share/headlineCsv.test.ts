import { describe, expect, it } from 'vitest';
import { evaluateScenario } from '../../src/model/evaluate.ts';
import { presetById } from '../../src/model/presets/index.ts';
import { HEADLINE_CSV_HEADER, headlineCsv } from '../../src/share/headlineCsv.ts';
import { parseCsv } from './csvReader.ts';

const rows = (csv: string) => parseCsv(csv.replace(/^\uFEFF/, ''));

describe('headlineCsv', () => {
  const leics = presetById('leics-2021')!.scenario;
  const result = evaluateScenario(leics);
  const csv = headlineCsv(result);

  it('has the header, the portfolio, then every scheme, with a byte-order mark for Excel', () => {
    expect(csv.startsWith('\uFEFFScheme,')).toBe(true);
    expect(rows(csv).map((cells) => cells[0])).toEqual(['Scheme', 'Portfolio', ...result.schemes.map((s) => s.name)]);
    expect(rows(csv)[0]).toEqual(HEADLINE_CSV_HEADER);
  });

  it('writes the figures from the decimals: pounds to the penny, years to two places, the month kept as text', () => {
    const p1 = result.schemes[0]!.figures;
    const cells = rows(csv)[2]!;
    expect(cells.slice(1, 5)).toEqual([
      p1.totalInvestment.toFixed(2),
      p1.externalFunding.toFixed(2),
      p1.annualSavingYear1.toFixed(2),
      p1.paybackYears!.toFixed(2),
    ]);
    expect(cells[1]).toBe('431000.00');
    expect(cells[8]).toBe(`="${p1.breakEven}"`);
  });

  it('says in words where there is nothing to pay back, and where there is no payback', () => {
    const art = rows(csv).find((cells) => cells[0]!.startsWith('Assessment'))!;
    expect(art.slice(4, 7)).toEqual(['nothing to pay back', 'nothing to pay back', 'nothing to pay back']);
    expect(art[8]).toBe('nothing to pay back');
    const late = headlineCsv(evaluateScenario({ ...leics, horizonYears: 1 }));
    expect(rows(late)[1]![4]).toBe('none within 1 year');
  });
});
