// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import App from '../../src/App.svelte';
import { Explorer } from '../../src/state/explorer.svelte.ts';
import { evaluateScenario } from '../../src/model/evaluate.ts';
import { presetById, PRESETS } from '../../src/model/presets/index.ts';
import { formatMoney, formatYears } from '../../src/format/money.ts';
import { paybackText } from '../../src/format/payback.ts';

afterEach(() => cleanup());

const leics = presetById('leics-2021')!;
const p2Name = leics.scenario.schemes.find((s) => s.id === 'p2')!.name;

function renderApp() {
  const explorer = new Explorer();
  render(App, { props: { explorer } });
  return explorer;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const figuresRow = (name: string) => {
  const table = screen.getByRole('table', { name: /^Investment, funding and savings/ });
  return within(table)
    .getByRole('rowheader', { name: new RegExp(`^${escape(name)}`) })
    .closest('tr')!;
};
const cell = (row: Element, figure: string) => row.querySelector(`[data-figure="${figure}"]`)!.textContent;

function openScheme(name: string) {
  const toggle = screen.getByRole('button', { name: new RegExp(`^${escape(name)} (Home|Team|Programme)`) });
  if (toggle.getAttribute('aria-expanded') !== 'true') toggle.click();
  flushSync();
}

describe('App', () => {
  it('shows every scheme of the default preset with the model’s figures', () => {
    renderApp();
    const result = evaluateScenario(leics.scenario);
    for (const scheme of result.schemes) {
      const row = figuresRow(scheme.name);
      expect(cell(row, 'totalInvestment')).toBe(formatMoney(scheme.figures.totalInvestment));
      expect(cell(row, 'paybackYears')).toBe(paybackText(scheme.figures, 'paybackYears'));
      expect(cell(row, 'npv')).toBe(formatMoney(scheme.figures.npv));
    }
    expect(cell(figuresRow('Portfolio'), 'totalInvestment')).toBe(formatMoney(result.portfolio.figures.totalInvestment));
  });

  it('names every scheme input after the input and the scheme', () => {
    renderApp();
    openScheme(p2Name);
    expect(screen.getByRole('slider', { name: `Occupancy, ${p2Name}` })).toBeTruthy();
    expect(screen.getByRole('textbox', { name: `Occupancy, ${p2Name}, exact value in per cent` })).toBeTruthy();
    expect(screen.getByRole('combobox', { name: `Cost basis, ${p2Name}` })).toBeTruthy();
  });

  it('says where an input came from, and marks it once changed', async () => {
    renderApp();
    openScheme(p2Name);
    const slider = screen.getByRole('slider', { name: `Occupancy, ${p2Name}` }) as HTMLInputElement;
    const note = () => document.getElementById(slider.getAttribute('aria-describedby')!)!;
    expect(note().textContent).toContain('paragraph 14b');
    expect(note().textContent).toContain('assuming 75% occupancy');
    const row = slider.closest('.input-row')!;
    expect(row.textContent).not.toContain('Changed');
    slider.value = '90';
    await fireEvent.input(slider);
    expect(row.textContent).toContain('Changed');
    expect(note().textContent).toContain('Changed from the preset’s 75%');
  });

  it('a slider step in one scheme changes its figures and nothing in another scheme’s panel', async () => {
    const explorer = renderApp();
    openScheme(p2Name);
    const p1Panel = screen.getByRole('slider', { name: `Occupancy, ${leics.scenario.schemes[0]!.name}` }).closest('.scheme-panel')!;
    const mutations: MutationRecord[] = [];
    const observer = new MutationObserver((records) => mutations.push(...records));
    observer.observe(p1Panel, { subtree: true, childList: true, attributes: true, characterData: true });
    const before = cell(figuresRow(p2Name), 'paybackYears');
    const slider = screen.getByRole('slider', { name: `Occupancy, ${p2Name}` }) as HTMLInputElement;
    slider.value = '100';
    await fireEvent.input(slider);
    flushSync();
    expect(cell(figuresRow(p2Name), 'paybackYears')).not.toBe(before);
    expect(cell(figuresRow(p2Name), 'paybackYears')).toBe(formatYears(explorer.result.schemes[1]!.figures.paybackYears));
    observer.takeRecords();
    expect(mutations).toEqual([]);
    observer.disconnect();
  });

  it('switching a scheme off changes the portfolio', async () => {
    renderApp();
    const before = cell(figuresRow('Portfolio'), 'totalInvestment');
    const toggle = screen.getByRole('checkbox', { name: `In the portfolio: ${p2Name}` });
    await fireEvent.click(toggle);
    expect(cell(figuresRow('Portfolio'), 'totalInvestment')).not.toBe(before);
    expect(figuresRow(p2Name).textContent).toContain('left out of the portfolio');
  });

  it('choosing a preset shows that preset’s schemes', async () => {
    renderApp();
    const picker = screen.getByRole('combobox', { name: 'Preset' }) as HTMLSelectElement;
    expect(picker.options).toHaveLength(PRESETS.length);
    for (const preset of PRESETS) {
      expect([...picker.options].some((o) => o.textContent!.includes(preset.report.title))).toBe(true);
    }
    const other = PRESETS.find((p) => p.id !== 'leics-2021')!;
    picker.value = other.id;
    await fireEvent.change(picker);
    for (const scheme of other.scenario.schemes) {
      expect(screen.getByRole('button', { name: new RegExp(`^${escape(scheme.name)} (Home|Team|Programme)`) })).toBeTruthy();
    }
  });

  it('adds, duplicates and removes schemes from the list', async () => {
    const explorer = renderApp();
    await fireEvent.click(screen.getByRole('button', { name: 'Add a team' }));
    expect(screen.getByRole('textbox', { name: 'Name, New team' })).toBeTruthy();
    await fireEvent.click(screen.getByRole('button', { name: `Duplicate ${p2Name}` }));
    expect(explorer.scenario.schemes.map((s) => s.name)).toContain(`${p2Name} (copy)`);
    await fireEvent.click(screen.getByRole('button', { name: `Remove ${p2Name}` }));
    expect(explorer.scenario.schemes.map((s) => s.name)).not.toContain(p2Name);
  });

  it('adds a funding line to a scheme and takes it out again', async () => {
    renderApp();
    openScheme(p2Name);
    await fireEvent.click(screen.getByRole('button', { name: `Add external funding, ${p2Name}` }));
    const amount = screen.getByRole('slider', { name: `External funding 1: amount, ${p2Name}` });
    expect(amount).toBeTruthy();
    // The preset's own capital lines cannot be removed; the added funding line can.
    expect(screen.queryByRole('button', { name: `Remove Purchase of the property, ${p2Name}` })).toBeNull();
    await fireEvent.click(screen.getByRole('button', { name: `Remove External funding 1, ${p2Name}` }));
    expect(screen.queryByRole('slider', { name: `External funding 1: amount, ${p2Name}` })).toBeNull();
  });

  it('draws a scenario whose scheme ids are the names the page uses for itself ("portfolio")', () => {
    const explorer = new Explorer();
    const schemes = leics.scenario.schemes.map((s, i) =>
      i === 0 ? { ...s, id: 'portfolio' } : i === 1 ? { ...s, id: 'scheme:portfolio' } : s,
    );
    explorer.replace({ ...leics.scenario, schemes });
    render(App, { props: { explorer } });
    expect(screen.queryByText('This scenario could not be shown')).toBeNull();
    expect(cell(figuresRow(schemes[0]!.name), 'totalInvestment')).toBe(
      formatMoney(evaluateScenario(leics.scenario).schemes[0]!.figures.totalInvestment),
    );
    expect(cell(figuresRow('Portfolio'), 'totalInvestment')).toBe(
      formatMoney(evaluateScenario(leics.scenario).portfolio.figures.totalInvestment),
    );
  });

  it('a scenario that cannot be drawn leaves a plain message and a way back to the default scenario', async () => {
    const explorer = new Explorer();
    explorer.setSetting('horizonYears', 12);
    const curves = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(explorer), 'curves')!;
    let broken = true;
    Object.defineProperty(explorer, 'curves', {
      get() {
        if (broken) throw new Error('a render-time fault');
        return curves.get!.call(explorer);
      },
    });
    render(App, { props: { explorer } });
    expect(screen.getByRole('alert').textContent).toContain('This scenario could not be shown');
    expect(screen.queryByRole('table', { name: /^Investment, funding and savings/ })).toBeNull();
    broken = false;
    await fireEvent.click(screen.getByRole('button', { name: /^Open the default scenario/ }));
    expect(explorer.scenario).toEqual(leics.scenario);
    expect(screen.getByRole('table', { name: /^Investment, funding and savings/ })).toBeTruthy();
  });
});
