import { IDBFactory, forceCloseDatabase } from 'fake-indexeddb';
import type { UseStore } from 'idb-keyval';
import { describe, expect, it } from 'vitest';
import {
  DATABASE_NAME,
  DELETE,
  IdbStore,
  KEEP,
  MemoryStore,
  connectIndexedDb,
  openStore,
  type KeyValueStore,
} from '../../src/storage/store.ts';

/** An IDBFactory that hands the test every connection it opens, to close them under the store. */
function watchedFactory(): { factory: IDBFactory; connections: IDBDatabase[]; opens: () => number } {
  const inner = new IDBFactory();
  const connections: IDBDatabase[] = [];
  let opens = 0;
  const factory = new Proxy(inner, {
    get(target, property) {
      if (property !== 'open') return Reflect.get(target, property, target) as unknown;
      return (name: string, version?: number) => {
        opens += 1;
        const request = target.open(name, version);
        request.addEventListener('success', () => connections.push(request.result));
        return request;
      };
    },
  });
  return { factory, connections, opens: () => opens };
}

const promisified = (request: IDBRequest) =>
  new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });

const invalidState = () => new DOMException('The database connection is closing.', 'InvalidStateError');

async function behavesAsAKeyValueStore(store: KeyValueStore): Promise<void> {
  expect(await store.get('a')).toBeUndefined();
  await store.set('a', { n: 1, list: [1, 2] });
  await store.set('b', 'two');
  expect(await store.get('a')).toEqual({ n: 1, list: [1, 2] });
  expect(new Map(await store.entries())).toEqual(
    new Map<string, unknown>([
      ['a', { n: 1, list: [1, 2] }],
      ['b', 'two'],
    ]),
  );

  await store.update('a', (current) => ({ ...(current as object), n: 2 }));
  expect(await store.get('a')).toEqual({ n: 2, list: [1, 2] });
  await store.update('a', () => KEEP);
  expect(await store.get('a')).toEqual({ n: 2, list: [1, 2] });
  await store.update('a', () => DELETE);
  expect(await store.get('a')).toBeUndefined();
  let seen: unknown = 'not called';
  await store.update('missing', (current) => {
    seen = current;
    return KEEP;
  });
  expect(seen).toBeUndefined();
  expect(await store.get('missing')).toBeUndefined();

  await store.del('b');
  expect(await store.entries()).toEqual([]);
}

const batch = (count: number, prefix = 'new'): [string, unknown][] => Array.from({ length: count }, (_, i) => [`${prefix}${i}`, { n: i }]);

/** addMany adds every entry or, whatever goes wrong, none. 250 entries: more than one slice. */
async function addsAllOrNone(makeStore: () => KeyValueStore): Promise<void> {
  const store = makeStore();
  await store.set('kept', { n: -1 });
  let seen: [string, unknown][] = [];
  const progress: number[] = [];
  await store.addMany!(
    (current) => {
      seen = current;
      return batch(250);
    },
    (written) => progress.push(written),
  );
  expect(seen).toEqual([['kept', { n: -1 }]]);
  expect(progress).toEqual(Array.from({ length: 250 }, (_, i) => i + 1));
  const after = new Map(await store.entries());
  expect(after.size).toBe(251);
  expect(after.get('new249')).toEqual({ n: 249 });

  const failures: [string, () => [string, unknown][], string][] = [
    ['a key already used', () => [...batch(200, 'more'), ['kept', { n: 0 }]], 'ConstraintError'],
    ['one key twice', () => [...batch(200, 'more'), ['more0', { n: 0 }]], 'ConstraintError'],
    ['a value that cannot be stored', () => [...batch(200, 'more'), ['more-fn', { f: () => 1 }]], 'DataCloneError'],
    [
      'the adder failing',
      () => {
        throw new RangeError('no');
      },
      'RangeError',
    ],
  ];
  for (const [what, adder, name] of failures) {
    await expect(store.addMany!(adder), what).rejects.toMatchObject({ name });
    expect(new Map(await store.entries()), what).toEqual(after);
  }
}

describe('MemoryStore', () => {
  it('gets, sets, updates, deletes and lists', async () => {
    await behavesAsAKeyValueStore(new MemoryStore());
  });

  it('is not persistent', () => {
    expect(new MemoryStore().persistent).toBe(false);
  });

  it('addMany adds every entry, or none when any cannot be added, and never overwrites', async () => {
    await addsAllOrNone(() => new MemoryStore());
  });

  it('copies values in and out, as IndexedDB does', async () => {
    const store = new MemoryStore();
    const value = { n: 1 };
    await store.set('a', value);
    value.n = 2;
    const read = (await store.get('a')) as { n: number };
    read.n = 3;
    expect(await store.get('a')).toEqual({ n: 1 });
  });
});

