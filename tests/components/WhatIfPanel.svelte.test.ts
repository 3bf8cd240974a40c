// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import App from '../../src/App.svelte';
import WhatIfPanel from '../../src/components/WhatIfPanel.svelte';
import ScenarioBar from '../../src/components/ScenarioBar.svelte';
import { presetById } from '../../src/model/presets/index.ts';
import { Explorer } from '../../src/state/explorer.svelte.ts';

afterEach(() => cleanup());

const leics = presetById('leics-2021')!.scenario;
const name = (id: string) => leics.schemes.find((s) => s.id === id)!.name;

function openPanel(component: typeof WhatIfPanel | typeof App = WhatIfPanel) {
  const explorer = new Explorer();
  render(component, { props: { explorer } });
  const toggle = screen.getByRole('button', { name: 'What if… (all schemes)' });
  expect(toggle.getAttribute('aria-expanded')).toBe('false');
  toggle.click();
  flushSync();
  expect(toggle.getAttribute('aria-expanded')).toBe('true');
  return explorer;
}

async function type(accessibleName: string, text: string) {
  const field = screen.getByRole('textbox', { name: accessibleName });
  await fireEvent.input(field, { target: { value: text } });
  await fireEvent.keyDown(field, { key: 'Enter' });
  flushSync();
}

const status = () => screen.getByRole('status').textContent;

describe('WhatIfPanel', () => {
  it('is one button until opened', () => {
    render(WhatIfPanel, { props: { explorer: new Explorer() } });
    expect(screen.queryByRole('slider')).toBeNull();
    expect(screen.getByRole('button', { name: 'What if… (all schemes)' }).getAttribute('aria-expanded')).toBe('false');
  });

  it('sets fee inflation on every scheme with a fee, names the one without, and says what it did', async () => {
    const explorer = openPanel();
    const slider = screen.getByRole('slider', { name: 'Fee inflation, all schemes' });
    const described = () =>
      slider
        .getAttribute('aria-describedby')!
        .split(' ')
        .map((id) => document.getElementById(id)!.textContent);
    expect(described().join(' ')).toContain(`${name('p4')} has no fees of its own`);
    expect(described().join(' ')).toContain('Now 0% for every scheme it reaches.');

    await type('Fee inflation, all schemes, exact value in per cent', '8');
    expect(explorer.scenario.schemes.map((s) => s.feeInflation)).toEqual([0.08, 0.08, 0.08, 0, 0.08]);
    expect(explorer.undoLabel).toBe('set fee inflation to 8% for 4 schemes');
    expect(status()).toBe(`Set fee inflation to 8% for 4 schemes. Left ${name('p4')} as it was.`);
    expect(described().join(' ')).toContain('Now 8% for every scheme it reaches.');
  });

  it('says "mixed" when the schemes differ, and setting it sets them all', async () => {
    const explorer = openPanel();
    expect(document.body.textContent).toContain('Now mixed: from 75% to 100%. Setting it sets them all.');
    await type('Occupancy, all schemes, exact value in per cent', '60');
    expect(explorer.scenario.schemes.filter((s) => s.placements).map((s) => s.placements!.occupancy)).toEqual([0.6, 0.6]);
    expect(document.body.textContent).toContain('Now 60% for every scheme it reaches.');
  });

  it('a delay is applied on a press, and a second press moves every opening again', async () => {
    const explorer = openPanel();
    const press = screen.getByRole('button', { name: 'Open every scheme 6 months later' });
    press.click();
    flushSync();
    expect(status()).toBe('Opened 5 schemes 6 months later.');
    press.click();
    flushSync();
    expect(explorer.scenario.schemes.map((s) => s.openingMonth)).toEqual(leics.schemes.map((s) => s.openingMonth + 12));
    await type('Opening delay, all schemes, exact value in months', '-3');
    expect(screen.getByRole('button', { name: 'Open every scheme 3 months earlier' })).toBeTruthy();
  });

  it('says what the last what-if did only while the scenario is the one it made: an undo takes the words back too', async () => {
    const explorer = openPanel();
    await type('Fee inflation, all schemes, exact value in per cent', '8');
    expect(status()).toMatch(/^Set fee inflation to 8%/);
    explorer.undo();
    flushSync();
    expect(status()).toBe('');
    explorer.redo();
    flushSync();
    expect(status()).toMatch(/^Set fee inflation to 8%/);
  });

  it('an earlier opening where every scheme opens in the first month changes nothing, and says why', async () => {
    const explorer = openPanel();
    const before = explorer.scenario;
    await type('Opening delay, all schemes, exact value in months', '-6');
    screen.getByRole('button', { name: 'Open every scheme 6 months earlier' }).click();
    flushSync();
    expect(explorer.scenario).toBe(before);
    expect(explorer.undoLabel).toBeNull(); // no step recorded for it
    expect(status()).toBe('Nothing changed: every scheme already opens in the first month.');
  });

  it('names the scheme with no capital beside the overrun', () => {
    openPanel();
    const button = screen.getByRole('button', { name: 'Add 10% to every capital item' });
    expect(button.closest('.step')!.textContent).toContain(`${name('art')} has no capital`);
  });

  it('the edits show as "Changed" in the schemes’ own panels', async () => {
    openPanel(App);
    await type('Fee inflation, all schemes, exact value in per cent', '8');
    const toggle = screen.getByRole('button', {
      name: new RegExp(`^${name('p2').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} (Home|Team|Programme)`),
    });
    if (toggle.getAttribute('aria-expanded') !== 'true') toggle.click();
    flushSync();
    const row = screen.getByRole('slider', { name: `Fee inflation, ${name('p2')}` }).closest('.input-row')!;
    expect(row.textContent).toContain('Changed');
    const cost = screen.getByRole('slider', { name: `Cost inflation, ${name('p2')}` }).closest('.input-row')!;
    expect(cost.textContent).not.toContain('Changed');
  });
});

describe('ScenarioBar', () => {
  it('says beside general inflation that it moves only the discounted figures', () => {
    render(ScenarioBar, { props: { explorer: new Explorer() } });
    const slider = screen.getByRole('slider', { name: 'General inflation, whole scenario' });
    expect(slider.closest('.number-setting')!.textContent).toContain(
      'Deflates the discounting only; to make fees or costs rise, use What if… (all schemes).',
    );
  });
});
