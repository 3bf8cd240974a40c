/**
 * The working scenario's last-chance copy in localStorage, written synchronously on each autosave and
 * when the page is hidden or left. Chromium drops an IndexedDB write that a `pagehide` handler starts
 * but cannot finish at once, so a reload within the autosave delay would lose the last edits;
 * localStorage writes there are kept.
 *
 * - One copy per tab (`working:<tab id>`), its scenario in the share link's compact form (short keys,
 *   usual values left out) beside its preset, saved scenario and revision: Chromium keeps 5 Mi
 *   characters per site, which the largest scenario a file can hold fits once, not twice in full. The
 *   `working` key names the tab whose copy a newly opened tab starts from.
 * - Read through restoreScenario, as the working slots are (workingSlots.ts); never written over a newer
 *   app's copy. A write localStorage refuses is reported, so the page can say so before it matters.
 * - Removed once the working slot in IndexedDB has caught up.
 */
import { isRecord, ownValue } from '../model/migrations.ts';
import { restoreScenario } from '../model/restore.ts';
import { SCENARIO_VERSION } from '../model/scenario.ts';
import { compactScenario, expandScenario } from '../share/compact.ts';
import { DELETE, KEEP, type KeyValueStore, type Updater } from './store.ts';
import { isStoredNewer } from './stored.ts';
import {
  WorkingSlots,
  readWorkingSlot,
  workingSlotKeys,
  type LoadWorkingResult,
  type TabSlot,
  type WorkingScenario,
} from './workingSlots.ts';

export const LAST_CHANCE_PREFIX = 'payback-explorer:';

type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

/** A KeyValueStore in localStorage whose every method does its work before it returns (no awaiting). */
export class LocalStorageStore implements KeyValueStore {
  readonly persistent = true;
  readonly #storage: StorageLike;
  readonly #prefix: string;

  constructor(storage: StorageLike, prefix = LAST_CHANCE_PREFIX) {
    this.#storage = storage;
    this.#prefix = prefix;
  }

  async get(key: string): Promise<unknown> {
    return this.#read(key);
  }

  async set(key: string, value: unknown): Promise<void> {
    this.#storage.setItem(this.#prefix + key, JSON.stringify(value));
  }

