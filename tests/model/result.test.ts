import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/model/decimal.ts';
import { crossingMonth } from '../../src/model/result.ts';

describe('crossingMonth', () => {
  it('turns payback years from t0 into a month index from t = 0', () => {
    expect(crossingMonth(0, new Decimal('5.25'))).toBe(63);
    expect(crossingMonth(6, new Decimal(2))).toBe(30);
    expect(crossingMonth(6, null)).toBeNull();
  });
});
