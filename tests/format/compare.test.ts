import { describe, expect, it } from 'vitest';
import { periodWarning } from '../../src/format/compare.ts';

const plan = (label: string, startMonth: string, horizonYears: number) => ({ label, scenario: { startMonth, horizonYears } });

describe('periodWarning', () => {
  it('says nothing when both cover the same months', () => {
    expect(periodWarning(plan('Plan A', '2021-04', 10), plan('Plan B', '2021-04', 10))).toBeNull();
  });

  it('names both periods, to their last months, when the horizons differ', () => {
    expect(periodWarning(plan('Plan A', '2021-04', 10), plan('Plan B', '2021-04', 40))).toBe(
      'Not like for like: the base, Plan A, covers 10 years, April 2021 to March 2031; Plan B covers 40 years, April 2021 to March 2061. ' +
        'Their NPVs are over different periods, and each shows a payback or break-even only within its own.',
    );
  });

  it('warns when only the start differs, and says one year as one', () => {
    expect(periodWarning(plan('Plan A', '2021-04', 1), plan('Plan B', '2022-01', 1))).toContain(
      'the base, Plan A, covers 1 year, April 2021 to March 2022; Plan B covers 1 year, January 2022 to December 2022.',
    );
  });
});