  async update(key: string, updater: Updater): Promise<void> {
    const next = updater(this.#read(key));
    if (next === DELETE) this.#storage.removeItem(this.#prefix + key);
    else if (next !== KEEP) this.#storage.setItem(this.#prefix + key, JSON.stringify(next));
  }

  async del(key: string): Promise<void> {
    this.#storage.removeItem(this.#prefix + key);
  }

  async entries(): Promise<[string, unknown][]> {
    const keys: string[] = [];
    for (let i = 0; i < this.#storage.length; i += 1) {
      const key = this.#storage.key(i);
      if (key?.startsWith(this.#prefix)) keys.push(key.slice(this.#prefix.length));
    }
    return keys.map((key) => [key, this.#read(key)]);
  }

  #read(key: string): unknown {
    const text = this.#storage.getItem(this.#prefix + key);
    if (text === null) return undefined;
    try {
      return JSON.parse(text) as unknown;
    } catch {
      // Not ours, or cut short: restoreScenario refuses it as it would any damaged record.
      return text;
    }
  }
}

/**
 * `mark` counts the writes, for `clear`. `newer`: a newer app's copy is there, left as it is;
 * `invalid`: restoreScenario refuses the scenario; `refused`: localStorage is full or refused it.
 */
export type CopyResult = { ok: true; mark: number } | { ok: false; reason: 'newer' | 'invalid' | 'refused'; mark: number };

/** Every copy this app writes starts so (`version` first): one that does not is read to see whose it is. */
const OURS = `{"version":${SCENARIO_VERSION},`;
const TAB_ID = /^[A-Za-z0-9_-]{1,64}$/;

export class LastChance {
  readonly #storage: StorageLike;
  readonly #prefix: string;
  readonly #tab: TabSlot | null;
  readonly #now: () => Date;
  /** kept only to prune other tabs' copies, as the working slots are pruned */
  readonly #slots: WorkingSlots;
  readonly #shared: string;
  /** this tab's copy; the shared key itself without a tab */
  readonly #own: string;
  #writes = 0;

  /** `tab`: this tab, whose own copy a reload reads (as each tab has a working slot of its own) */
  constructor(
    storage: StorageLike,
    { prefix = LAST_CHANCE_PREFIX, tab = null, now = () => new Date() }: { prefix?: string; tab?: TabSlot | null; now?: () => Date } = {},
  ) {
    this.#storage = storage;
    this.#prefix = prefix;
    this.#tab = tab;
    this.#now = now;
    this.#slots = new WorkingSlots(new LocalStorageStore(storage, prefix), { tab });
    this.#shared = prefix + workingSlotKeys(null)[0];
    this.#own = tab === null ? this.#shared : prefix + ownKey(tab.id);
  }

  /** localStorage when this page may use it (sandboxed frames and some private modes refuse it), else null. */
  static open(tab: TabSlot | null = null): LastChance | null {
    try {
      return typeof localStorage === 'undefined' ? null : new LastChance(localStorage, { tab });
    } catch {
      return null;
    }
  }

  /** Writes the copy before returning, and says whether it was kept. */
  write(working: WorkingScenario): CopyResult {
    const mark = (this.#writes += 1);
    const restored = restoreScenario(working.scenario);
    if (!restored.ok) return { ok: false, reason: 'invalid', mark };
    const copy = JSON.stringify({
      version: SCENARIO_VERSION,
      updatedAt: this.#now().toISOString(),
      presetId: working.presetId,
      libraryId: working.libraryId,
      baseRevision: working.baseRevision,
      scenario: compactScenario(restored.scenario),
    });
    try {
      if (this.#isNewer(this.#own)) return { ok: false, reason: 'newer', mark };
      this.#storage.setItem(this.#own, copy);
    } catch {
      return { ok: false, reason: 'refused', mark };
    }
    if (this.#tab === null) return { ok: true, mark };
    try {
      if (!this.#isNewer(this.#shared))
        this.#storage.setItem(this.#shared, JSON.stringify({ version: SCENARIO_VERSION, tab: this.#tab.id }));
    } catch {
      // Not left naming another tab's older copy: a new tab then starts from IndexedDB's shared slot.
      this.#remove(this.#shared);
      return { ok: false, reason: 'refused', mark };
    }
    return { ok: true, mark };
  }

  /**
   * The copy, read as a working slot is read; `working: null` when there is none. A
   * reloaded tab reads only its own: another tab's copy, however recent, is not this tab's work (its
   * own slot in IndexedDB is read next). A new tab reads the copy of the tab the shared key names.
   */
  async load(): Promise<LoadWorkingResult> {
    try {
      let stored = this.#read(this.#tab?.known ? this.#own : this.#shared);
      if (this.#tab?.known !== true && !isStoredNewer(stored) && isRecord(stored) && !Object.hasOwn(stored, 'scenario')) {
        const tab = ownValue(stored, 'tab');
        stored = typeof tab === 'string' && TAB_ID.test(tab) ? this.#read(this.#prefix + ownKey(tab)) : undefined;
      }
      return readWorkingSlot(expanded(stored));
    } catch {
      // A refused localStorage holds no copy.
      return { ok: true, working: null, dropped: [] };
    }
  }

  /**
   * Removes this tab's copy, and the shared key if it names this tab, once IndexedDB holds the same or
   * later — unless a newer app wrote them, or the copy was written again after `mark` (IndexedDB has not
   * caught up with that). A shared key naming another tab is that tab's to remove.
   */
  clear(mark?: number): void {
    if (mark !== undefined && mark !== this.#writes) return;
    this.#remove(this.#own);
    if (this.#tab !== null && this.#namesThisTab()) this.#remove(this.#shared);
  }

  #namesThisTab(): boolean {
    try {
      const shared = this.#read(this.#shared);
      return isRecord(shared) && ownValue(shared, 'tab') === this.#tab?.id;
    } catch {
      return false;
    }
  }

  /** Clears out copies of tabs long closed, as the working slots are. */
  prune(): Promise<void> {
    return this.#slots.prune();
  }

  /** Removes `key` unless a newer app wrote it. */
  #remove(key: string): void {
    try {
      if (!this.#isNewer(key)) this.#storage.removeItem(key);
    } catch {
      // A refused localStorage holds nothing to remove.
    }
  }

  /** Whether a newer app wrote `key`: read in full only when it does not start as this app's copies do. */
  #isNewer(key: string): boolean {
    const text = this.#storage.getItem(key);
    return text !== null && !text.startsWith(OURS) && isStoredNewer(parse(text));
  }

  #read(key: string): unknown {
    const text = this.#storage.getItem(key);
    return text === null ? undefined : parse(text);
  }
}

/** a tab's own copy's key, as a tab's own working slot is named */
function ownKey(id: string): string {
  return workingSlotKeys({ id, known: true })[1] ?? '';
}

function parse(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    // Not ours, or cut short: restoreScenario refuses it as it would any damaged record.
    return text;
  }
}

/** The copy with its scenario in full form (a copy an older version wrote is in full form already). */
function expanded(stored: unknown): unknown {
  if (!isRecord(stored)) return stored;
  const scenario = ownValue(stored, 'scenario');
  return isRecord(scenario) ? { ...stored, scenario: expandScenario(scenario) } : stored;
}
