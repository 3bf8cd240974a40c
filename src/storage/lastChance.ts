/**
 * The working scenario's last-chance copy, written synchronously to localStorage when the page is hidden
 * or left. Chromium drops an IndexedDB write that a `pagehide` handler starts but cannot finish at once,
 * so a reload within the autosave delay would lose the last edits; localStorage writes there are kept.
 *
 * The copy has the same shape and rules as the library's working slot (it is written and read by a
 * Library over this store, so it passes restoreScenario and is never written over a newer app's), and it
 * is removed once the working slot in IndexedDB has caught up.
 */
import { isNewerVersion, isRecord, ownValue } from '../model/migrations.ts';
import { Library, workingSlotKeys, type LoadWorkingResult, type TabSlot, type WorkingScenario } from './library.ts';
import { DELETE, KEEP, type KeyValueStore, type Updater } from './store.ts';

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

export class LastChance {
  readonly #store: LocalStorageStore;
  readonly #library: Library;
  readonly #keys: string[];

  /** `tab`: this tab, whose own copy a reload reads (as the library has a slot per tab) */
  constructor(storage: StorageLike, { prefix = LAST_CHANCE_PREFIX, tab = null }: { prefix?: string; tab?: TabSlot | null } = {}) {
    this.#store = new LocalStorageStore(storage, prefix);
    this.#library = new Library(this.#store, { tab });
    this.#keys = workingSlotKeys(tab);
  }

  /** localStorage when this page may use it (sandboxed frames and some private modes refuse it), else null. */
  static open(tab: TabSlot | null = null): LastChance | null {
    try {
      return typeof localStorage === 'undefined' ? null : new LastChance(localStorage, { tab });
    } catch {
      return null;
    }
  }

  /** Writes the copy before returning; a full or refused localStorage is ignored (this is the last chance, not the only one). */
  write(working: WorkingScenario): void {
    this.#library.saveWorking(working).catch(() => {});
  }

  /**
   * The copy, read as the library reads its working slot; `working: null` when there is none. A
   * reloaded tab reads only its own: another tab's copy, however recent, is not this tab's work (its
   * own slot in IndexedDB is read next).
   */
  load(): Promise<LoadWorkingResult> {
    return this.#library.loadWorking({ ownOnly: true });
  }

  /** Removes the copies once IndexedDB holds the same or later, unless a newer app wrote them. */
  clear(): void {
    for (const key of this.#keys) {
      this.#store
        .update(key, (stored) =>
          stored === undefined || isNewerVersion(stored) || (isRecord(stored) && isNewerVersion(ownValue(stored, 'scenario'))) ? KEEP : DELETE,
        )
        // A refused localStorage holds nothing to clear.
        .catch(() => {});
    }
  }

  /** Clears out copies of tabs long closed, as the library does its slots. */
  prune(): Promise<void> {
    return this.#library.pruneTabSlots();
  }
}
