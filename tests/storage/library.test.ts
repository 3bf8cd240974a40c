import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { restoreScenario } from '../../src/model/restore.ts';
import type { Scenario } from '../../src/model/scenario.ts';
import { Library, type LibraryEvent, type LibraryRecord } from '../../src/storage/library.ts';
import { UNTITLED } from '../../src/storage/names.ts';
import { broadcastNotifier, type LibraryChange, type LibraryNotifier } from '../../src/storage/notifier.ts';
import {
  DATABASE_NAME,
  IdbStore,
  MemoryStore,
  connectIndexedDb,
  openStore,
  type Adder,
  type KeyValueStore,
  type Updater,
} from '../../src/storage/store.ts';
import { FaultyStore, counterIds, minuteClock, quotaError } from './fixtures.ts';
import { arbScenario } from '../model/arbitraries.ts';
import { expectNotPolluted, sampleScenario } from '../share/fixtures.ts';

const LEICS = 'leics-2021';

/** Two tabs of one browser: two libraries on one IndexedDB, each with its own connection. */
function browser() {
  const factory = new IDBFactory();
  const tab = (options: ConstructorParameters<typeof Library>[1] = {}) =>
    new Library(new IdbStore(() => connectIndexedDb(factory)), { now: minuteClock(), newId: counterIds(), ...options });
  return { factory, tab, store: () => new IdbStore(() => connectIndexedDb(factory)) };
}

function named(name: string): Scenario {
  return { ...sampleScenario(), name };
}

function restored(input: unknown): Scenario {
  const result = restoreScenario(input);
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.scenario;
}

async function saved(library: Library, scenario: Scenario, presetId: string | null = LEICS): Promise<LibraryRecord> {
  const result = await library.save({ scenario, presetId });
  if (!result.ok) throw new Error(result.reason);
  return result.record;
}

/** A store that counts the writes asked of it. */
class CountingStore implements KeyValueStore {
  readonly persistent = true;
  readonly writes = { set: 0, update: 0, del: 0, addMany: 0 };
  readonly reads = { get: 0, entries: 0 };
  constructor(private readonly inner: KeyValueStore) {}
  get(key: string) {
    this.reads.get += 1;
    return this.inner.get(key);
  }
  entries() {
    this.reads.entries += 1;
    return this.inner.entries();
  }
  set(key: string, value: unknown) {
    this.writes.set += 1;
    return this.inner.set(key, value);
  }
  update(key: string, updater: Updater) {
    this.writes.update += 1;
    return this.inner.update(key, updater);
  }
  del(key: string) {
    this.writes.del += 1;
    return this.inner.del(key);
  }
  addMany(adder: Adder, onProgress?: (written: number) => void) {
    this.writes.addMany += 1;
    return this.inner.addMany!(adder, onProgress);
  }
}

/** A notifier that keeps what is announced. */
function recordingNotifier(): LibraryNotifier & { announced: LibraryChange[] } {
  const announced: LibraryChange[] = [];
  return { announced, announce: (change) => void announced.push(change), subscribe: () => () => {}, close() {} };
}

