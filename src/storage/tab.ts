/**
 * This tab's id, for its own working slot. It lives in sessionStorage, which a reload keeps and a new
 * tab starts without, so a reload finds its tab's slot and a new tab knows it has none. (A tab the
 * browser duplicates copies sessionStorage, so the copy shares its original's slot.)
 */
import { randomId } from './stored.ts';
import type { TabSlot } from './workingSlots.ts';

export const TAB_KEY = 'payback-explorer:tab';

type SessionLike = Pick<Storage, 'getItem' | 'setItem'>;

/** This tab's slot; where sessionStorage is refused, a fresh one each time (a reload then starts as a new tab). */
export function currentTab(storage: SessionLike | null = sessionStorageOrNull()): TabSlot {
  try {
    const known = storage?.getItem(TAB_KEY);
    if (known) return { id: known, known: true };
    const id = randomId();
    storage?.setItem(TAB_KEY, id);
    return { id, known: false };
  } catch {
    return { id: randomId(), known: false };
  }
}

function sessionStorageOrNull(): SessionLike | null {
  try {
    return typeof sessionStorage === 'undefined' ? null : sessionStorage;
  } catch {
    return null;
  }
}
