// @vitest-environment happy-dom
// The list of inputs to pin is every scheme's number inputs: a step of a pinned slider rebuilds the edited
// scheme's entries only, so a 100-scheme drag does not redo (and redraw) the other schemes' options.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import PinnedInputs from '../../../src/components/present/PinnedInputs.svelte';
import { Explorer } from '../../../src/state/explorer.svelte.ts';
import { Presentation } from '../../../src/state/presentation.svelte.ts';

// Which schemes' input lists were built, by scheme id.
const built = vi.hoisted(() => [] as string[]);
vi.mock('../../../src/fields/inputFields.ts', async (importActual) => {
  const actual = await importActual<typeof import('../../../src/fields/inputFields.ts')>();
  return {
    ...actual,
    schemeInputGroups: (scheme: Parameters<typeof actual.schemeInputGroups>[0]) => {
      built.push(scheme.id);
      return actual.schemeInputGroups(scheme);
    },
  };
});

afterEach(() => cleanup());

function setUp() {
  const explorer = new Explorer();
  const presentation = new Presentation();
  presentation.enter();
  presentation.pin('p2', 'placements.occupancy');
  render(PinnedInputs, { props: { explorer, presentation } });
  flushSync();
  return explorer;
}

describe('PinnedInputs', () => {
  it('a step of a pinned input rebuilds the input list of its own scheme only', () => {
    const explorer = setUp();
    expect(new Set(built)).toEqual(new Set(explorer.scenario.schemes.map((s) => s.id)));
    for (const occupancy of [0.6, 0.65, 0.7]) {
      built.length = 0;
      explorer.setInput('p2', 'placements.occupancy', occupancy);
      flushSync();
      expect(new Set(built)).toEqual(new Set(['p2']));
    }
    expect(screen.getByRole('slider', { name: /^Occupancy, Property 2/ })).toHaveProperty('value', '70');
  });

  it('a scheme renamed or changed shows its new name in the list', () => {
    const explorer = setUp();
    explorer.rename('p3', 'Renamed home');
    flushSync();
    expect(document.querySelector('optgroup[label="Renamed home"]')).not.toBeNull();
    expect(document.querySelectorAll('optgroup')).toHaveLength(explorer.scenario.schemes.length);
  });
});