describe('Library: save, list, open', () => {
  it('what is saved is what is opened: get returns restoreScenario of the saved scenario', async () => {
    const library = browser().tab();
    await fc.assert(
      fc.asyncProperty(arbScenario, async (scenario) => {
        const record = await saved(library, scenario);
        const opened = await library.get(record.id);
        expect(opened.ok && opened.record.scenario).toEqual({ ...restored(scenario), name: record.name });
        expect(opened.ok && opened.record.revision).toBe(1);
      }),
      { numRuns: 40 },
    );
  });

  it('survives a reload: a new connection to the same database lists and opens it', async () => {
    const { tab } = browser();
    const record = await saved(tab(), named('Kept'));
    const afterReload = tab();
    const opened = await afterReload.get(record.id);
    expect(opened).toEqual({ ok: true, record, dropped: [], migratedFrom: null });
  });

  it('lists name, preset and last edited, last edited first', async () => {
    const library = browser().tab();
    const first = await saved(library, named('First'), LEICS);
    const second = await saved(library, named('Second'), null);
    const listed = await library.list();
    expect(listed).toEqual({
      ok: true,
      entries: [
        { id: second.id, name: 'Second', presetId: null, updatedAt: '2026-03-01T09:01:00.000Z', revision: 1, status: 'current' },
        { id: first.id, name: 'First', presetId: LEICS, updatedAt: '2026-03-01T09:00:00.000Z', revision: 1, status: 'current' },
      ],
    });
  });

  it('stores a plain copy: a reactive proxy of the scenario saves, and later edits to it change nothing', async () => {
    const library = browser().tab();
    const scenario = sampleScenario();
    const proxy = new Proxy(scenario, {});
    expect(() => structuredClone(proxy)).toThrow();
    const record = await saved(library, proxy);
    scenario.horizonYears = 20;
    const opened = await library.get(record.id);
    expect(opened.ok && opened.record.scenario.horizonYears).toBe(10);
  });

  it('keeps both when a name is already used: "Name (2)", "Name (3)"', async () => {
    const library = browser().tab();
    expect((await saved(library, named('Plan'))).name).toBe('Plan');
    expect((await saved(library, named('Plan'))).name).toBe('Plan (2)');
    expect((await saved(library, named(' plan '))).name).toBe('plan (3)');
    const fourth = await saved(library, named('Plan (2)'));
    expect(fourth.name).toBe('Plan (4)');
    expect(fourth.scenario.name).toBe('Plan (4)');
    const listed = await library.list();
    expect(listed.ok && listed.entries.map((entry) => entry.name).sort()).toEqual(['Plan', 'Plan (2)', 'Plan (4)', 'plan (3)']);
  });

  it('refuses an invalid scenario and writes nothing', async () => {
    const library = browser().tab();
    const result = await library.save({ scenario: { ...sampleScenario(), horizonYears: 0 }, presetId: null });
    expect(result).toMatchObject({
      ok: false,
      reason: 'invalid',
      errors: ['horizonYears: must be a whole number between 1 and 40, got 0'],
    });
    expect(await library.list()).toEqual({ ok: true, entries: [] });
  });

  it('opening an id that is not there says it no longer exists', async () => {
    expect(await browser().tab().get('nope')).toEqual({ ok: false, reason: 'missing' });
  });

  it('keeps HTML in a name as text', async () => {
    const library = browser().tab();
    const record = await saved(library, named('<img src=x onerror=alert(1)>'));
    const opened = await library.get(record.id);
    expect(opened.ok && opened.record.name).toBe('<img src=x onerror=alert(1)>');
  });
});

