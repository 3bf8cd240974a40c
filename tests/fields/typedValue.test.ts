import { describe, expect, it } from 'vitest';
import { BEDS, CAPITAL_MONEY, MONTH, OCCUPANCY, RATE, WEEKLY_MONEY, ANNUAL_SAVING } from '../../src/fields/inputFields.ts';
import {
  formatExact,
  fromDisplay,
  parseMonth,
  parseName,
  parseTyped,
  sliderRange,
  toDisplay,
  typedEmpty,
  typedNotWhole,
  withUnit,
} from '../../src/fields/typedValue.ts';

describe('parseTyped', () => {
  it('reads a percentage as a fraction: "75" and "75 %" are 0.75 occupancy', () => {
    expect(parseTyped(OCCUPANCY, 'Occupancy', '75')).toEqual({ ok: true, value: 0.75 });
    expect(parseTyped(OCCUPANCY, 'Occupancy', ' 75 % ')).toEqual({ ok: true, value: 0.75 });
    expect(parseTyped(RATE, 'Fee inflation', '7.3')).toEqual({ ok: true, value: 0.073 });
  });

  it('reads pounds with a sign, separators and k/m: "£5,117", "1.2m", "250k"', () => {
    expect(parseTyped(WEEKLY_MONEY, 'External weekly fee', '£5,117')).toEqual({ ok: true, value: 5117 });
    expect(parseTyped(CAPITAL_MONEY, 'Amount', '1.2m')).toEqual({ ok: true, value: 1_200_000 });
    expect(parseTyped(CAPITAL_MONEY, 'Amount', '£250k')).toEqual({ ok: true, value: 250_000 });
  });

  it('takes a real minus where negatives are allowed', () => {
    expect(parseTyped(ANNUAL_SAVING, 'Annual saving', '\u221212,000')).toEqual({ ok: true, value: -12_000 });
    expect(parseTyped(RATE, 'Cost inflation', '-2')).toEqual({ ok: true, value: -0.02 });
  });

  it('refuses an empty field and text that is not a number, naming the field', () => {
    expect(parseTyped(OCCUPANCY, 'Occupancy', '  ')).toEqual({ ok: false, message: typedEmpty('Occupancy') });
    const typed = parseTyped(OCCUPANCY, 'Occupancy', 'lots');
    expect(typed.ok).toBe(false);
    if (!typed.ok) expect(typed.message).toMatch(/^Occupancy: “lots” is not a number/);
    expect(parseTyped(CAPITAL_MONEY, 'Amount', '1.2.3').ok).toBe(false);
    expect(parseTyped(OCCUPANCY, 'Occupancy', '5k').ok).toBe(false);
  });

  it('refuses a value outside the bounds, saying them in the field’s units', () => {
    expect(parseTyped(OCCUPANCY, 'Occupancy', '150')).toEqual({
      ok: false,
      message: 'Occupancy must be between 0% and 100%',
    });
    expect(parseTyped(WEEKLY_MONEY, 'External weekly fee', '-1')).toEqual({
      ok: false,
      message: 'External weekly fee must be between £0 a week and £1,000,000 a week',
    });
  });

  it('refuses a fraction where a whole number is needed', () => {
    expect(parseTyped(BEDS, 'Beds', '2.5')).toEqual({ ok: false, message: typedNotWhole('Beds') });
    expect(parseTyped(MONTH, 'Opening month', '12')).toEqual({ ok: true, value: 12 });
  });
});

describe('display units', () => {
  it('shows fractions as exact percentages and back', () => {
    expect(toDisplay(RATE, 0.073)).toBe(7.3);
    expect(fromDisplay(RATE, 7.3)).toBe(0.073);
    expect(toDisplay(CAPITAL_MONEY, 385_000)).toBe(385_000);
  });

  it('formats exactly in en-GB, with a real minus', () => {
    expect(formatExact(5117)).toBe('5,117');
    expect(formatExact(7.35)).toBe('7.35');
    expect(formatExact(-2)).toBe('\u22122');
    expect(withUnit('money', -250_000)).toBe('\u2212£250,000');
    expect(withUnit('months', 480)).toBe('480 months');
    expect(withUnit('month', 12)).toBe('month 12');
  });
});

describe('sliderRange', () => {
  it('keeps the usual range for a value inside it', () => {
    expect(sliderRange(WEEKLY_MONEY, 5117)).toEqual({ min: 0, max: 15_000 });
  });

  it('widens to take in a typed value outside it', () => {
    expect(sliderRange(WEEKLY_MONEY, 22_000)).toEqual({ min: 0, max: 22_000 });
    expect(sliderRange(ANNUAL_SAVING, -50_000)).toEqual({ min: -50_000, max: 1_000_000 });
  });

  it('runs a month to the end of the horizon', () => {
    expect(sliderRange(MONTH, 3, 480)).toEqual({ min: 0, max: 480 });
    expect(sliderRange(MONTH, 200, 120)).toEqual({ min: 0, max: 200 });
  });
});

describe('parseMonth and parseName', () => {
  it('takes YYYY-MM within restore.ts’s years', () => {
    expect(parseMonth('Start month', '2022-04')).toEqual({ ok: true, value: '2022-04' });
    for (const bad of ['2022-13', '22-04', '1899-12', 'April 2022']) expect(parseMonth('Start month', bad).ok).toBe(false);
  });

  it('takes a name of up to 200 characters', () => {
    expect(parseName('Name', 'x'.repeat(200)).ok).toBe(true);
    expect(parseName('Name', 'x'.repeat(201)).ok).toBe(false);
  });
});
