// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import YearlyTable from '../../src/components/YearlyTable.svelte';
import { Evaluator, evaluateDetailed } from '../../src/model/evaluate.ts';
import { presetById } from '../../src/model/presets/index.ts';
import { yearlyTable } from '../../src/model/yearlyTable.ts';
import { formatMoney } from '../../src/format/money.ts';
import { bigScenario } from '../../scripts/lib/bigScenario.ts';

afterEach(() => cleanup());

const evaluation = evaluateDetailed(presetById('leics-2021')!.scenario);
const expected = yearlyTable(evaluation);

function open(container: HTMLElement) {
  const details = container.querySelector('details')!;
  details.open = true;
  details.dispatchEvent(new Event('toggle'));
  flushSync();
}

describe('YearlyTable', () => {
  it('works nothing out while closed', () => {
    const { container } = render(YearlyTable, { props: { evaluation } });
    expect(container.querySelector('table')).toBeNull();
  });

  it('shows the portfolio by financial year, the model’s figures formatted', () => {
    const { container } = render(YearlyTable, { props: { evaluation } });
    open(container);
    const table = screen.getByRole('table', { name: /^Portfolio: cash by financial year/ });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(expected.portfolio.length);
    expected.portfolio.forEach((year, i) => {
      const cells = within(rows[i]!)
        .getAllByRole('cell')
        .map((c) => c.textContent);
      expect(within(rows[i]!).getByRole('rowheader').textContent).toContain(year.financialYear);
      expect(cells).toEqual([formatMoney(year.cashIn), formatMoney(year.cashOut), formatMoney(year.net), formatMoney(year.cumulative)]);
    });
  });

  it('shows one scheme when chosen', async () => {
    const { container } = render(YearlyTable, { props: { evaluation } });
    open(container);
    const p2 = expected.schemes.find((s) => s.id === 'p2')!;
    const select = screen.getByRole('combobox', { name: 'Show' }) as HTMLSelectElement;
    select.value = 'p2';
    await fireEvent.change(select);
    const table = screen.getByRole('table', { name: new RegExp(`^${p2.name.replace(/[+]/g, '\\+')}: cash by financial year`) });
    const last = within(table).getAllByRole('row').at(-1)!;
    expect(within(last).getAllByRole('cell').at(-1)!.textContent).toBe(formatMoney(p2.rows.at(-1)!.cumulative));
  });
});

describe('YearlyTable with many schemes', () => {
  const big = bigScenario(40, 10);
  // one evaluator, as the app's working scenario has: an unchanged scheme keeps its evaluation from step to step
  const evaluator = new Evaluator();
  const bigEvaluation = evaluator.evaluate(big);
  const lastCell = (table: HTMLElement) => within(table).getAllByRole('row').at(-1)!.querySelectorAll('td')[3]!.textContent;

  it('works the portfolio out in slices, saying so, then shows it', async () => {
    const { container } = render(YearlyTable, { props: { evaluation: bigEvaluation } });
    open(container);
    expect(screen.getByRole('status').textContent).toBe('Working out the table for 40 schemes…');
    const table = await screen.findByRole('table', { name: /^Portfolio: cash by financial year/ });
    expect(lastCell(table)).toBe(formatMoney(yearlyTable(bigEvaluation).portfolio.at(-1)!.cumulative));
  });

  it('follows a change to one scheme at once, working out only that scheme', async () => {
    const { container, rerender } = render(YearlyTable, { props: { evaluation: bigEvaluation } });
    open(container);
    const table = await screen.findByRole('table', { name: /^Portfolio: cash by financial year/ });
    const moved = evaluator.evaluate({
      ...big,
      schemes: big.schemes.map((s, i) => (i === 3 ? { ...s, otherSavings: [...s.otherSavings, { label: 'more', annual: 1234.56 }] } : s)),
    });
    await rerender({ evaluation: moved });
    expect(screen.queryByRole('status')).toBeNull();
    expect(lastCell(table)).toBe(formatMoney(yearlyTable(moved).portfolio.at(-1)!.cumulative));
  });
});
