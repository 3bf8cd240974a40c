/** cashFlowCsv: the monthly series as CSV, exact to the penny, safe to open in a spreadsheet. */
import { describe, expect, it } from 'vitest';
import { cashFlowCsv } from '../../src/share/cashFlowCsv.ts';
import { evaluateDetailed } from '../../src/model/evaluate.ts';
import type { Scenario } from '../../src/model/scenario.ts';
import { capital, funding, saving, scenario, scheme } from '../model/builders.ts';

const csv = (s: Scenario): string[] => {
  const text = cashFlowCsv(s, evaluateDetailed(s));
  expect(text.endsWith('\r\n')).toBe(true); // RFC 4180 line ends
  return text.slice(0, -2).split('\r\n');
};

// April 2021, one year (N = 12), undiscounted.
// "=cmd" (s1): capital 1,000 at 0, 1,000 a year (83.333… a month), residual 500.
// 'Home, "B"' (s2): 2,400 a year (200 a month).
const two = scenario({
  schemes: [
    scheme({ id: 's1', name: '=cmd', capital: [capital(1000)], otherSavings: [saving(1000)], residualValue: 500 }),
    scheme({ id: 's2', name: 'Home, "B"', otherSavings: [saving(2400)] }),
  ],
});

describe('cashFlowCsv', () => {
  it('cashFlowCsv has a header naming each scheme, and N + 1 rows', () => {
    const lines = csv(two);
    expect(lines[0]).toBe(`month,calendarMonth,'=cmd (s1) cash,"Home, ""B"" (s2) cash",portfolio cash,portfolio net,portfolio discounted`);
    expect(lines).toHaveLength(1 + 13); // header + t = 0 … 12
    expect(lines.slice(1).map((l) => l.split(',').slice(0, 2).join(','))).toEqual(
      Array.from({ length: 13 }, (_, t) => `${t},${t < 9 ? '2021' : '2022'}-${String(((3 + t) % 12) + 1).padStart(2, '0')}`),
    );
  });

  it('cashFlowCsv values are exact to the penny', () => {
    const lines = csv(two);
    // t = 0: s1 −1,000; s2 0; portfolio −1,000; net −1,000 + 500 = −500; discounted = cash (rate 0)
    expect(lines[1]).toBe('0,2021-04,-1000.00,0.00,-1000.00,-500.00,-1000.00');
    // t = 1: s1 −1,000 + 83.333… = −916.67; s2 200; portfolio −716.666… = −716.67; net −216.67
    expect(lines[2]).toBe('1,2021-05,-916.67,200.00,-716.67,-216.67,-716.67');
    // t = 2: s1 −1,000 + 166.666… = −833.33; s2 400; portfolio −433.33; net 66.67
    expect(lines[3]).toBe('2,2021-06,-833.33,400.00,-433.33,66.67,-433.33');
    // t = 12: s1 −1,000 + 1,000 = 0; s2 2,400; net 2,900
    expect(lines[13]).toBe('12,2022-04,0.00,2400.00,2400.00,2900.00,2400.00');
  });

  it('cashFlowCsv discounts the portfolio discounted column', () => {
    // capital 1,000 at 0, a 1,250 grant at t = 12, discount rate 0.25: D(12) = −1,000 + 1,250 / 1.25 = 0; C(12) = 250
    const lines = csv(scenario({ discountRate: 0.25, schemes: [scheme({ capital: [capital(1000)], funding: [funding(1250, 12)] })] }));
    expect(lines[12]).toBe('11,2022-03,-1000.00,-1000.00,-1000.00,-1000.00');
    expect(lines[13]).toBe('12,2022-04,250.00,250.00,250.00,0.00');
  });
});
