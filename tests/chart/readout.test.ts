import { describe, expect, it } from 'vitest';
import { breakEvenOf, monthHeading, readoutSentence, readoutValue, valueAt } from '../../src/chart/readout.ts';

describe('valueAt', () => {
  it('reads whole months and interpolates between them on the drawn straight line', () => {
    const values = [-100, 20, 50];
    expect(valueAt(values, 1)).toBe(20);
    expect(valueAt(values, 0.5)).toBe(-40);
    expect(valueAt(values, 1.25)).toBe(27.5);
  });

  it('is NaN outside the data', () => {
    expect(valueAt([1, 2], 2)).toBeNaN();
    expect(valueAt([1, 2], -1)).toBeNaN();
    expect(valueAt([1, 2], 1.5)).toBeNaN();
  });
});

describe('readoutSentence', () => {
  it('says the month, its financial year and every curve in whole pounds', () => {
    const curves = [
      { label: 'Property 1', values: Array.from({ length: 49 }, () => -120000) },
      { label: 'Portfolio', values: Array.from({ length: 49 }, () => 310000) },
    ];
    expect(readoutSentence('2021-04', 48, curves)).toBe('End of March 2025 (2024/25): Property 1 −£120,000; Portfolio £310,000');
  });

  it('says "no data" rather than a number past a curve\'s end', () => {
    expect(readoutValue([1, 2], 5)).toBe('no data');
  });

  it('says the same curve at another month afresh, another curve afresh, and a curve refilled in place afresh', () => {
    const values = Float64Array.from([0, 1000, 2000]);
    expect(readoutValue(values, 1)).toBe('£1,000');
    expect(readoutValue(values, 1)).toBe('£1,000');
    expect(readoutValue(values, 2)).toBe('£2,000');
    expect(readoutValue(Float64Array.from([0, 5, 7000]), 2)).toBe('£7,000');
    // refilled in place: said afresh
    values[2] = 3000;
    expect(readoutValue(values, 2)).toBe('£3,000');
  });

  it('monthHeading names the month that ends at t (docs/model.md §5) and its financial year; t = 0 is the start', () => {
    expect(monthHeading('2021-04', 0)).toBe('Start, April 2021 (2021/22)');
    expect(monthHeading('2021-04', 1)).toBe('End of April 2021 (2021/22)');
    expect(monthHeading('2021-04', 12)).toBe('End of March 2022 (2021/22)');
    expect(monthHeading('2021-04', 13)).toBe('End of April 2022 (2022/23)');
    // a 10-year horizon's end is the end of March 2031, in 2030/31, not April 2031 in 2031/32
    expect(monthHeading('2021-04', 120)).toBe('End of March 2031 (2030/31)');
    expect(monthHeading('2021-10', 6)).toBe('End of March 2022 (2021/22)');
  });
});

describe('breakEvenOf', () => {
  it('is the month in which the crossing happens (MODEL.md: startMonth + ceil(months) − 1)', () => {
    expect(breakEvenOf('2021-04', 63.07)).toBe('2026-07');
    expect(breakEvenOf('2021-04', 63)).toBe('2026-06');
    expect(breakEvenOf('2021-04', 63.000000000001)).toBe('2026-06');
    expect(breakEvenOf('2021-04', 0)).toBe('2021-04');
  });
});
