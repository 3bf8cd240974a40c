import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { SCENARIO_VERSION } from '../../src/model/scenario.ts';
import { Library } from '../../src/storage/library.ts';
import { IdbStore, MemoryStore, connectIndexedDb } from '../../src/storage/store.ts';
import { TAB_SLOTS_KEPT, WorkingSlots } from '../../src/storage/workingSlots.ts';
import { expectNotPolluted, sampleScenario } from '../share/fixtures.ts';
import { FaultyStore, minuteClock, quotaError } from './fixtures.ts';

const LEICS = 'leics-2021';

/** Tabs of one browser: working slots on one IndexedDB, each tab with its own connection. */
function browser() {
  const factory = new IDBFactory();
  const store = () => new IdbStore(() => connectIndexedDb(factory));
  const tab = (options: ConstructorParameters<typeof WorkingSlots>[1] = {}) =>
    new WorkingSlots(store(), { now: minuteClock(), ...options });
  return { tab, store };
}

const blank = () => ({ scenario: sampleScenario(), presetId: null, libraryId: null, baseRevision: null });

describe('WorkingSlots', () => {
  it('is empty at first, then gives back what was kept, through a reload', async () => {
    const { tab } = browser();
    expect(await tab().load()).toEqual({ ok: true, working: null, dropped: [] });
    const working = { scenario: sampleScenario(), presetId: LEICS, libraryId: 'id1', baseRevision: 3 };
    expect(await tab().save(working)).toEqual({ ok: true });
    expect(await tab().load()).toEqual({ ok: true, working, dropped: [] });
  });

  it('is not a library record: it is never listed', async () => {
    const { tab, store } = browser();
    await tab().save(blank());
    expect(await new Library(store()).list()).toEqual({ ok: true, entries: [] });
  });

  it("never overwrites a newer app's working scenario, and reports it", async () => {
    const { tab, store } = browser();
    const newer = { version: 3, scenario: { ...sampleScenario(), version: 3 }, presetId: null, libraryId: null, baseRevision: null };
    await store().set('working', newer);
    const slots = tab();
    expect(await slots.load()).toEqual({ ok: false, reason: 'newer' });
    expect(await slots.save(blank())).toEqual({ ok: false, reason: 'newer' });
    expect(await store().get('working')).toEqual(newer);
  });

  it('each tab keeps its own: a reload brings its tab back, not what another tab wrote since; a new tab starts from the last left', async () => {
    const { tab } = browser();
    const own = (id: string, known: boolean) => tab({ tab: { id, known } });
    const workingOf = (horizonYears: number) => ({
      scenario: { ...sampleScenario(), horizonYears },
      presetId: LEICS,
      libraryId: null,
      baseRevision: null,
    });
    expect(await own('a', false).save(workingOf(7))).toEqual({ ok: true });
    expect(await own('b', false).save(workingOf(13))).toEqual({ ok: true });
    // tab a reloads: its own, although b wrote later
    expect(await own('a', true).load()).toEqual({ ok: true, working: workingOf(7), dropped: [] });
    // a new tab, and an app without tab slots: the last left in any tab
    expect(await own('c', false).load()).toEqual({ ok: true, working: workingOf(13), dropped: [] });
    expect(await tab().load()).toEqual({ ok: true, working: workingOf(13), dropped: [] });
    // a tab reloaded before it ever wrote: the shared slot
    expect(await own('d', true).load()).toEqual({ ok: true, working: workingOf(13), dropped: [] });
  });

  it(`a new tab clears out tabs' slots past the ${TAB_SLOTS_KEPT} most recently written, never its own or a newer app's`, async () => {
    const { tab, store } = browser();
    let minute = 0;
    const clock = () => new Date(Date.UTC(2026, 2, 1, 9, minute++));
    for (let i = 0; i < TAB_SLOTS_KEPT + 5; i++) await tab({ tab: { id: `t${i}`, known: false }, now: clock }).save(blank());
    const newer = { version: SCENARIO_VERSION + 1, updatedAt: '2000-01-01T00:00:00.000Z', scenario: {} };
    await store().set('working:from-a-newer-app', newer);
    // the oldest slot is this tab's own: it stays
    await tab({ tab: { id: 't0', known: false } }).prune();
    const keys = (await store().entries())
      .map(([key]) => key)
      .filter((key) => key.startsWith('working:'))
      .sort();
    const expected = ['t0', ...Array.from({ length: TAB_SLOTS_KEPT }, (_, i) => `t${i + 5}`), 'from-a-newer-app']
      .map((id) => `working:${id}`)
      .sort();
    expect(keys).toEqual(expected);
    expect(await store().get('working')).toBeDefined();
    expect(await store().get('working:from-a-newer-app')).toEqual(newer);
  });

  it('a damaged working scenario is reported invalid, with the field', async () => {
    const { tab, store } = browser();
    await store().set('working', { scenario: { ...sampleScenario(), perspective: 'everyone' } });
    expect(await tab().load()).toEqual({
      ok: false,
      reason: 'invalid',
      errors: ['perspective: must be "council" or "whole", got the string "everyone"'],
    });
  });

  it('a hostile stored slot pollutes nothing', async () => {
    const { tab, store } = browser();
    const hostile = JSON.parse(
      '{"__proto__":{"polluted":1},"name":"x","revision":1,"scenario":{"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}}}}',
    ) as unknown;
    await store().set('working', hostile);
    await tab().load();
    expectNotPolluted(expect);
  });
});

describe('WorkingSlots: storage faults', () => {
  it('storage full: a typed, retryable error; the retry succeeds', async () => {
    const faulty = new FaultyStore(new MemoryStore(), quotaError);
    const slots = new WorkingSlots(faulty);
    faulty.failing = true;
    expect(await slots.save(blank())).toEqual({ ok: false, reason: 'quota', retryable: true });
    expect(await slots.load()).toEqual({ ok: true, working: null, dropped: [] });
    faulty.failing = false;
    expect(await slots.save(blank())).toEqual({ ok: true });
  });

  it('"the database connection is closing" again after the retry: a visible, retryable error', async () => {
    const closing = () => Promise.reject(new DOMException('The database connection is closing.', 'InvalidStateError'));
    const slots = new WorkingSlots(new IdbStore(() => closing));
    expect(await slots.load()).toEqual({ ok: false, reason: 'closing', retryable: true });
    expect(await slots.save(blank())).toEqual({ ok: false, reason: 'closing', retryable: true });
  });
});