describe('Library: addMany (a library file)', () => {
  const list = (names: string[]) => names.map((name) => ({ scenario: named(name), presetId: LEICS }));

  it('adds every scenario as a new record in one batch write, announced once to other tabs', async () => {
    const counting = new CountingStore(new MemoryStore());
    const notifier = recordingNotifier();
    const library = new Library(counting, { now: minuteClock(), newId: counterIds(), notifier });
    const names = Array.from({ length: 300 }, (_, i) => `Imported ${i + 1}`);
    const progress: number[] = [];
    const result = await library.addMany(list(names), { onProgress: (written) => progress.push(written) });

    expect(result.ok && result.records.map((record) => record.name)).toEqual(names);
    expect(counting.writes).toEqual({ set: 0, update: 0, del: 0, addMany: 1 });
    expect(notifier.announced).toEqual([{ kind: 'imported', count: 300 }]);
    expect(progress.at(-1)).toBe(300);
    const listed = await library.list();
    expect(listed.ok && listed.entries.length).toBe(300);
    // Last edited first: the file's last scenario, as if each had been saved in turn.
    expect(listed.ok && listed.entries[0]!.name).toBe('Imported 300');
    const opened = await library.get(result.ok ? result.records[7]!.id : '');
    expect(opened.ok && opened.record).toMatchObject({
      name: 'Imported 8',
      revision: 1,
      presetId: LEICS,
      scenario: restored(named('Imported 8')),
    });
  });

  it('makes names unique against the saved records and each other, and leaves the saved ones as they were', async () => {
    const { tab } = browser();
    const library = tab();
    const plan = await saved(library, named('Plan'));
    const other = await saved(library, named('Other (2)'));
    const result = await library.addMany(list(['Plan', 'plan ', 'Other (2)', 'New', 'New', 'Plan (2)']));
    expect(result.ok && result.records.map((record) => record.name)).toEqual([
      'Plan (2)',
      'plan (3)',
      'Other (3)',
      'New',
      'New (2)',
      'Plan (4)',
    ]);
    expect(await library.get(plan.id)).toMatchObject({ ok: true, record: plan });
    expect(await library.get(other.id)).toMatchObject({ ok: true, record: other });
    const listed = await library.list();
    expect(listed.ok && listed.entries.length).toBe(8);
  });

  it('never overwrites a saved record, even when the ids it is given are already used', async () => {
    const store = new MemoryStore();
    const first = new Library(store, { newId: () => 'same' });
    const plan = await saved(first, named('Plan'));
    let n = 0;
    // The first two ids it is offered are taken (one by a saved record, one by the batch itself).
    const ids = ['same', 'x', 'x', 'y'];
    const second = new Library(store, { newId: () => ids[n++] ?? `z${n}` });
    const result = await second.addMany(list(['A', 'B']));
    expect(result.ok && result.records.map((record) => record.id)).toEqual(['x', 'y']);
    expect(await first.get('same')).toMatchObject({ ok: true, record: plan });
  });

  it('storage full: a typed, retryable error, and none of the scenarios is written; the retry adds them all', async () => {
    const faulty = new FaultyStore(new MemoryStore(), quotaError);
    const notifier = recordingNotifier();
    const library = new Library(faulty, { now: minuteClock(), newId: counterIds(), notifier });
    await saved(library, named('Existing'));
    faulty.failing = true;
    const result = await library.addMany(list(['A', 'B', 'C']));
    expect(result).toEqual({ ok: false, reason: 'quota', retryable: true });
    const listed = await library.list();
    expect(listed.ok && listed.entries.map((entry) => entry.name)).toEqual(['Existing']);
    expect(notifier.announced).toEqual([{ kind: 'saved', id: 'id1', revision: 1 }]);
    faulty.failing = false;
    expect((await library.addMany(list(['A', 'B', 'C']))).ok).toBe(true);
    expect(notifier.announced.at(-1)).toEqual({ kind: 'imported', count: 3 });
  });

  it('IndexedDB failing midway writes none of them (one transaction)', async () => {
    const { tab, store } = browser();
    const library = tab();
    await saved(library, named('Existing'));
    // Whatever ends the transaction after most were handed over (here an error; the tab closing does the same).
    const scenarios = list(Array.from({ length: 150 }, (_, i) => `S${i}`));
    const result = await library.addMany(scenarios, {
      onProgress: (written) => {
        if (written === 120) throw new Error('the tab is closing');
      },
    });
    expect(result.ok).toBe(false);
    expect((await store().entries()).length).toBe(1);
  });

  it('refuses the whole batch when one scenario is invalid, and writes nothing', async () => {
    const counting = new CountingStore(new MemoryStore());
    const library = new Library(counting);
    const result = await library.addMany([...list(['Fine']), { scenario: { ...named('Bad'), horizonYears: 0 }, presetId: null }]);
    expect(result).toMatchObject({ ok: false, reason: 'invalid' });
    expect(counting.writes.addMany).toBe(0);
    expect(await library.list()).toEqual({ ok: true, entries: [] });
  });

  it('two tabs importing at the same moment never give two records one name (names are read in the same transaction)', async () => {
    const { tab } = browser();
    const tabA = tab({ newId: () => `a${Math.random()}` });
    const tabB = tab({ newId: () => `b${Math.random()}` });
    const results = await Promise.all([tabA.addMany(list(['Plan', 'Plan'])), tabB.addMany(list(['Plan', 'plan']))]);
    const names = results.flatMap((result) => (result.ok ? result.records.map((record) => record.name) : []));
    expect(names).toHaveLength(4);
    expect(new Set(names.map((name) => name.toLowerCase())).size).toBe(4);
  });
});

