/**
 * Which saved scenarios the comparison's pickers list. A library can hold hundreds: four selects of 800
 * options each took 60–70 ms to style and lay out, in every open tab, each time the library changed (an
 * import of 800 froze a tab that followed it for a sixth of a second), and a dropdown that long is of no use
 * to anyone. So the pickers list the most recently edited few, and any saved scenario already chosen.
 */
import type { LibraryEntry } from '../../storage/library.ts';
import { refFromKey } from '../../state/compare.svelte.ts';

/** saved scenarios the pickers list, besides those already chosen */
export const SAVED_CHOICES = 25;

export interface SavedChoices {
  /** the entries to list, last edited first */
  listed: readonly LibraryEntry[];
  /** readable saved scenarios not listed */
  left: number;
  /**
   * saved scenarios chosen that the library no longer lists as readable: `deleted` (no longer there) or
   * `unreadable` (saved since by a version this one cannot read). Their pickers still show them, said so.
   */
  gone: readonly { id: string; why: 'deleted' | 'unreadable' }[];
}

/**
 * `entries` come last edited first; those this version cannot read are left out. `chosenKeys` are the
 * pickers' values (`saved:<id>` for a saved scenario): a chosen one is listed wherever it falls in the order,
 * so that cutting the list never empties a picker.
 */
export function savedChoices(entries: readonly LibraryEntry[], chosenKeys: readonly string[], limit = SAVED_CHOICES): SavedChoices {
  const readable = entries.filter((entry) => entry.status === 'current' || entry.status === 'migrated');
  const chosen = new Set(
    chosenKeys.flatMap((key) => {
      const ref = refFromKey(key);
      return ref !== null && ref !== 'working' && 'saved' in ref ? [ref.saved] : [];
    }),
  );
  const listed = readable.filter((entry, index) => index < limit || chosen.has(entry.id));
  const readableIds = new Set(readable.map((entry) => entry.id));
  const present = new Set(entries.map((entry) => entry.id));
  const gone = [...chosen]
    .filter((id) => !readableIds.has(id))
    .map((id) => ({ id, why: present.has(id) ? ('unreadable' as const) : ('deleted' as const) }));
  return { listed, left: readable.length - listed.length, gone };
}
