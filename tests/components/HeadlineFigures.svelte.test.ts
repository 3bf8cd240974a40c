// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/svelte';
import HeadlineFigures from '../../src/components/HeadlineFigures.svelte';
import { evaluateScenario } from '../../src/model/evaluate.ts';
import { presetById } from '../../src/model/presets/index.ts';
import { formatMoney } from '../../src/format/money.ts';

afterEach(() => cleanup());

const scenario = presetById('leics-2021')!.scenario;

describe('HeadlineFigures', () => {
  it('shows the portfolio’s figures while a scheme is on', () => {
    const result = evaluateScenario(scenario);
    render(HeadlineFigures, { props: { result, terms: scenario } });
    const portfolio = screen.getAllByRole('row').find((row) => row.textContent?.startsWith('Portfolio'))!;
    expect(portfolio.textContent).toContain(formatMoney(result.portfolio.figures.totalInvestment));
    expect(screen.queryByText(/no schemes are switched on/)).toBeNull();
  });

  it('says no scheme is switched on, rather than a payback of 0, when every scheme is off', () => {
    const allOff = { ...scenario, schemes: scenario.schemes.map((s) => ({ ...s, enabled: false })) };
    render(HeadlineFigures, { props: { result: evaluateScenario(allOff), terms: allOff } });
    expect(screen.getByText(/no schemes are switched on/)).toBeTruthy();
    const portfolioRows = screen.getAllByRole('row').filter((row) => row.textContent?.startsWith('Portfolio'));
    expect(portfolioRows).toHaveLength(1);
    expect(portfolioRows[0]!.textContent).not.toMatch(/0 years/);
  });

  it('says the ART has nothing to pay back and saves from the start, never "0 years"', () => {
    render(HeadlineFigures, { props: { result: evaluateScenario(scenario), terms: scenario } });
    const art = screen.getAllByRole('row').find((row) => row.textContent?.startsWith('Assessment'))!;
    for (const figure of ['paybackYears', 'netPaybackYears', 'discountedPaybackYears'])
      expect(art.querySelector(`[data-figure="${figure}"]`)!.textContent).toBe('Nothing to pay back');
    expect(art.querySelector('[data-figure="breakEven"]')!.textContent).toBe('Saving from the start');
    expect(art.textContent).not.toMatch(/0 years/);
  });

  it('explains net, discounted and NPV with the scenario’s rate and end, and points the headers to the notes', () => {
    render(HeadlineFigures, { props: { result: evaluateScenario(scenario), terms: { ...scenario, discountRate: 0.05 } } });
    expect(document.querySelector('caption')!.textContent).toContain('10-year horizon, to March 2031.');
    const notes = screen.getByTestId('headline-notes').textContent!;
    expect(notes).toContain('Net of the retained asset: the cash position plus');
    expect(notes).toContain('discounted at 5% a year');
    expect(notes).toContain('NPV (net present value): the discounted position at the end of March 2031');
    for (const name of ['Payback, net of the asset', 'Payback, discounted', 'NPV']) {
      const header = screen.getByRole('columnheader', { name });
      const note = document.getElementById(header.getAttribute('aria-describedby')!)!;
      expect(note.textContent, name).toMatch(/^(Net of the retained asset|Discounted|NPV)/);
    }
  });

  it('a long portfolio shows its first ten schemes and every open one, then all of them on request', async () => {
    const home = scenario.schemes.find((s) => s.kind === 'home')!;
    const many = { ...scenario, schemes: Array.from({ length: 30 }, (_, i) => ({ ...home, id: `h${i + 1}`, name: `Home ${i + 1}` })) };
    const result = evaluateScenario(many);
    render(HeadlineFigures, { props: { result, terms: many, open: new Set(['h25']) } });
    const names = () => screen.getAllByRole('rowheader').map((cell) => cell.textContent!.trim());
    expect(names()).toEqual([...Array.from({ length: 10 }, (_, i) => `Home ${i + 1}`), 'Home 25', 'Portfolio']);
    expect(screen.getByText(/The first 10 of 30 schemes, and those open for editing, are shown/)).toBeTruthy();
    // the table itself says it is cut, and that the portfolio is every scheme
    expect(screen.getByRole('table').querySelector('caption')!.textContent).toMatch(
      /Shown: the first 10 of 30 schemes and those open for editing; the portfolio's row is all of them\./,
    );
    // one button, whose words change: the keyboard stays on it
    const toggle = screen.getByRole('button', { name: 'Show all 30 schemes' });
    toggle.focus();
    await fireEvent.click(toggle);
    expect(names()).toHaveLength(31);
    expect(toggle.textContent).toBe('Show the first 10 schemes');
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(document.activeElement).toBe(toggle);
    expect(screen.getByRole('table').querySelector('caption')!.textContent).not.toMatch(/Shown:/);
    await fireEvent.click(toggle);
    expect(names()).toHaveLength(12);
  });

  it('twenty schemes or fewer are all shown, with nothing to show more', () => {
    const home = scenario.schemes.find((s) => s.kind === 'home')!;
    const twenty = { ...scenario, schemes: Array.from({ length: 20 }, (_, i) => ({ ...home, id: `h${i + 1}`, name: `Home ${i + 1}` })) };
    render(HeadlineFigures, { props: { result: evaluateScenario(twenty), terms: twenty } });
    expect(screen.getAllByRole('rowheader')).toHaveLength(21);
    expect(screen.queryByRole('button', { name: /^Show/ })).toBeNull();
  });
});