describe('Library: update with optimistic concurrency', () => {
  it('saves over the record when the revision matches, one revision up', async () => {
    const library = browser().tab();
    const record = await saved(library, named('Plan'));
    const changed = { ...record.scenario, discountRate: 0.05 };
    const result = await library.update(record.id, changed, { expectedRevision: 1 });
    expect(result).toEqual({
      ok: true,
      record: { ...record, scenario: changed, revision: 2, updatedAt: '2026-03-01T09:01:00.000Z' },
    });
    const opened = await library.get(record.id);
    expect(opened.ok && opened.record).toEqual(result.ok && result.record);
  });

  it('two tabs: the stale one gets a conflict, nothing is overwritten, and it can save a copy', async () => {
    const { tab } = browser();
    const tabA = tab();
    const tabB = tab({ newId: () => 'from-b' });
    const record = await saved(tabA, named('Plan'));

    const fromA = await tabA.update(record.id, { ...record.scenario, discountRate: 0.05 }, { expectedRevision: 1 });
    expect(fromA.ok).toBe(true);
    const fromB = await tabB.update(record.id, { ...record.scenario, discountRate: 0.01 }, { expectedRevision: 1 });
    expect(fromB).toEqual({ ok: false, reason: 'conflict', revision: 2 });

    const opened = await tabB.get(record.id);
    expect(opened.ok && opened.record.scenario.discountRate).toBe(0.05);

    const copy = await tabB.save({ scenario: { ...record.scenario, discountRate: 0.01 }, presetId: LEICS });
    expect(copy.ok && copy.record.name).toBe('Plan (2)');
    expect(copy.ok && copy.record.scenario.discountRate).toBe(0.01);
  });

  it('two tabs saving at the same moment: exactly one wins, the other is told', async () => {
    const { tab } = browser();
    const tabA = tab();
    const tabB = tab();
    const record = await saved(tabA, named('Plan'));
    const results = await Promise.all([
      tabA.update(record.id, { ...record.scenario, discountRate: 0.05 }, { expectedRevision: 1 }),
      tabB.update(record.id, { ...record.scenario, discountRate: 0.01 }, { expectedRevision: 1 }),
    ]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.filter((result) => !result.ok && result.reason === 'conflict')).toHaveLength(1);
    const winner = results.find((result) => result.ok);
    const opened = await tabA.get(record.id);
    expect(opened.ok && opened.record).toEqual(winner?.ok && winner.record);
  });

  it('a new scenario name on update that another record uses is kept as a copy name', async () => {
    const library = browser().tab();
    await saved(library, named('Other'));
    const record = await saved(library, named('Plan'));
    const result = await library.update(record.id, named('Other'), { expectedRevision: 1 });
    expect(result.ok && result.record.name).toBe('Other (2)');
    expect(result.ok && result.record.scenario.name).toBe('Other (2)');
  });

  it('updating a deleted record says it no longer exists', async () => {
    const library = browser().tab();
    const record = await saved(library, named('Plan'));
    await library.remove(record.id);
    expect(await library.update(record.id, record.scenario, { expectedRevision: 1 })).toEqual({ ok: false, reason: 'missing' });
    expect(await library.list()).toEqual({ ok: true, entries: [] });
  });
});

