// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/svelte';
import { flushSync, tick } from 'svelte';
import SchemeList from '../../src/components/SchemeList.svelte';
import { Explorer } from '../../src/state/explorer.svelte.ts';
import { presetById } from '../../src/model/presets/index.ts';

afterEach(() => cleanup());

const leics = presetById('leics-2021')!;
const name = (id: string) => leics.scenario.schemes.find((s) => s.id === id)!.name;
const toggle = (schemeName: string) =>
  screen.getAllByRole('button').find((b) => b.classList.contains('toggle') && b.querySelector('.name')?.textContent === schemeName)!;

describe('SchemeList', () => {
  it('a folded row says how many inputs differ from the preset; one disclosure lists them and goes to each', async () => {
    const explorer = new Explorer('leics-2021');
    render(SchemeList, { props: { explorer } });
    expect(screen.queryByText(/^What changed/)).toBeNull();
    expect(toggle(name('p2')).textContent).not.toMatch(/changed/);

    explorer.setInput('p2', 'placements.occupancy', 0.5);
    explorer.setInput('p2', 'placements.externalWeeklyFee', 6000);
    explorer.addScheme('team');
    flushSync();
    expect(toggle(name('p2')).getAttribute('aria-expanded')).toBe('false');
    expect(toggle(name('p2')).querySelector('.standing')?.textContent).toBe('2 inputs changed');
    expect(toggle('New team').querySelector('.standing')?.textContent).toBe('Not in the preset');
    expect(toggle(name('p1')).querySelector('.standing')).toBeNull();

    const summary = screen.getByText('What changed (3)');
    summary.click();
    flushSync();
    const table = screen.getByRole('table', { name: 'Differences from the preset' });
    const cells = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((r) => [...r.children].slice(0, 3).map((c) => c.textContent!.trim()));
    expect(cells).toEqual([
      [name('p2')],
      ['Occupancy', '75%', '50%'],
      ['External weekly fee', '£5,117 a week', '£6,000 a week'],
      ['New team'],
      ['The scheme', 'Not in the preset', 'Added'],
    ]);
    expect(within(table).getAllByRole('row')[2]!.textContent).toContain('assuming 75% occupancy');

    within(table)
      .getByRole('button', { name: `Go to Occupancy, ${name('p2')}` })
      .click();
    await tick();
    await tick();
    expect(toggle(name('p2')).getAttribute('aria-expanded')).toBe('true');
    expect(document.activeElement?.getAttribute('aria-label')).toBe(`Occupancy, ${name('p2')}`);
  });

  it("a step of one input's slider leaves the other rows' sources as they were: none is looked up again", () => {
    const explorer = new Explorer('leics-2021');
    explorer.setExpanded('p2', true);
    render(SchemeList, { props: { explorer } });
    const occupancy = screen.getByRole('slider', { name: `Occupancy, ${name('p2')}` });
    const sourceOf = vi.spyOn(explorer, 'sourceOf');

    explorer.setInput('p2', 'placements.occupancy', 0.5);
    flushSync();
    expect((occupancy as HTMLInputElement).value).toBe('50');
    // (the row's "1 input changed" looks up the changed input's source, for the list of differences: no other)
    expect(sourceOf.mock.calls.filter(([, path]) => path !== 'placements.occupancy')).toEqual([]);

    // a new name is the rows' news: each row's accessible name follows it
    explorer.rename('p2', 'Property 2, renamed');
    flushSync();
    expect(screen.getByRole('slider', { name: 'Occupancy, Property 2, renamed' })).toBe(occupancy);
  });

  it('when the removal notice goes with the focus, focus goes to the scheme that came back, or after Dismiss to the list', async () => {
    const explorer = new Explorer('leics-2021');
    render(SchemeList, { props: { explorer } });
    const remove = async (id: string) => {
      const button = within(toggle(name(id)).closest('.scheme-item')!).getByRole('button', { name: `Remove ${name(id)}` });
      button.focus();
      button.click();
      await tick();
      // its button gone with its row, the notice's Undo takes the focus
      expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Undo' }));
    };

    await remove('p2');
    screen.getByRole('button', { name: 'Undo' }).click();
    await vi.waitFor(() => expect(document.activeElement).toBe(toggle(name('p2'))));
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();

    // Ctrl+Z (the page's keys call the explorer's undo) with the notice's button focused
    await remove('p3');
    explorer.undo();
    await vi.waitFor(() => expect(document.activeElement).toBe(toggle(name('p3'))));

    await remove('p4');
    const dismiss = screen.getByRole('button', { name: /^Dismiss/ });
    dismiss.focus();
    dismiss.click();
    await vi.waitFor(() => expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Schemes' })));
  });
});
