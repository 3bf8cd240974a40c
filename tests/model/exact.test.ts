import fc from 'fast-check';
import DecimalJs from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { Decimal, DIGITS, Precise } from '../../src/model/decimal.ts';
import { divide, divideFinely, Exact, rounded, toDecimal } from '../../src/model/exact.ts';

/** decimal.js with room for any exact result here: the oracle */
const Wide = DecimalJs.clone({ precision: 1000, rounding: DecimalJs.ROUND_HALF_UP });

/** a decimal of up to 80 significant digits, with an exponent from −120 to 60, either sign */
const decimalText = fc
  .tuple(fc.boolean(), fc.stringMatching(/^[1-9][0-9]{0,79}$/), fc.integer({ min: -120, max: 60 }))
  .map(([negative, digits, exponent]) => `${negative ? '-' : ''}${digits}e${exponent}`);
const value = fc.oneof(decimalText, fc.constant('0'), fc.integer({ min: -1000, max: 1000 }).map(String));

const wide = (x: Exact) => new Wide(toDecimal(x));
const same = (x: Exact, text: string) => expect(wide(x).eq(new Wide(text))).toBe(true);

describe('Exact', () => {
  it('adds, subtracts and multiplies without rounding: the wide decimal.js result, digit for digit', () => {
    fc.assert(
      fc.property(value, value, (a, b) => {
        const x = Exact.of(new Wide(a) as unknown as Decimal);
        const y = Exact.of(new Wide(b) as unknown as Decimal);
        same(x.plus(y), new Wide(a).plus(b).toString());
        same(x.minus(y), new Wide(a).minus(b).toString());
        same(x.times(y), new Wide(a).times(b).toString());
        expect(x.plus(y).isNegative()).toBe(new Wide(a).plus(b).isNegative() && !new Wide(a).plus(b).isZero());
        expect(x.minus(y).isZero()).toBe(new Wide(a).eq(b));
      }),
    );
  });

  it('takes a model decimal and a whole number exactly', () => {
    const third = new Decimal(1).div(3);
    same(Exact.of(third), third.toString());
    same(Exact.whole(10n ** 70n), '1e70');
    same(Exact.of(new Decimal(-0.000125)).times(8), '-0.001');
  });
});

describe('rounded', () => {
  it('rounds as a decimal.js operation at that precision does: half-up, away from zero', () => {
    fc.assert(
      fc.property(decimalText, fc.integer({ min: 1, max: 80 }), (a, digits) => {
        const At = DecimalJs.clone({ precision: digits, rounding: DecimalJs.ROUND_HALF_UP });
        same(rounded(Exact.of(new Wide(a) as unknown as Decimal), digits), new At(0).plus(a).toString());
      }),
    );
  });

  it('rounds halves away from zero, and a carry makes the next power of ten', () => {
    same(rounded(Exact.of(new Decimal('2.5')), 1), '3');
    same(rounded(Exact.of(new Decimal('-2.5')), 1), '-3');
    same(rounded(Exact.of(new Decimal('9.96')), 2), '10');
    same(
      rounded(Exact.of(new Decimal('1e63')).minus(Exact.whole(1)), DIGITS),
      '999999999999999999999999999999999999999999999999999999999999999',
    );
  });
});

describe('divide', () => {
  it('is the correctly rounded quotient, in the model’s digits and with the guard digits', () => {
    fc.assert(
      fc.property(value, decimalText, (a, b) => {
        const n = Exact.of(new Wide(a) as unknown as Decimal);
        const d = Exact.of(new Wide(b) as unknown as Decimal);
        expect(divide(n, d).eq(Decimal.div(a, b))).toBe(true);
        expect(divideFinely(n, d).eq(Precise.div(a, b))).toBe(true);
      }),
    );
  });

  it('divides by a bigint denominator, and a half-penny stays a half-penny', () => {
    expect(divide(Exact.whole(1), 3n).toString()).toBe(new Decimal(1).div(3).toString());
    expect(divide(Exact.of(new Decimal('0.06')), 12n).toString()).toBe('0.005');
    expect(divide(Exact.ZERO, 7n).isZero()).toBe(true);
  });

  it('rounds an exact half of the last place away from zero', () => {
    const tie = '1'.repeat(DIGITS) + '5';
    expect(divide(Exact.of(new Wide(tie) as unknown as Decimal), 10n).toString()).toBe(Decimal.div(tie, 10).toString());
    expect(divide(Exact.of(new Wide(tie) as unknown as Decimal), -10n).toString()).toBe(Decimal.div(tie, -10).toString());
    const carry = '9'.repeat(DIGITS) + '5';
    expect(divide(Exact.of(new Wide(carry) as unknown as Decimal), 1n).toString()).toBe(Decimal.div(carry, 1).toString());
  });
});