describe('Library: rename, duplicate, remove and undo', () => {
  it('rename changes the name and the scenario name, one revision up; a used name becomes "(2)"', async () => {
    const library = browser().tab();
    await saved(library, named('Taken'));
    const record = await saved(library, named('Plan'));
    const renamed = await library.rename(record.id, 'Better plan');
    expect(renamed.ok && [renamed.record.name, renamed.record.scenario.name, renamed.record.revision]).toEqual([
      'Better plan',
      'Better plan',
      2,
    ]);
    const clash = await library.rename(record.id, 'Taken');
    expect(clash.ok && clash.record.name).toBe('Taken (2)');
    const same = await library.rename(record.id, 'Taken (2)');
    expect(same.ok && same.record.name).toBe('Taken (2)');
  });

  it('rename with a stale revision is a conflict', async () => {
    const library = browser().tab();
    const record = await saved(library, named('Plan'));
    await library.rename(record.id, 'Renamed elsewhere');
    expect(await library.rename(record.id, 'Mine', { expectedRevision: 1 })).toMatchObject({ ok: false, reason: 'conflict', revision: 2 });
  });

  it('a blank name becomes "Untitled scenario"', async () => {
    const library = browser().tab();
    const record = await saved(library, named('   '));
    expect(record.name).toBe(UNTITLED);
  });

  it('duplicate saves a copy under a new id, named "Name (2)", with the same scenario and preset', async () => {
    const library = browser().tab();
    const record = await saved(library, named('Plan'), LEICS);
    const copy = await library.duplicate(record.id);
    expect(copy).toEqual({
      ok: true,
      record: { ...record, id: 'id2', name: 'Plan (2)', scenario: named('Plan (2)'), updatedAt: '2026-03-01T09:01:00.000Z', revision: 1 },
    });
  });

  it('remove returns the record as it was, and undoRemove puts it back identical', async () => {
    const library = browser().tab();
    const record = await saved(library, named('Plan'));
    const removed = await library.remove(record.id);
    expect(removed.ok && removed.removed.name).toBe('Plan');
    expect(await library.list()).toEqual({ ok: true, entries: [] });
    if (!removed.ok) throw new Error('not removed');
    expect(await library.undoRemove(removed.removed)).toEqual({ ok: true });
    expect(await library.get(record.id)).toEqual({ ok: true, record, dropped: [], migratedFrom: null });
  });

  it('undoRemove does not overwrite a record that took the id meanwhile', async () => {
    const { tab } = browser();
    const library = tab({ newId: () => 'same' });
    const record = await saved(library, named('Plan'));
    const removed = await library.remove(record.id);
    if (!removed.ok) throw new Error('not removed');
    const again = await saved(library, named('Replacement'));
    expect(await library.undoRemove(removed.removed)).toEqual({ ok: false, reason: 'taken', revision: 1 });
    const opened = await library.get('same');
    expect(opened.ok && opened.record).toEqual(again);
  });

  it('removing an id that is not there says so', async () => {
    expect(await browser().tab().remove('nope')).toEqual({ ok: false, reason: 'missing' });
  });
});

