import { describe, expect, it, vi } from 'vitest';
import { persistence, requestPersistence } from '../../src/storage/persistence.ts';

function storageManager({ persisted = false, grant = true, fails = false } = {}) {
  let granted = persisted;
  return {
    persisted: vi.fn(async () => {
      if (fails) throw new Error('not allowed');
      return granted;
    }),
    persist: vi.fn(async () => {
      granted = grant;
      return grant;
    }),
  };
}

describe('requestPersistence', () => {
  it('asks for persistent storage and reports what the browser granted', async () => {
    const storage = storageManager({ grant: true });
    expect(await requestPersistence(storage)).toEqual({ supported: true, persisted: true });
    expect(storage.persist).toHaveBeenCalledOnce();
    expect(await requestPersistence(storageManager({ grant: false }))).toEqual({ supported: true, persisted: false });
  });

  it('does not ask again when storage is already persistent', async () => {
    const storage = storageManager({ persisted: true });
    expect(await requestPersistence(storage)).toEqual({ supported: true, persisted: true });
    expect(storage.persist).not.toHaveBeenCalled();
  });

  it('reports no support when there is no StorageManager, and never throws', async () => {
    expect(await requestPersistence(undefined)).toEqual({ supported: false });
    expect(await requestPersistence(storageManager({ fails: true }))).toEqual({ supported: true, persisted: false });
  });
});

describe('persistence', () => {
  it('reports whether storage is persistent without asking', async () => {
    const storage = storageManager({ persisted: false });
    expect(await persistence(storage)).toEqual({ supported: true, persisted: false });
    expect(storage.persist).not.toHaveBeenCalled();
    expect(await persistence(undefined)).toEqual({ supported: false });
  });
});
