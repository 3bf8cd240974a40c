/**
 * Where the library keeps its records: IndexedDB through idb-keyval, or memory when IndexedDB is
 * not there (private windows, sandboxed frames). The Library takes a KeyValueStore, so tests pass
 * fake-indexeddb's IDBFactory, a MemoryStore, or a wrapper that throws the faults they need.
 *
 * Limits: one object store in one database; keys are strings; values must survive structured clone.
 */
import { del, get, promisifyRequest, set, type UseStore } from 'idb-keyval';

export const DATABASE_NAME = 'payback-explorer';
const STORE_NAME = 'library';
/** A browser that neither opens nor refuses IndexedDB within this time is treated as having none. */
const OPEN_TIMEOUT_MS = 3_000;

/** What `update` returns to leave the key as it was, or to delete it. */
export const KEEP: unique symbol = Symbol('keep');
export const DELETE: unique symbol = Symbol('delete');
export type Updater = (current: unknown) => unknown;
/** Given every entry stored, the entries to add (under keys not yet used). */
export type Adder = (current: [string, unknown][]) => [string, unknown][];

export interface KeyValueStore {
  /** false: kept in this tab's memory only, gone when it closes */
  readonly persistent: boolean;
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
  /**
   * Reads the key and writes what `updater` returns, in one transaction: no other tab writes in
   * between. `updater` must be synchronous; it returns the new value, KEEP, or DELETE.
   */
  update(key: string, updater: Updater): Promise<void>;
  del(key: string): Promise<void>;
  entries(): Promise<[string, unknown][]>;
  /**
   * Reads every entry and adds the entries `adder` returns, in one transaction: all of them or none (a
   * fault, or the tab closing midway, writes nothing), and no other tab writes in between. A key already
   * used is never overwritten: the whole write is refused (a ConstraintError). `adder` must be synchronous;
   * `onProgress` hears how many have been written so far, before they are committed.
   * Optional only because the last-chance copy's store, which never holds records, has none.
   */
  addMany?(adder: Adder, onProgress?: (written: number) => void): Promise<void>;
  /**
   * Calls `listener` when what is stored may have changed with no tab saying so: the database was
   * deleted (another tab, the user clearing site data) or closed by the browser. Returns the unsubscribe.
   * Stores that nothing outside the tab can delete (memory) have none.
   */
  onLost?(listener: () => void): () => void;
}

/** pauses before opening again when the browser aborts an open (it is clearing the site's data) */
const REOPEN_WAITS_MS = [25, 100, 400];
/** values handed to IndexedDB in one go by addMany */
const ADD_SLICE = 100;

const keyUsed = () => new DOMException('Key already exists in the object store.', 'ConstraintError');

/** A store in memory: same semantics as IndexedDB (values are copied in and out), nothing kept. */
export class MemoryStore implements KeyValueStore {
  readonly persistent = false;
  readonly #values = new Map<string, unknown>();

