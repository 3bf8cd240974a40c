/**
 * The monthly series as CSV (`evaluate --csv`): month index, calendar month, each scheme's cash
 * position, and the portfolio's cash, net and discounted positions, exact to the penny.
 */
import type { Evaluation } from './evaluate.ts';
import { addMonths } from './months.ts';
import type { Scenario } from './scenario.ts';

/** RFC 4180 quoting; a text cell that a spreadsheet would run as a formula is prefixed with ' */
export function csvCell(value: string | number): string {
  if (typeof value === 'number') return String(value);
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function cashFlowCsv(scenario: Scenario, evaluation: Evaluation): string {
  const N = evaluation.result.horizonMonths;
  const header = [
    'month',
    'calendarMonth',
    ...evaluation.schemes.map((c) => `${c.result.name} (${c.result.id}) cash`),
    'portfolio cash',
    'portfolio net',
    'portfolio discounted',
  ];
  const lines = [header.map(csvCell).join(',')];
  const p = evaluation.portfolio;
  const pounds = (d: { toFixed(n: number): string }) => d.toFixed(2);
  for (let t = 0; t <= N; t++) {
    lines.push(
      [
        String(t),
        addMonths(scenario.startMonth, t),
        ...evaluation.schemes.map((c) => pounds(c.cash.exact(t))),
        pounds(p.cash.exact(t)),
        pounds(p.net.exact(t)),
        pounds(p.discounted.exact(t)),
      ].join(','),
    );
  }
  return lines.join('\n') + '\n';
}
