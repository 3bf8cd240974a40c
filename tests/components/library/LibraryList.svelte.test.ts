// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/svelte';
import LibraryList, { FIRST_SHOWN } from '../../../src/components/library/LibraryList.svelte';
import type { LibraryEntry } from '../../../src/storage/library.ts';

afterEach(() => cleanup());

const entries = (count: number): LibraryEntry[] =>
  Array.from({ length: count }, (_, i) => ({
    id: `id-${i}`,
    name: `Scenario ${i + 1}`,
    presetId: 'leics-2021',
    updatedAt: new Date(Date.UTC(2026, 10, 30) - i * 60_000).toISOString(),
    revision: 1,
    status: 'current',
  }));

const props = (list: LibraryEntry[]) => ({
  entries: list,
  loaded: true,
  onScreenId: null,
  onopen: () => {},
  onrename: async () => {},
  onduplicate: () => {},
  ondelete: () => {},
});

/** the names in the table's rows, in order */
const shownNames = () => [...document.querySelectorAll('tbody .name')].map((name) => name.textContent);

describe('LibraryList', () => {
  it(`shows the ${FIRST_SHOWN} most recently edited of a long list, and the rest when asked`, async () => {
    const list = entries(FIRST_SHOWN + 12);
    render(LibraryList, { props: props(list) });
    expect(shownNames()).toEqual(list.slice(0, FIRST_SHOWN).map((entry) => entry.name));
    expect(screen.getByText(`Showing the ${FIRST_SHOWN} most recently edited.`, { exact: false })).toBeTruthy();
    await fireEvent.click(screen.getByRole('button', { name: `Show all ${list.length}` }));
    expect(shownNames()).toEqual(list.map((entry) => entry.name));
    expect(screen.queryByRole('button', { name: /^Show all/ })).toBeNull();
  });

  it(`shows a list of ${FIRST_SHOWN} whole, with no Show all`, () => {
    render(LibraryList, { props: props(entries(FIRST_SHOWN)) });
    expect(shownNames()).toHaveLength(FIRST_SHOWN);
    expect(screen.queryByRole('button', { name: /^Show all/ })).toBeNull();
    expect(screen.getByText(`Saved scenarios (${FIRST_SHOWN})`)).toBeTruthy();
  });
});