  async get(key: string): Promise<unknown> {
    return structuredClone(this.#values.get(key));
  }

  async set(key: string, value: unknown): Promise<void> {
    this.#values.set(key, structuredClone(value));
  }

  async update(key: string, updater: Updater): Promise<void> {
    const next = updater(structuredClone(this.#values.get(key)));
    if (next === DELETE) this.#values.delete(key);
    else if (next !== KEEP) this.#values.set(key, structuredClone(next));
  }

  async del(key: string): Promise<void> {
    this.#values.delete(key);
  }

  async entries(): Promise<[string, unknown][]> {
    return [...this.#values].map(([key, value]) => [key, structuredClone(value)]);
  }

  async addMany(adder: Adder, onProgress?: (written: number) => void): Promise<void> {
    // Every value copied and every key checked before the first is written: a failure writes nothing.
    const added = adder(await this.entries()).map(([key, value]): [string, unknown] => [key, structuredClone(value)]);
    const keys = new Set(added.map(([key]) => key));
    if (keys.size < added.length || added.some(([key]) => this.#values.has(key))) throw keyUsed();
    added.forEach(([key, value], index) => {
      this.#values.set(key, value);
      onProgress?.(index + 1);
    });
  }
}

/**
 * A store in IndexedDB. When the browser has closed the connection under it ("the database
 * connection is closing", an InvalidStateError), it reopens and tries once more, then throws.
 */
export class IdbStore implements KeyValueStore {
  readonly persistent = true;
  #useStore: UseStore;
  readonly #connect: () => UseStore;
  readonly #lostListeners = new Set<() => void>();

  /** `connect` opens a connection; it calls `lost` when the browser takes that connection away. */
  constructor(connect: (lost: () => void) => UseStore) {
    this.#connect = () => connect(() => this.#lostListeners.forEach((listener) => listener()));
    this.#useStore = this.#connect();
  }

  get(key: string): Promise<unknown> {
    return this.#run((store) => get(key, store));
  }

  set(key: string, value: unknown): Promise<void> {
    return this.#run((store) => set(key, value, store));
  }

  update(key: string, updater: Updater): Promise<void> {
    return this.#run((useStore) =>
      useStore('readwrite', (store) => {
        const read = store.get(key);
        read.onsuccess = () => {
          const next = updater(read.result);
          if (next === DELETE) store.delete(key);
          else if (next !== KEEP) store.put(next, key);
        };
        return promisifyRequest(store.transaction);
      }),
    );
  }

  del(key: string): Promise<void> {
    return this.#run((store) => del(key, store));
  }

  /**
   * Every entry, read with a cursor in one transaction rather than with one getAll: each value is copied
   * out in a task of its own, so reading a library of hundreds (4.5 MB for 800) never holds the page up
   * (one getAll took 35 ms to copy out and as long again to collect the garbage, in one task). Keys that
   * are not strings (none of ours) are left out. A failed read throws the cursor's own error.
   */
  entries(): Promise<[string, unknown][]> {
    return this.#run((useStore) =>
      useStore('readonly', (store) => {
        const all: [string, unknown][] = [];
        const cursor = store.openCursor();
        return new Promise<[string, unknown][]>((resolve, reject) => {
          cursor.onsuccess = () => {
            const at = cursor.result;
            if (at === null) return resolve(all);
            if (typeof at.key === 'string') all.push([at.key, at.value]);
            at.continue();
          };
          cursor.onerror = () => reject(cursor.error ?? new DOMException('The read failed.', 'UnknownError'));
          store.transaction.onabort = () => reject(store.transaction.error ?? new DOMException('The read was abandoned.', 'AbortError'));
        });
      }),
    );
  }

  addMany(adder: Adder, onProgress?: (written: number) => void): Promise<void> {
    return this.#run((useStore) =>
      useStore('readwrite', async (store) => {
        // Set inside the transaction; a holder, so the compiler does not assume it unchanged.
        const failure: { cause?: unknown } = {};
        const keys = store.getAllKeys();
        const values = store.getAll();
        const fail = (error: unknown) => {
          failure.cause = error;
          try {
            store.transaction.abort();
          } catch {
            // already ended: the error thrown has ended it
          }
        };
        // Requests succeed in order: when the values are read, so are the keys.
        values.onsuccess = () => {
          let added: [string, unknown][];
          try {
            added = adder(keys.result.map((key, index): [string, unknown] => [String(key), values.result[index]]));
          } catch (error) {
            return fail(error);
          }
          let next = 0;
          // A slice at a time, each begun when the last one is written: the transaction stays open
          // throughout, and copying hundreds of values in never freezes the page.
          const addSlice = () => {
            try {
              const end = Math.min(next + ADD_SLICE, added.length);
              for (; next < end; next += 1) {
                const [key, value] = added[next]!;
                // add, not put: a key already used fails its request, and with it the whole transaction.
                const request = store.add(value, key);
                const written = next + 1;
                request.onerror = () => void (failure.cause ??= request.error);
                request.onsuccess = () => {
                  onProgress?.(written);
                  if (written === end && end < added.length) addSlice();
                };
              }
            } catch (error) {
              fail(error);
            }
          };
          addSlice();
        };
        try {
          await promisifyRequest(store.transaction);
        } catch (error) {
          // the request's or the adder's own error, rather than the abort it led to (which has none)
          throw failure.cause ?? error ?? new DOMException('The write was abandoned.', 'AbortError');
        }
      }),
    );
  }

  onLost(listener: () => void): () => void {
    this.#lostListeners.add(listener);
    return () => this.#lostListeners.delete(listener);
  }

  async #run<T>(operation: (store: UseStore) => Promise<T>): Promise<T> {
    try {
      return await operation(this.#useStore);
    } catch (error) {
      if (errorName(error) !== 'InvalidStateError') throw error;
      this.#useStore = this.#connect();
      return operation(this.#useStore);
    }
  }
}

/**
 * idb-keyval's createStore, with the IDBFactory passed in and a connection that lets go when asked.
 * `lost` is called when the connection is taken away: the database is being deleted or upgraded
 * elsewhere (versionchange), or the browser closed it (site data cleared, storage failing).
 */
export function connectIndexedDb(
  factory: IDBFactory,
  databaseName = DATABASE_NAME,
  storeName = STORE_NAME,
  lost: () => void = () => {},
): UseStore {
  let database: Promise<IDBDatabase> | undefined;
  const openOnce = (): Promise<IDBDatabase> => {
    const request = factory.open(databaseName);
    request.onupgradeneeded = () => request.result.createObjectStore(storeName);
    return promisifyRequest(request);
  };
  const openSoon = async (): Promise<IDBDatabase> => {
    for (const wait of REOPEN_WAITS_MS) {
      try {
        return await openOnce();
      } catch (error) {
        // Chromium aborts an open while it is clearing the site's data, and lets one through just after.
        if (errorName(error) !== 'AbortError') throw error;
        await new Promise((resolve) => setTimeout(resolve, wait));
      }
    }
    return openOnce();
  };
  const open = (): Promise<IDBDatabase> => {
    if (database !== undefined) return database;
    const opened = openSoon();
    database = opened;
    opened.then(
      (db) => {
        db.onclose = () => {
          database = undefined;
          lost();
        };
        // Deleting the database (another tab, clearing site data), or a newer tab upgrading it, first
        // asks every open connection to close; the next use opens a new one, after the delete.
        db.onversionchange = () => {
          db.close();
          database = undefined;
          lost();
        };
      },
      () => (database = undefined),
    );
    return opened;
  };
  return async (mode, callback) => {
    const db = await open();
    return callback(db.transaction(storeName, mode).objectStore(storeName));
  };
}

/**
 * Why the store is in memory: there is no IndexedDB here, it did not answer within `ms`, or opening it
 * failed (`detail`: the browser's words, or ''). The state layer puts it into words for the banner.
 */
export type Unavailable = { reason: 'absent' } | { reason: 'timeout'; ms: number } | { reason: 'failed'; detail: string };

interface OpenedStore {
  store: KeyValueStore;
  /** null when IndexedDB opened */
  unavailable: Unavailable | null;
}

/**
 * The library's store: IndexedDB when it opens, memory otherwise, so the app keeps working
 * (and exporting) when nothing can be kept.
 */
export async function openStore({
  factory = globalThis.indexedDB,
  databaseName = DATABASE_NAME,
  storeName = STORE_NAME,
  timeoutMs = OPEN_TIMEOUT_MS,
}: { factory?: IDBFactory | undefined; databaseName?: string; storeName?: string; timeoutMs?: number } = {}): Promise<OpenedStore> {
  if (factory === undefined || factory === null) {
    return { store: new MemoryStore(), unavailable: { reason: 'absent' } };
  }
  try {
    const store = new IdbStore((lost) => connectIndexedDb(factory, databaseName, storeName, lost));
    if ((await withTimeout(store.get('probe'), timeoutMs)) === TIMED_OUT) {
      return { store: new MemoryStore(), unavailable: { reason: 'timeout', ms: timeoutMs } };
    }
    return { store, unavailable: null };
  } catch (error) {
    const detail = typeof error === 'object' && error !== null ? (error as { message?: unknown }).message : undefined;
    return { store: new MemoryStore(), unavailable: { reason: 'failed', detail: typeof detail === 'string' ? detail : '' } };
  }
}

/** The `name` of a thrown DOMException or Error ('QuotaExceededError', 'InvalidStateError', …). */
export function errorName(error: unknown): string {
  if (typeof error !== 'object' || error === null) return '';
  const name = (error as { name?: unknown }).name;
  return typeof name === 'string' ? name : '';
}

/** What withTimeout gives when the promise did not settle in time. */
const TIMED_OUT = Symbol('timed out');

async function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T | typeof TIMED_OUT> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<typeof TIMED_OUT>((resolve) => {
    timer = setTimeout(() => resolve(TIMED_OUT), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
