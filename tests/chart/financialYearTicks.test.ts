import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { financialYearTicks, maxTimeLabels } from '../../src/chart/financialYearTicks.ts';
import { addMonths } from '../../src/format/time.ts';

describe('financialYearTicks', () => {
  it('financial-year ticks fall on April', () => {
    const ticks = financialYearTicks('2021-01', 36, 10);
    expect(ticks.map((tick) => tick.t)).toEqual([3, 15, 27]);
    for (const tick of ticks) expect(addMonths('2021-01', tick.t)).toMatch(/-04$/);
  });

  it('labels each tick with the financial year it ends, as the yearly table does, and the first with the start month', () => {
    expect(financialYearTicks('2021-04', 24, 10)).toEqual([
      { t: 0, label: 'Apr 2021', labelled: true },
      { t: 12, label: '2021/22', labelled: true },
      { t: 24, label: '2022/23', labelled: true },
    ]);
    // a 10-year horizon from April 2021 ends in March 2031: its last tick ends 2030/31
    expect(financialYearTicks('2021-04', 120, 20).at(-1)).toEqual({ t: 120, label: '2030/31', labelled: true });
    // from January the first tick, 1 April 2021, ends the part-year 2020/21 (the yearly table's first row)
    expect(financialYearTicks('2021-01', 36, 10).map((tick) => tick.label)).toEqual(['2020/21', '2021/22', '2022/23']);
  });

  it('thins the labels on a long horizon, keeping the first and every tick mark', () => {
    const ticks = financialYearTicks('2021-04', 480, 9);
    expect(ticks).toHaveLength(41);
    const labelled = ticks.filter((tick) => tick.labelled);
    expect(labelled).toHaveLength(9);
    expect(labelled.map((tick) => tick.label).slice(0, 3)).toEqual(['Apr 2021', '2025/26', '2030/31']);
    const sparser = financialYearTicks('2021-04', 480, 8).filter((tick) => tick.labelled);
    expect(sparser.map((tick) => tick.label)).toEqual(['Apr 2021', '2030/31', '2040/41', '2050/51', '2060/61']);
  });

  it('law: never more labels than fit, and at least one', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 30 }), (years, maxLabels) => {
        const labelled = financialYearTicks('2021-07', years * 12, maxLabels).filter((tick) => tick.labelled);
        expect(labelled.length).toBeGreaterThanOrEqual(1);
        expect(labelled.length).toBeLessThanOrEqual(maxLabels);
      }),
    );
  });
});

describe('maxTimeLabels', () => {
  it('allows one label per 64 pixels, and at least one', () => {
    expect(maxTimeLabels(640)).toBe(10);
    expect(maxTimeLabels(10)).toBe(1);
  });
});
