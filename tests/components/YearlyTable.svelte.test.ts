// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import YearlyTable from '../../src/components/YearlyTable.svelte';
import { evaluateDetailed } from '../../src/model/evaluate.ts';
import { presetById } from '../../src/model/presets/index.ts';
import { yearlyTable } from '../../src/model/yearlyTable.ts';
import { formatMoney } from '../../src/format/money.ts';

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
      const cells = within(rows[i]!).getAllByRole('cell').map((c) => c.textContent);
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