describe('Library: records from other versions and damaged records', () => {
  const newerRecord = () => ({
    id: 'future',
    name: 'From the future',
    presetId: LEICS,
    updatedAt: '2030-01-01T00:00:00.000Z',
    version: 3,
    revision: 7,
    scenario: { ...sampleScenario(), version: 3, name: 'From the future', newField: { shape: 'unknown to us' } },
  });

  it('a record from a newer version is listed as newer, refused on open, and never rewritten', async () => {
    const { tab, store } = browser();
    await store().set('scenario:future', newerRecord());
    const library = tab();
    const listed = await library.list();
    expect(listed).toEqual({
      ok: true,
      entries: [
        { id: 'future', name: 'From the future', presetId: LEICS, updatedAt: '2030-01-01T00:00:00.000Z', revision: 7, status: 'newer' },
      ],
    });
    expect(await library.get('future')).toEqual({ ok: false, reason: 'newer' });
    expect(await library.update('future', sampleScenario(), { expectedRevision: 7 })).toEqual({ ok: false, reason: 'newer' });
    expect(await library.rename('future', 'Mine now')).toEqual({ ok: false, reason: 'newer' });
    expect(await library.duplicate('future')).toEqual({ ok: false, reason: 'newer' });
    expect(await store().get('scenario:future')).toEqual(newerRecord());
  });

  it('a newer record whose envelope says so (but whose scenario looks current) is left alone too', async () => {
    const { tab, store } = browser();
    const record = { ...newerRecord(), version: 3, scenario: sampleScenario() };
    await store().set('scenario:future', record);
    expect(await tab().update('future', sampleScenario(), { expectedRevision: 7 })).toMatchObject({ reason: 'newer' });
    expect(await store().get('scenario:future')).toEqual(record);
  });

  it('a damaged record is listed as invalid and opening it names the bad field; others still list', async () => {
    const { tab, store } = browser();
    const library = tab();
    const good = await saved(library, named('Good'));
    await store().set('scenario:bad', {
      id: 'bad',
      name: 'Bad',
      revision: 3,
      updatedAt: '2026-01-01T00:00:00.000Z',
      scenario: { ...sampleScenario(), discountRate: 'high' },
    });
    await store().set('scenario:junk', 'not a record');
    const listed = await library.list();
    expect(listed.ok && listed.entries.map(({ id, name, status }) => [id, name, status])).toEqual([
      [good.id, 'Good', 'current'],
      ['bad', 'Bad', 'invalid'],
      ['junk', 'Scenario junk', 'invalid'],
    ]);
    expect(await library.get('bad')).toMatchObject({
      ok: false,
      reason: 'invalid',
      errors: ['discountRate: must be a number, got the string "high"'],
    });
  });

  it('hostile stored records pollute nothing', async () => {
    const { tab, store } = browser();
    const hostile = JSON.parse(
      '{"__proto__":{"polluted":1},"name":"x","revision":1,"scenario":{"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}}}}',
    ) as unknown;
    await store().set('scenario:hostile', hostile);
    const library = tab();
    await library.list();
    await library.get('hostile');
    await library.rename('hostile', 'y');
    expectNotPolluted(expect);
  });
});

describe('Library: storage faults', () => {
  it('storage full: a typed, retryable error, nothing written, the scenario untouched; the retry succeeds', async () => {
    const faulty = new FaultyStore(new MemoryStore(), quotaError);
    const library = new Library(faulty, { now: minuteClock(), newId: counterIds() });
    const existing = await saved(library, named('Existing'));
    faulty.failing = true;

    const scenario = named('New');
    const before = structuredClone(scenario);
    const result = await library.save({ scenario, presetId: null });
    expect(result).toEqual({ ok: false, reason: 'quota', retryable: true });
    expect(scenario).toEqual(before);
    expect(await library.update(existing.id, named('Existing'), { expectedRevision: 1 })).toMatchObject({ reason: 'quota' });
    const listed = await library.list();
    expect(listed.ok && listed.entries.map((entry) => [entry.name, entry.revision])).toEqual([['Existing', 1]]);

    faulty.failing = false;
    const retried = await library.save({ scenario, presetId: null });
    expect(retried.ok && retried.record.scenario).toEqual(before);
  });

  it('"the database connection is closing": reopened and retried, so the save succeeds', async () => {
    const factory = new IDBFactory();
    let connects = 0;
    const library = new Library(
      new IdbStore(() => {
        connects += 1;
        const real = connectIndexedDb(factory);
        // the first connection is closing by the time it is used
        return connects === 1 ? () => Promise.reject(new DOMException('The database connection is closing.', 'InvalidStateError')) : real;
      }),
    );
    const result = await library.save({ scenario: named('Plan'), presetId: null });
    expect(result.ok).toBe(true);
    expect(connects).toBe(2);
  });

  it('"the database connection is closing" again after the retry: a visible, retryable error', async () => {
    const closing = () => Promise.reject(new DOMException('The database connection is closing.', 'InvalidStateError'));
    const library = new Library(new IdbStore(() => closing));
    expect(await library.save({ scenario: named('Plan'), presetId: null })).toEqual({ ok: false, reason: 'closing', retryable: true });
    expect(await library.list()).toMatchObject({ ok: false, reason: 'closing' });
  });

  it('any other failure is reported with its message, never thrown', async () => {
    const broken = new FaultyStore(new MemoryStore(), () => new Error('disk on fire'));
    broken.failing = true;
    const result = await new Library(broken).save({ scenario: named('Plan'), presetId: null });
    expect(result).toEqual({ ok: false, reason: 'failed', detail: 'disk on fire', retryable: true });
  });

  it('no IndexedDB: the library works in memory and says it is not persistent', async () => {
    const { store } = await openStore({ factory: undefined });
    const library = new Library(store);
    expect(library.persistent).toBe(false);
    const record = await saved(library, named('Temporary'));
    expect((await library.get(record.id)).ok).toBe(true);
  });
});

