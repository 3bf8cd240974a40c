// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import Reconciliation from '../../src/components/Reconciliation.svelte';
import { Explorer } from '../../src/state/explorer.svelte.ts';

afterEach(() => cleanup());

/** The status cell of the row for `scheme` whose wording is `words`. */
function status(scheme: string, words: string): string {
  const table = screen.getByRole('table', { name: 'Stated and computed figures, scheme by scheme' });
  const group = [...table.querySelectorAll('tbody')].find((g) => g.querySelector('th[scope="rowgroup"]')?.textContent?.startsWith(scheme))!;
  const row = [...group.querySelectorAll('tr')].find((r) => r.querySelector('th[scope="row"]')?.textContent?.includes(words))!;
  return row.querySelector('td.status')!.textContent!.replace(/\s+/g, ' ').trim();
}

describe('Reconciliation', () => {
  it('says in words whether the report adds up, what your changes did, and which figures inputs were worked back from', () => {
    const explorer = new Explorer('leics-2021');
    render(Reconciliation, {
      props: {
        get rows() {
          return explorer.reconciliation;
        },
        get preset() {
          return explorer.preset;
        },
      },
    });
    expect(status('Property 2', '£188k per annum')).toBe('✓ Agrees');
    // £431k ÷ £82k: the report's own inputs give 5.26 years
    expect(status('Property 1', 'a payback of five years')).toBe(
      '⚠ The report does not add up: it states 5 years, its own inputs give 5.26 years',
    );
    expect(status('Property 4', 'a payback within five years')).toBe('↶ Worked back: the saving was set from this figure');
    expect(status('Property 1', '£82k per annum')).toBe('↶ Worked back: the staff-time saving was set from this figure');

    explorer.setInput('p2', 'placements.occupancy', 0.5);
    flushSync();
    expect(status('Property 2', '£188k per annum')).toBe('↻ Agreed at the report’s inputs; your changes make it £142,792');
    expect(status('Property 2', 'expected to be £437k')).toBe('✓ Agrees');
  });
});
