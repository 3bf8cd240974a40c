/**
 * The monthly series as CSV (`evaluate --csv`): month index, calendar month, each scheme's cash
 * position, and the portfolio's cash, net and discounted positions, exact to the penny.
 */
import type { Evaluation } from '../model/evaluate.ts';
import { addMonths } from '../model/months.ts';
import type { Scenario } from '../model/scenario.ts';
import { toCsv } from './csv.ts';

export function cashFlowCsv(scenario: Scenario, evaluation: Evaluation): string {
  const header = [
    'month',
    'calendarMonth',
    ...evaluation.schemes.map((c) => `${c.result.name} (${c.result.id}) cash`),
    'portfolio cash',
    'portfolio net',
    'portfolio discounted',
  ];
  const p = evaluation.portfolio;
  // every position at every t, each in one pass over its streams
  const times = Array.from({ length: evaluation.result.horizonMonths + 1 }, (_, t) => t);
  const columns = [...evaluation.schemes.map((c) => c.cash), p.cash, p.net, p.discounted].map((position) => position.exactAt(times));
  const rows = times.map((t) => [t, addMonths(scenario.startMonth, t), ...columns.map((column) => column[t]!.toFixed(2))]);
  // plain text for a terminal or a pipe: no byte-order mark
  return toCsv(header, rows, { byteOrderMark: false });
}
