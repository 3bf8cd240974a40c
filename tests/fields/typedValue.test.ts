import { describe, expect, it } from 'vitest';
import { BEDS, CAPITAL_MONEY, MONTH, OCCUPANCY, RATE, WEEKLY_MONEY, ANNUAL_SAVING } from '../../src/fields/inputFields.ts';
import {
  describeValue,
  formatExact,
  fromDisplay,
  parseMonth,
  parseName,
  parseTyped,
  sliderRange,
  toDisplay,
  typedEmpty,
  typedNotWhole,
  unitWords,
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
      message: 'Occupancy: “150” is not between 0% and 100%',
    });
    expect(parseTyped(WEEKLY_MONEY, 'External weekly fee', '-1')).toEqual({
      ok: false,
      message: 'External weekly fee: “-1” is not between £0 a week and £1,000,000 a week',
    });
  });

  it('refuses a fraction where a whole number is needed', () => {
    expect(parseTyped(BEDS, 'Beds', '2.5')).toEqual({ ok: false, message: typedNotWhole('Beds', '2.5') });
    expect(typedNotWhole('Beds', '2.5')).toBe('Beds: “2.5” is not a whole number');
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
    expect(withUnit('months', 1)).toBe('1 month');
    expect(withUnit('months', -1)).toBe('\u22121 month');
    expect(withUnit('years', 1)).toBe('1 year');
    expect(withUnit('month', 12)).toBe('month 12');
  });

  it('says the exact field’s unit in words for its name: pounds a week, not “in a week”', () => {
    expect(unitWords('weeklyMoney')).toBe('in pounds a week');
    expect(unitWords('money')).toBe('in pounds');
    expect(unitWords('percent')).toBe('in per cent');
    expect(unitWords('months')).toBe('in months');
    expect(unitWords('count')).toBe('');
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
  it('takes a month as officers write it, within restore.ts’s years', () => {
    for (const text of ['2022-04', 'April 2022', 'Apr 2022', '04/2022'])
      expect(parseMonth('Start month', text)).toEqual({ ok: true, value: '2022-04' });
    for (const bad of ['2022-13', '22-04', '1899-12', '2201-01', 'Smarch 2022']) expect(parseMonth('Start month', bad).ok).toBe(false);
  });

  it('names the refused month and the forms it takes', () => {
    expect(parseMonth('Start month', 'Smarch 2022')).toEqual({
      ok: false,
      message: 'Start month: “Smarch 2022” is not a month from January 1900 to December 2200; write it as April 2021 or 2021-04',
    });
  });

  it('takes a name of up to 200 characters', () => {
    expect(parseName('Name', 'x'.repeat(200)).ok).toBe(true);
    expect(parseName('Name', 'x'.repeat(201)).ok).toBe(false);
  });
});

describe('a per-cent field asks about a fraction typed without a % sign', () => {
  it('asks whether "0.5" in occupancy is 50% or 0.5%, the fraction reading first, and changes nothing until answered', () => {
    expect(parseTyped(OCCUPANCY, 'Occupancy', '0.5')).toEqual({
      ok: false,
      ask: [0.5, 0.005],
      message: 'Occupancy: did you mean 50% or 0.5%?',
    });
    expect(parseTyped(OCCUPANCY, 'Occupancy', '1')).toMatchObject({ ok: false, ask: [1, 0.01] });
  });

  it('puts the reading inside the slider’s usual range first: "0.03" fee inflation is likelier 3%, "1" likelier 1%', () => {
    expect(parseTyped(RATE, 'Fee inflation', '0.03')).toMatchObject({ ok: false, ask: [0.03, 0.0003] });
    expect(parseTyped(RATE, 'Fee inflation', '1')).toMatchObject({ ok: false, ask: [0.01, 1] });
    expect(parseTyped(RATE, 'Fee inflation', '0.5')).toMatchObject({ ok: false, ask: [0.005, 0.5] });
  });

  it('does not ask when a % sign is typed, outside 0 < x ≤ 1, outside per cent, or when only one reading is allowed', () => {
    expect(parseTyped(OCCUPANCY, 'Occupancy', '0.5%')).toEqual({ ok: true, value: 0.005 });
    expect(parseTyped(OCCUPANCY, 'Occupancy', '0.5 %')).toEqual({ ok: true, value: 0.005 });
    expect(parseTyped(OCCUPANCY, 'Occupancy', '0')).toEqual({ ok: true, value: 0 });
    expect(parseTyped(OCCUPANCY, 'Occupancy', '1.5')).toEqual({ ok: true, value: 0.015 });
    expect(parseTyped(RATE, 'Fee inflation', '-0.5')).toEqual({ ok: true, value: -0.005 });
    expect(parseTyped(CAPITAL_MONEY, 'Amount', '0.5')).toEqual({ ok: true, value: 0.5 });
    const upTo20 = { ...RATE, bounds: { min: 0, max: 0.2, whole: false } };
    expect(parseTyped(upTo20, 'Rate', '0.5')).toEqual({ ok: true, value: 0.005 });
  });
});

describe('a month index takes a calendar month', () => {
  const START = '2021-04';

  it('reads "Apr 2022", "April 2022", "2022-04" and "04/2022" as month 12 of a scenario starting April 2021', () => {
    for (const text of ['Apr 2022', 'April 2022', '2022-04', '04/2022', '12', 'month 12']) {
      expect(parseTyped(MONTH, 'Opening month', text, START), text).toEqual({ ok: true, value: 12 });
    }
  });

  it('refuses a month before the start or after the last month, naming the range', () => {
    const range = 'is not between month 0 (April 2021) and month 480 (April 2061)';
    expect(parseTyped(MONTH, 'Opening month', 'Mar 2021', START)).toEqual({ ok: false, message: `Opening month: “Mar 2021” ${range}` });
    expect(parseTyped(MONTH, 'Opening month', 'May 2061', START)).toEqual({ ok: false, message: `Opening month: “May 2061” ${range}` });
    expect(parseTyped(MONTH, 'Opening month', '481', START)).toEqual({ ok: false, message: `Opening month: “481” ${range}` });
  });

  it('without a start month, a calendar month is not a number', () => {
    expect(parseTyped(MONTH, 'Opening month', 'Apr 2022')).toMatchObject({ ok: false });
  });

  it('says the month: "month 12 — April 2022"', () => {
    expect(describeValue(MONTH, 12, START)).toBe('month 12 — April 2022');
    expect(describeValue(MONTH, 12)).toBe('month 12');
    expect(describeValue(OCCUPANCY, 0.75)).toBe('75%');
  });
});
