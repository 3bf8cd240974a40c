import { describe, expect, it } from 'vitest';
import { SAVED_CHOICES, savedChoices } from '../../../src/components/compare/savedChoices.ts';
import { NONE, refKey } from '../../../src/state/compare.svelte.ts';
import type { LibraryEntry } from '../../../src/storage/library.ts';

const entry = (i: number, status: LibraryEntry['status'] = 'current'): LibraryEntry => ({
  id: `id-${i}`,
  name: `Scenario ${i}`,
  presetId: null,
  updatedAt: new Date(Date.UTC(2026, 10, 30) - i * 60_000).toISOString(),
  revision: 1,
  status,
});
const ids = (entries: readonly LibraryEntry[]) => entries.map((e) => e.id);

describe('savedChoices', () => {
  it('lists a short library whole, leaving out what this version cannot read', () => {
    const entries = [entry(0), entry(1, 'newer'), entry(2, 'migrated'), entry(3, 'invalid')];
    expect(savedChoices(entries, ['working', NONE])).toEqual({ listed: [entries[0], entries[2]], left: 0, gone: [] });
  });

  it(`lists the ${SAVED_CHOICES} edited last of a long library and counts the rest`, () => {
    const entries = Array.from({ length: 800 }, (_, i) => entry(i));
    const { listed, left } = savedChoices(entries, ['working', NONE, NONE, NONE]);
    expect(ids(listed)).toEqual(ids(entries.slice(0, SAVED_CHOICES)));
    expect(left).toBe(800 - SAVED_CHOICES);
  });

  it('lists a saved scenario already chosen wherever it falls, in its place in the order', () => {
    const entries = Array.from({ length: 60 }, (_, i) => entry(i));
    const chosen = [refKey({ saved: 'id-50' }), refKey({ preset: 'leics-2021' }), refKey({ saved: 'id-40' }), NONE];
    const { listed, left } = savedChoices(entries, chosen, 5);
    expect(ids(listed)).toEqual(['id-0', 'id-1', 'id-2', 'id-3', 'id-4', 'id-40', 'id-50']);
    expect(left).toBe(53);
  });

  it('names a chosen saved scenario the library no longer lists: deleted, or saved since by a newer version', () => {
    const entries = [entry(0), entry(1, 'newer')];
    const chosen = [refKey({ saved: 'id-9' }), refKey({ saved: 'id-1' }), refKey({ saved: 'id-0' }), NONE];
    const { listed, gone } = savedChoices(entries, chosen);
    expect(ids(listed)).toEqual(['id-0']);
    expect(gone).toEqual([
      { id: 'id-9', why: 'deleted' },
      { id: 'id-1', why: 'unreadable' },
    ]);
  });
});
