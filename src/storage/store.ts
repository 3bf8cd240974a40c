/**
 * Where the library keeps its records: IndexedDB through idb-keyval, or memory when IndexedDB is
 * not there (private windows, sandboxed frames). The Library takes a KeyValueStore, so tests pass
 * fake-indexeddb's IDBFactory, a MemoryStore, or a wrapper that throws the faults they need.
 *
 * Limits: one object store in one database; keys are strings; values must survive structured clone.
 */
import { del, entries, get, promisifyRequest, set, type UseStore } from 'idb-keyval';

export const DATABASE_NAME = 'payback-explorer';
export const STORE_NAME = 'library';
/** A browser that neither opens nor refuses IndexedDB within this time is treated as having none. */
const OPEN_TIMEOUT_MS = 3_000;

/** What `update` returns to leave the key as it was, or to delete it. */
export const KEEP: unique symbol = Symbol('keep');
export const DELETE: unique symbol = Symbol('delete');
export type Updater = (current: unknown) => unknown;

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
}

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
}

/**
 * A store in IndexedDB. When the browser has closed the connection under it ("the database
 * connection is closing", an InvalidStateError), it reopens and tries once more, then throws.
 */
export class IdbStore implements KeyValueStore {
  readonly persistent = true;
  #useStore: UseStore;
  readonly #connect: () => UseStore;

  constructor(connect: () => UseStore) {
    this.#connect = connect;
    this.#useStore = connect();
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

  entries(): Promise<[string, unknown][]> {
    return this.#run((store) => entries<string, unknown>(store));
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

/** idb-keyval's createStore, with the IDBFactory passed in and a connection that lets go when asked. */
export function connectIndexedDb(factory: IDBFactory, databaseName = DATABASE_NAME, storeName = STORE_NAME): UseStore {
  let database: Promise<IDBDatabase> | undefined;
  const open = (): Promise<IDBDatabase> => {
    if (database !== undefined) return database;
    const request = factory.open(databaseName);
    request.onupgradeneeded = () => request.result.createObjectStore(storeName);
    const opened = promisifyRequest(request);
    database = opened;
    opened.then(
      (db) => {
        db.onclose = () => (database = undefined);
        // A newer tab upgrading the database asks older connections to close.
        db.onversionchange = () => {
          db.close();
          database = undefined;
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

export interface OpenedStore {
  store: KeyValueStore;
  /** why the store is in memory, for the banner; null when IndexedDB opened */
  unavailable: string | null;
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
    return { store: new MemoryStore(), unavailable: 'This browser offers no IndexedDB here.' };
  }
  try {
    const store = new IdbStore(() => connectIndexedDb(factory, databaseName, storeName));
    await withTimeout(store.get('probe'), timeoutMs);
    return { store, unavailable: null };
  } catch (error) {
    return { store: new MemoryStore(), unavailable: describeError(error) };
  }
}

/** The `name` of a thrown DOMException or Error ('QuotaExceededError', 'InvalidStateError', …). */
export function errorName(error: unknown): string {
  if (typeof error !== 'object' || error === null) return '';
  const name = (error as { name?: unknown }).name;
  return typeof name === 'string' ? name : '';
}

function describeError(error: unknown): string {
  const message = typeof error === 'object' && error !== null ? (error as { message?: unknown }).message : undefined;
  return typeof message === 'string' && message !== '' ? `IndexedDB could not be opened: ${message}` : 'IndexedDB could not be opened.';
}

async function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms / 1000} s`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
