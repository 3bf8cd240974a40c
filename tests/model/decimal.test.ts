import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/model/decimal.ts';

describe('Decimal', () => {
  it('adds tenths exactly, unlike binary floating point', () => {
    expect(new Decimal(0.1).plus(0.2).toString()).toBe('0.3');
  });
});
