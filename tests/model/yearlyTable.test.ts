/** yearlyTable: cash flows by UK financial year (April to March), worked by hand. */
import { describe, expect, it } from 'vitest';
import { evaluateDetailed } from '../../src/model/evaluate.ts';
import { yearlyTable, type YearRow } from '../../src/model/yearlyTable.ts';
import { capital, funding, saving, scenario, scheme } from './builders.ts';

/** a row with its money as plain numbers */
const plain = (r: YearRow) => ({
  financialYear: r.financialYear,
  firstMonth: r.firstMonth,
  lastMonth: r.lastMonth,
  cashIn: r.cashIn.toNumber(),
  cashOut: r.cashOut.toNumber(),
  net: r.net.toNumber(),
  cumulative: r.cumulative.toNumber(),
});

// Start October 2021, two years: months 0 … 23 are 2021-10 … 2023-09, N = 24.
// Scheme: capital 6,000 at month 0 and 2,000 at t = N = 24; a 500 grant at month 7;
// 12,000 a year (1,000 a month) with costInflation 0.1, stepping on the anniversary (month 12 = 2022-10),
// not on the financial year: months 0 … 11 save 1,000, months 12 … 23 save 1,100.
const s = scenario({
  startMonth: '2021-10',
  horizonYears: 2,
  schemes: [
    scheme({
      capital: [capital(6000, 0), capital(2000, 24)],
      funding: [funding(500, 7)],
      otherSavings: [saving(12_000)],
      costInflation: 0.1,
    }),
    scheme({ id: 's2', name: 'Off', enabled: false, capital: [capital(99_000)] }),
  ],
});

describe('yearlyTable', () => {
  it('yearlyTable splits the horizon into financial years April–March: a 2021-10 start gives a first partial year 2021/22 of six months', () => {
    const table = yearlyTable(evaluateDetailed(s));
    expect(table.schemes[0]!.rows.map(plain)).toEqual([
      // months 0 … 5 (Oct–Mar): savings 6 × 1,000 = 6,000; capital 6,000
      { financialYear: '2021/22', firstMonth: '2021-10', lastMonth: '2022-03', cashIn: 6000, cashOut: 6000, net: 0, cumulative: 0 },
      // months 6 … 17: 6 × 1,000 + 6 × 1,100 = 12,600 saved, plus the 500 grant = 13,100 in
      {
        financialYear: '2022/23',
        firstMonth: '2022-04',
        lastMonth: '2023-03',
        cashIn: 13_100,
        cashOut: 0,
        net: 13_100,
        cumulative: 13_100,
      },
      // months 18 … 23: 6 × 1,100 = 6,600 in; the 2,000 charged at t = N counts in the last year
      { financialYear: '2023/24', firstMonth: '2023-04', lastMonth: '2023-09', cashIn: 6600, cashOut: 2000, net: 4600, cumulative: 17_700 },
    ]);
  });

  it("yearlyTable's last cumulative equals the portfolio's cash position at N", () => {
    const e = evaluateDetailed(s);
    const table = yearlyTable(e);
    // C(24) = −6,000 − 2,000 + 500 + 12 × 1,000 + 12 × 1,100 = 17,700
    expect(e.portfolio.cash.exact(24).toNumber()).toBe(17_700);
    expect(table.portfolio.at(-1)!.cumulative.toNumber()).toBe(17_700);
    // the disabled scheme keeps its own rows but stays out of the portfolio's
    expect(table.schemes[1]!.enabled).toBe(false);
    expect(table.schemes[1]!.rows[0]!.cashOut.toNumber()).toBe(99_000);
    expect(table.portfolio.map((r) => r.cashOut.toNumber())).toEqual([6000, 0, 2000]);
  });

  it('yearlyTable starting in April has whole financial years', () => {
    // 2021-04, one year: a single row 2021/22, all twelve months
    const table = yearlyTable(evaluateDetailed(scenario({ schemes: [scheme({ otherSavings: [saving(12_000)] })] })));
    expect(table.portfolio.map(plain)).toEqual([
      {
        financialYear: '2021/22',
        firstMonth: '2021-04',
        lastMonth: '2022-03',
        cashIn: 12_000,
        cashOut: 0,
        net: 12_000,
        cumulative: 12_000,
      },
    ]);
  });
});
