import { IDBFactory, forceCloseDatabase } from 'fake-indexeddb';
import type { UseStore } from 'idb-keyval';
import { describe, expect, it } from 'vitest';
import { DELETE, IdbStore, KEEP, MemoryStore, connectIndexedDb, openStore, type KeyValueStore } from '../../src/storage/store.ts';

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

const invalidState = () => new DOMException('The database connection is closing.', 'InvalidStateError');

async function behavesAsAKeyValueStore(store: KeyValueStore): Promise<void> {
  expect(await store.get('a')).toBeUndefined();
  await store.set('a', { n: 1, list: [1, 2] });
  await store.set('b', 'two');
  expect(await store.get('a')).toEqual({ n: 1, list: [1, 2] });
  expect(new Map(await store.entries())).toEqual(new Map<string, unknown>([['a', { n: 1, list: [1, 2] }], ['b', 'two']]));

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

describe('MemoryStore', () => {
  it('gets, sets, updates, deletes and lists', async () => {
    await behavesAsAKeyValueStore(new MemoryStore());
  });

  it('is not persistent', () => {
    expect(new MemoryStore().persistent).toBe(false);
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
    expect(new Map(await store.entries())).toEqual(new Map([['a', 1], ['b', 2]]));
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
    expect(opened.unavailable).toBe('This browser offers no IndexedDB here.');
  });

  it('falls back to memory when opening throws (sandboxed frame) or fails (private window)', async () => {
    const throwing = { open: () => { throw new DOMException('access denied', 'SecurityError'); } } as unknown as IDBFactory;
    const sandboxed = await openStore({ factory: throwing });
    expect(sandboxed.store.persistent).toBe(false);
    expect(sandboxed.unavailable).toBe('IndexedDB could not be opened: access denied');

    const failing = {
      open: () => {
        const request = { error: new DOMException('A mutation operation was attempted on a database that did not allow mutations.', 'InvalidStateError') } as Record<string, unknown>;
        setTimeout(() => (request.onerror as (() => void) | undefined)?.(), 0);
        return request;
      },
    } as unknown as IDBFactory;
    const privateWindow = await openStore({ factory: failing });
    expect(privateWindow.store.persistent).toBe(false);
    expect(privateWindow.unavailable).toContain('did not allow mutations');
  });

  it('falls back to memory when opening never answers', async () => {
    const silent = { open: () => ({}) } as unknown as IDBFactory;
    const opened = await openStore({ factory: silent, timeoutMs: 20 });
    expect(opened.store.persistent).toBe(false);
    expect(opened.unavailable).toBe('IndexedDB could not be opened: no answer within 0.02 s');
  });

  it('the memory fallback still works as a store', async () => {
    const { store } = await openStore({ factory: undefined });
    await behavesAsAKeyValueStore(store);
  });
});