describe('IdbStore', () => {
  it('gets, sets, updates, deletes and lists', async () => {
    const factory = new IDBFactory();
    await behavesAsAKeyValueStore(new IdbStore(() => connectIndexedDb(factory)));
  });

  it('addMany adds every entry in one transaction, or none when any cannot be added, and never overwrites', async () => {
    const factory = new IDBFactory();
    await addsAllOrNone(() => new IdbStore(() => connectIndexedDb(factory)));
  });

  it('addMany: a transaction ended midway (the tab closed) leaves none of the entries', async () => {
    const { factory, connections } = watchedFactory();
    const store = new IdbStore(() => connectIndexedDb(factory));
    await store.set('kept', 1);
    const transactions: IDBTransaction[] = [];
    for (const connection of connections) {
      const open = connection.transaction.bind(connection);
      connection.transaction = ((...args: Parameters<IDBDatabase['transaction']>) => {
        const transaction = open(...args);
        transactions.push(transaction);
        return transaction;
      }) as IDBDatabase['transaction'];
    }
    const written = store.addMany(
      () => batch(250),
      (count) => count === 150 && transactions.at(-1)!.abort(),
    );
    await expect(written).rejects.toBeDefined();
    expect(await new IdbStore(() => connectIndexedDb(factory)).entries()).toEqual([['kept', 1]]);
  });

  it('addMany reads and writes in one transaction: a batch started at once by another tab sees all of this one or none', async () => {
    const factory = new IDBFactory();
    const tabA = new IdbStore(() => connectIndexedDb(factory));
    const tabB = new IdbStore(() => connectIndexedDb(factory));
    const seen: number[] = [];
    await Promise.all([
      tabA.addMany((current) => (seen.push(current.length), batch(150, 'a'))),
      tabB.addMany((current) => (seen.push(current.length), batch(150, 'b'))),
    ]);
    expect(seen.sort((x, y) => x - y)).toEqual([0, 150]);
    expect((await tabA.entries()).length).toBe(300);
  });

  it('says when the database is deleted under it (another tab, site data cleared) or closed by the browser', async () => {
    const { factory, connections } = watchedFactory();
    let lost = 0;
    const store = new IdbStore((onLost) => connectIndexedDb(factory, undefined, undefined, onLost));
    store.onLost(() => (lost += 1));
    await store.set('a', 1);
    await promisified(factory.deleteDatabase(DATABASE_NAME));
    expect(lost).toBe(1);
    // the next use opens the database again, empty
    expect(await store.entries()).toEqual([]);
    forceCloseDatabase(connections.at(-1) as never);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(lost).toBe(2);
    const unsubscribe = store.onLost(() => (lost += 10));
    unsubscribe();
    await store.set('b', 2);
    await promisified(factory.deleteDatabase(DATABASE_NAME));
    expect(lost).toBe(3);
  });

  it('opens again, after a pause, when the browser aborts the open (it is clearing the site’s data); gives up after a few', async () => {
    const inner = new IDBFactory();
    let aborts = 2;
    let opens = 0;
    const aborted = () => {
      const request = { error: new DOMException('The connection was closed.', 'AbortError') } as unknown as IDBOpenDBRequest;
      setTimeout(() => (request.onerror as ((event: Event) => void) | null)?.(new Event('error')), 0);
      return request;
    };
    const factory = {
      open: (name: string) => {
        opens += 1;
        return aborts-- > 0 ? aborted() : inner.open(name);
      },
    } as unknown as IDBFactory;
    const store = new IdbStore(() => connectIndexedDb(factory));
    await store.set('a', 1);
    expect(await store.get('a')).toBe(1);
    expect(opens).toBe(3);

    aborts = Number.POSITIVE_INFINITY;
    opens = 0;
    await expect(new IdbStore(() => connectIndexedDb(factory, 'other')).get('a')).rejects.toMatchObject({ name: 'AbortError' });
    expect(opens).toBe(4);
  });

  it('lists with a cursor: every string key in key order, one value after another', async () => {
    const factory = new IDBFactory();
    const store = new IdbStore(() => connectIndexedDb(factory));
    for (const key of ['b', 'a', 'c']) await store.set(key, { key });
    expect(await store.entries()).toEqual([
      ['a', { key: 'a' }],
      ['b', { key: 'b' }],
      ['c', { key: 'c' }],
    ]);
  });

  it('a list whose read fails throws the read’s own error, and one whose transaction is abandoned says so', async () => {
    /** a store whose cursor fails (`failing: 'cursor'`) or whose transaction is aborted with no error of its own */
    const broken = (failing: 'cursor' | 'transaction'): UseStore => {
      const transaction = { error: null, onabort: null } as unknown as IDBTransaction;
      const cursor = { result: null, error: new DOMException('The disk is failing.', 'UnknownError') } as unknown as IDBRequest;
      const objectStore = { transaction, openCursor: () => cursor } as unknown as IDBObjectStore;
      setTimeout(() => {
        if (failing === 'cursor') (cursor.onerror as (() => void) | null)?.();
        else (transaction.onabort as (() => void) | null)?.();
      }, 0);
      return async (_mode, callback) => callback(objectStore);
    };
    await expect(new IdbStore(() => broken('cursor')).entries()).rejects.toMatchObject({
      name: 'UnknownError',
      message: 'The disk is failing.',
    });
    await expect(new IdbStore(() => broken('transaction')).entries()).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('keeps what was written for the next connection (a reload)', async () => {
    const factory = new IDBFactory();
    await new IdbStore(() => connectIndexedDb(factory)).set('kept', { name: 'A' });
    expect(await new IdbStore(() => connectIndexedDb(factory)).get('kept')).toEqual({ name: 'A' });
  });

  it('reopens and retries when the connection was closed under it ("the database connection is closing")', async () => {
    const { factory, connections, opens } = watchedFactory();
    const store = new IdbStore(() => connectIndexedDb(factory));
    await store.set('a', 1);
    expect(opens()).toBe(1);
    for (const connection of connections) connection.close();
    await store.set('b', 2);
    expect(opens()).toBe(2);
    expect(new Map(await store.entries())).toEqual(
      new Map([
        ['a', 1],
        ['b', 2],
      ]),
    );
  });

  it('opens a new connection after the browser dropped the old one', async () => {
    const { factory, connections, opens } = watchedFactory();
    const store = new IdbStore(() => connectIndexedDb(factory));
    await store.set('a', 1);
    for (const connection of connections) forceCloseDatabase(connection as never);
    expect(await store.get('a')).toBe(1);
    expect(opens()).toBe(2);
  });

  it('retries once only, then throws the InvalidStateError', async () => {
    let connects = 0;
    const closing: UseStore = () => Promise.reject(invalidState());
    const store = new IdbStore(() => {
      connects += 1;
      return closing;
    });
    await expect(store.set('a', 1)).rejects.toMatchObject({ name: 'InvalidStateError' });
    expect(connects).toBe(2);
  });

  it('does not retry other errors', async () => {
    let connects = 0;
    const full: UseStore = () => Promise.reject(new DOMException('full', 'QuotaExceededError'));
    const store = new IdbStore(() => {
      connects += 1;
      return full;
    });
    await expect(store.set('a', 1)).rejects.toMatchObject({ name: 'QuotaExceededError' });
    expect(connects).toBe(1);
  });

  it('update reads and writes in one transaction: two concurrent increments both count', async () => {
    const factory = new IDBFactory();
    const tabA = new IdbStore(() => connectIndexedDb(factory));
    const tabB = new IdbStore(() => connectIndexedDb(factory));
    await tabA.set('n', 0);
    const increment = (current: unknown) => (current as number) + 1;
    await Promise.all([tabA.update('n', increment), tabB.update('n', increment), tabA.update('n', increment)]);
    expect(await tabB.get('n')).toBe(3);
  });
});

describe('openStore', () => {
  it('opens IndexedDB when it is there', async () => {
    const opened = await openStore({ factory: new IDBFactory() });
    expect(opened.unavailable).toBeNull();
    expect(opened.store.persistent).toBe(true);
    expect(opened.store).toBeInstanceOf(IdbStore);
  });

  it('falls back to memory when there is no IndexedDB', async () => {
    const opened = await openStore({ factory: undefined });
    expect(opened.store).toBeInstanceOf(MemoryStore);
    expect(opened.store.persistent).toBe(false);
    expect(opened.unavailable).toEqual({ reason: 'absent' });
  });

  it('falls back to memory when opening throws (sandboxed frame) or fails (private window)', async () => {
    const throwing = {
      open: () => {
        throw new DOMException('access denied', 'SecurityError');
      },
    } as unknown as IDBFactory;
    const sandboxed = await openStore({ factory: throwing });
    expect(sandboxed.store.persistent).toBe(false);
    expect(sandboxed.unavailable).toEqual({ reason: 'failed', detail: 'access denied' });

    const failing = {
      open: () => {
        const request = {
          error: new DOMException('A mutation operation was attempted on a database that did not allow mutations.', 'InvalidStateError'),
        } as Record<string, unknown>;
        setTimeout(() => (request.onerror as (() => void) | undefined)?.(), 0);
        return request;
      },
    } as unknown as IDBFactory;
    const privateWindow = await openStore({ factory: failing });
    expect(privateWindow.store.persistent).toBe(false);
    expect(privateWindow.unavailable).toMatchObject({ reason: 'failed', detail: expect.stringContaining('did not allow mutations') });
  });

  it('falls back to memory when opening never answers', async () => {
    const silent = { open: () => ({}) } as unknown as IDBFactory;
    const opened = await openStore({ factory: silent, timeoutMs: 20 });
    expect(opened.store.persistent).toBe(false);
    expect(opened.unavailable).toEqual({ reason: 'timeout', ms: 20 });
  });

  it('the memory fallback still works as a store', async () => {
    const { store } = await openStore({ factory: undefined });
    await behavesAsAKeyValueStore(store);
  });
});
