/**
 * An app one schema version ahead (2), reading records a version-1 app stored. Version 2 does not
 * exist yet, so this file pretends: SCENARIO_VERSION is 2 and one numbered step upgrades 1 → 2
 * (it fills a left-out generalInflation with 0.02, so the migration shows in the result).
 */
import { describe, expect, it, vi } from 'vitest';
import type { Migration } from '../../src/model/migrations.ts';
import { Library } from '../../src/storage/library.ts';
import { MemoryStore, type KeyValueStore, type Updater } from '../../src/storage/store.ts';
import { sampleJson } from '../share/fixtures.ts';

vi.mock('../../src/model/scenario.ts', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../src/model/scenario.ts')>()),
  SCENARIO_VERSION: 2,
}));

vi.mock('../../src/model/migrations.ts', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/model/migrations.ts')>();
  const step: Migration = {
    from: 1,
    to: 2,
    migrate: (raw) => ({ generalInflation: 0.02, ...raw }),
  };
  return {
    ...original,
    MIGRATIONS: [step],
    migrate: (raw: Record<string, unknown>, migrations: readonly Migration[] = [step], toVersion = original.CURRENT_VERSION) =>
      original.migrate(raw, migrations, toVersion),
  };
});

function versionOneRecord() {
  const scenario = sampleJson();
  delete scenario.generalInflation;
  return {
    id: 'old',
    name: 'CIP residential model',
    presetId: 'leics-2021',
    updatedAt: '2025-01-01T00:00:00.000Z',
    version: 1,
    revision: 4,
    scenario,
  };
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

describe('Library: an older record', () => {
  it('is listed as migrated and opened migrated, through the numbered step', async () => {
    const { library } = await withOldRecord();
    const listed = await library.list();
    expect(listed.ok && listed.entries.map(({ id, status, revision }) => [id, status, revision])).toEqual([['old', 'migrated', 4]]);
    const opened = await library.get('old');
    expect(opened.ok && opened.migratedFrom).toBe(1);
    expect(opened.ok && opened.record.version).toBe(2);
    expect(opened.ok && opened.record.scenario.version).toBe(2);
    expect(opened.ok && opened.record.scenario.generalInflation).toBe(0.02);
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

  it('replaces the old copy once the migrated one is saved', async () => {
    const { store, library } = await withOldRecord();
    const opened = await library.get('old');
    if (!opened.ok) throw new Error(opened.reason);
    const saved = await library.update('old', opened.record.scenario, { expectedRevision: 4 });
    expect(saved.ok && saved.record.revision).toBe(5);
    expect(await store.get('scenario:old')).toMatchObject({ version: 2, revision: 5, scenario: { version: 2, generalInflation: 0.02 } });
    const listed = await library.list();
    expect(listed.ok && listed.entries[0]?.status).toBe('current');
  });
});
