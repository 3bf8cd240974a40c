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

  it('labels each tick with its financial year', () => {
    expect(financialYearTicks('2021-04', 24, 10)).toEqual([
      { t: 0, label: '2021/22', labelled: true },
      { t: 12, label: '2022/23', labelled: true },
      { t: 24, label: '2023/24', labelled: true },
    ]);
  });

  it('thins the labels on a long horizon, keeping the first and every tick mark', () => {
    const ticks = financialYearTicks('2021-04', 480, 9);
    expect(ticks).toHaveLength(41);
    const labelled = ticks.filter((tick) => tick.labelled);
    expect(labelled).toHaveLength(9);
    expect(labelled.map((tick) => tick.label).slice(0, 3)).toEqual(['2021/22', '2026/27', '2031/32']);
    const sparser = financialYearTicks('2021-04', 480, 8).filter((tick) => tick.labelled);
    expect(sparser.map((tick) => tick.label)).toEqual(['2021/22', '2031/32', '2041/42', '2051/52', '2061/62']);
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
