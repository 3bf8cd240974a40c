/**
 * This app (schema version 2) reading records the version-1 app stored in IndexedDB: the record is written
 * out below as the version-1 Library.save wrote it, and read through the real 1 → 2 step.
 */
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { Library } from '../../src/storage/library.ts';
import { IdbStore, MemoryStore, connectIndexedDb, type KeyValueStore, type Updater } from '../../src/storage/store.ts';
import { versionOneTeamAsRead } from '../share/fixtures.ts';

/** As the version-1 app stored it (revision 4: saved four times). */
function versionOneRecord() {
  return JSON.parse(
    '{"id":"old","name":"Version 1 team","presetId":"leics-2021","updatedAt":"2025-01-01T00:00:00.000Z","version":1,' +
      '"scenario":{"version":1,"name":"Version 1 team","startMonth":"2021-04","horizonYears":10,"discountRate":0.035,' +
      '"generalInflation":0,"perspective":"council","schemes":[{"id":"art","name":"ART","kind":"team","enabled":false,' +
      '"capital":[],"funding":[],"capitalInflation":0,"residualValue":0,"assetAppreciation":0,"openingMonth":0,' +
      '"placements":null,"block":{"inHouseAnnualCost":411840,"doNothingAnnualCost":450000},"otherSavings":[],' +
      '"feeInflation":0,"costInflation":0}]},"revision":4}',
  ) as Record<string, unknown>;
}

class FullStore implements KeyValueStore {
  readonly persistent = true;
  full = false;
  constructor(private readonly inner: KeyValueStore) {}
  get(key: string) {
    return this.inner.get(key);
  }
  entries() {
    return this.inner.entries();
  }
  del(key: string) {
    return this.inner.del(key);
  }
  set(key: string, value: unknown) {
    return this.full ? Promise.reject(new DOMException('full', 'QuotaExceededError')) : this.inner.set(key, value);
  }
  update(key: string, updater: Updater) {
    return this.full ? Promise.reject(new DOMException('full', 'QuotaExceededError')) : this.inner.update(key, updater);
  }
}

async function withOldRecord() {
  const store = new FullStore(new MemoryStore());
  await store.set('scenario:old', versionOneRecord());
  return { store, library: new Library(store, { now: () => new Date('2026-03-01T09:00:00Z') }) };
}

describe('Library: a record the version-1 app stored', () => {
  it('is listed as migrated and opened at version 2, with no notes, through the numbered step', async () => {
    const { library } = await withOldRecord();
    const listed = await library.list();
    expect(listed.ok && listed.entries.map(({ id, status, revision }) => [id, status, revision])).toEqual([['old', 'migrated', 4]]);
    const opened = await library.get('old');
    expect(opened.ok && opened.migratedFrom).toBe(1);
    expect(opened.ok && opened.record.version).toBe(2);
    expect(opened.ok && opened.record.scenario).toStrictEqual(versionOneTeamAsRead());
    expect(opened.ok && opened.dropped).toEqual([]);
  });

  it('opens from IndexedDB itself (structured clone, not JSON)', async () => {
    const factory = new IDBFactory();
    await new IdbStore(() => connectIndexedDb(factory)).set('scenario:old', versionOneRecord());
    const opened = await new Library(new IdbStore(() => connectIndexedDb(factory))).get('old');
    expect(opened.ok && opened.record.scenario).toStrictEqual(versionOneTeamAsRead());
  });

  it('keeps the old copy, untouched, while it is only read', async () => {
    const { store, library } = await withOldRecord();
    await library.list();
    await library.get('old');
    await library.duplicate('old');
    expect(await store.get('scenario:old')).toEqual(versionOneRecord());
  });

  it('keeps the old copy when saving the migrated one fails', async () => {
    const { store, library } = await withOldRecord();
    const opened = await library.get('old');
    if (!opened.ok) throw new Error(opened.reason);
    store.full = true;
    expect(await library.update('old', opened.record.scenario, { expectedRevision: 4 })).toMatchObject({ ok: false, reason: 'quota' });
    expect(await store.get('scenario:old')).toEqual(versionOneRecord());
  });

  it('replaces the old copy once the migrated one is saved, with the note added since', async () => {
    const { store, library } = await withOldRecord();
    const opened = await library.get('old');
    if (!opened.ok) throw new Error(opened.reason);
    const noted = { ...opened.record.scenario, note: 'Agreed by the board' };
    const saved = await library.update('old', noted, { expectedRevision: 4 });
    expect(saved.ok && saved.record.revision).toBe(5);
    expect(await store.get('scenario:old')).toMatchObject({
      version: 2,
      revision: 5,
      scenario: { version: 2, note: 'Agreed by the board' },
    });
    const listed = await library.list();
    expect(listed.ok && listed.entries[0]?.status).toBe('current');
    const again = await library.get('old');
    expect(again.ok && again.record.scenario).toStrictEqual(noted);
  });
});
