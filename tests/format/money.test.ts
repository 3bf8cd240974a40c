import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Decimal } from '../../src/model/decimal.ts';
import { MINUS, NO_PAYBACK_WITHIN_HORIZON, formatMoney, formatMoneyCompact, formatYears } from '../../src/format/money.ts';

describe('formatMoney', () => {
  it('writes whole pounds with a pound sign and thousands commas', () => {
    expect(formatMoney(1234)).toBe('£1,234');
    expect(formatMoney(411840)).toBe('£411,840');
    expect(formatMoney(0)).toBe('£0');
  });

  it('writes a negative amount with a real minus sign (U+2212), not a hyphen', () => {
    expect(formatMoney(-1234)).toBe('−£1,234');
    expect(formatMoney(-1234).codePointAt(0)).toBe(0x2212);
    expect(formatMoney(-1234)).not.toContain('-');
  });

  it('rounds half away from zero, and never shows minus zero', () => {
    expect(formatMoney(1234.5)).toBe('£1,235');
    expect(formatMoney(-1234.5)).toBe('−£1,235');
    expect(formatMoney(-0.4)).toBe('£0');
    expect(formatMoney(-0)).toBe('£0');
  });

  it('accepts a Decimal and rounds it in decimal, not through binary floating point', () => {
    expect(formatMoney(new Decimal('520588.5'))).toBe('£520,589');
    expect(formatMoney(new Decimal('-120000.49999999999999999'))).toBe('−£120,000');
  });

  it('shows a non-finite amount as a dash, never "NaN" or "∞"', () => {
    for (const x of [NaN, Infinity, -Infinity]) expect(formatMoney(x)).toBe('—');
  });

  it('law: the digits of the formatted amount are the rounded amount', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (n) => {
        const text = formatMoney(n);
        expect(Number(text.replace(MINUS, '-').replace('£', '').replaceAll(',', ''))).toBe(n === 0 ? 0 : n);
      }),
    );
  });
});

describe('formatMoneyCompact', () => {
  it('writes thousands as k, millions as m, for axes', () => {
    expect(formatMoneyCompact(250000)).toBe('£250k');
    expect(formatMoneyCompact(1500000)).toBe('£1.5m');
    expect(formatMoneyCompact(12000000)).toBe('£12m');
    expect(formatMoneyCompact(1250000)).toBe('£1.25m');
    expect(formatMoneyCompact(2.5e9)).toBe('£2.5bn');
  });

  it('writes zero as £0 and negatives with a real minus', () => {
    expect(formatMoneyCompact(0)).toBe('£0');
    expect(formatMoneyCompact(-0)).toBe('£0');
    expect(formatMoneyCompact(-250000)).toBe('−£250k');
  });

  it('keeps small amounts in pounds', () => {
    expect(formatMoneyCompact(500)).toBe('£500');
    expect(formatMoneyCompact(-20)).toBe('−£20');
  });

  it('moves up a unit when rounding reaches it (£999,999 is £1m, not £1,000k)', () => {
    expect(formatMoneyCompact(999_999)).toBe('£1m');
    expect(formatMoneyCompact(999.999)).toBe('£1k');
  });

  it('accepts a Decimal', () => {
    expect(formatMoneyCompact(new Decimal(-1_500_000))).toBe('−£1.5m');
  });
});

describe('formatYears', () => {
  it('writes years to at most two decimals, singular for exactly one', () => {
    expect(formatYears(5.2561)).toBe('5.26 years');
    expect(formatYears(new Decimal('5.2561'))).toBe('5.26 years');
    expect(formatYears(1)).toBe('1 year');
    expect(formatYears(1.001)).toBe('1 year');
    expect(formatYears(0)).toBe('0 years');
    expect(formatYears(2)).toBe('2 years');
  });

  it('says in words that there is no payback, never ∞, NaN or blank', () => {
    expect(formatYears(null)).toBe(NO_PAYBACK_WITHIN_HORIZON);
    expect(formatYears(null, 10)).toBe('Does not pay back within 10 years');
    expect(formatYears(null, 1)).toBe('Does not pay back within 1 year');
    expect(formatYears(Infinity, 10)).toBe('Does not pay back within 10 years');
    expect(formatYears(NaN)).toBe(NO_PAYBACK_WITHIN_HORIZON);
  });
});