describe('Library: other tabs hear of changes', () => {
  const notifiers: LibraryNotifier[] = [];
  afterEach(() => {
    for (const notifier of notifiers.splice(0)) notifier.close();
  });

  function channelPair(): [LibraryNotifier, LibraryNotifier] {
    const name = `payback-explorer-library-test-${Math.random()}`;
    const pair: [LibraryNotifier, LibraryNotifier] = [broadcastNotifier(name), broadcastNotifier(name)];
    notifiers.push(...pair);
    return pair;
  }

  function heard(notifier: LibraryNotifier, count: number): Promise<LibraryChange[]> {
    const changes: LibraryChange[] = [];
    return new Promise((resolve) => {
      notifier.subscribe((change) => {
        changes.push(change);
        if (changes.length === count) resolve(changes);
      });
    });
  }

  it('saves, updates, renames and removes in one tab are announced to the other, with id and revision', async () => {
    const [channelA, channelB] = channelPair();
    const { tab } = browser();
    const tabA = tab({ notifier: channelA });
    const tabB = tab({ notifier: channelB });
    const changes = heard(channelB, 4);
    const ownEcho: LibraryEvent[] = [];
    tabA.onChange((change) => ownEcho.push(change));

    const record = await saved(tabA, named('Plan'));
    await tabA.update(record.id, named('Plan'), { expectedRevision: 1 });
    await tabA.rename(record.id, 'Plan B');
    await tabA.remove(record.id);
    expect(await changes).toEqual([
      { kind: 'saved', id: record.id, revision: 1 },
      { kind: 'saved', id: record.id, revision: 2 },
      { kind: 'saved', id: record.id, revision: 3 },
      { kind: 'removed', id: record.id, revision: 3 },
    ]);
    expect(ownEcho).toEqual([]);
    expect(await tabB.list()).toEqual({ ok: true, entries: [] });
  });

  it('a refused change is not announced', async () => {
    const [channelA, channelB] = channelPair();
    const { tab } = browser();
    const tabA = tab({ notifier: channelA });
    const changes: LibraryChange[] = [];
    channelB.subscribe((change) => changes.push(change));
    const record = await saved(tabA, named('Plan'));
    await tabA.update(record.id, named('Plan'), { expectedRevision: 99 });
    await tabA.save({ scenario: { ...named('x'), horizonYears: 0 }, presetId: null });
    // a later, real change: nothing was announced between it and the first save
    await tabA.rename(record.id, 'Then');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(changes).toEqual([
      { kind: 'saved', id: record.id, revision: 1 },
      { kind: 'saved', id: record.id, revision: 2 },
    ]);
  });
});

describe('Library: a database deleted under the tab', () => {
  it('is heard as `lost`: deleted by another tab (or site data cleared), or closed by the browser', async () => {
    const factory = new IDBFactory();
    const { store } = await openStore({ factory });
    const library = new Library(store);
    const heard: LibraryEvent[] = [];
    library.onChange((event) => heard.push(event));
    await saved(library, named('Plan'));
    await new Promise((resolve, reject) => {
      const request = factory.deleteDatabase(DATABASE_NAME);
      request.onsuccess = resolve;
      request.onerror = reject;
    });
    expect(heard).toEqual([{ kind: 'lost' }]);
    expect(await library.list()).toEqual({ ok: true, entries: [] });
  });
});
