import { describe, expect, it } from 'vitest';
import { presetById } from '../../src/model/presets/index.ts';
import { SCENARIO_VERSION } from '../../src/model/scenario.ts';
import { LAST_CHANCE_PREFIX, LastChance, LocalStorageStore } from '../../src/storage/lastChance.ts';

const leics = presetById('leics-2021')!;

class MapStorage {
  readonly items = new Map<string, string>();
  refuse = false;
  get length() { return this.items.size; }
  key(i: number) { return [...this.items.keys()][i] ?? null; }
  getItem(key: string) { return this.items.get(key) ?? null; }
  setItem(key: string, value: string) {
    if (this.refuse) throw new DOMException('full', 'QuotaExceededError');
    this.items.set(key, String(value));
  }
  removeItem(key: string) { this.items.delete(key); }
}

const working = { scenario: { ...leics.scenario, horizonYears: 7 }, presetId: leics.id, libraryId: 'abc', baseRevision: 3 };

describe('LastChance', () => {
  it('write stores the working scenario before it returns — no await — and load reads it back through the door', async () => {
    const storage = new MapStorage();
    const lastChance = new LastChance(storage);
    lastChance.write(working);
    expect(storage.items.has(`${LAST_CHANCE_PREFIX}working`)).toBe(true);
    expect(await lastChance.load()).toEqual({ ok: true, working, dropped: [] });
  });

  it('clear removes the copy, but never one a newer app wrote', async () => {
    const storage = new MapStorage();
    const lastChance = new LastChance(storage);
    lastChance.write(working);
    lastChance.clear();
    await Promise.resolve();
    expect(storage.items.size).toBe(0);

    const newer = JSON.stringify({ version: SCENARIO_VERSION + 1, scenario: {} });
    storage.setItem(`${LAST_CHANCE_PREFIX}working`, newer);
    lastChance.clear();
    await Promise.resolve();
    expect(storage.getItem(`${LAST_CHANCE_PREFIX}working`)).toBe(newer);
    expect(await lastChance.load()).toMatchObject({ ok: false, reason: 'newer' });
    lastChance.write(working);
    expect(storage.getItem(`${LAST_CHANCE_PREFIX}working`)).toBe(newer);
  });

  it('a full or refused localStorage is no error: nothing thrown, nothing kept', async () => {
    const storage = new MapStorage();
    storage.refuse = true;
    const lastChance = new LastChance(storage);
    expect(() => lastChance.write(working)).not.toThrow();
    expect(storage.items.size).toBe(0);
  });

  it("a tab writes its own copy and the shared one before returning; a reload reads only its own, a new tab the shared one", async () => {
    const storage = new MapStorage();
    const other = { ...working, scenario: { ...working.scenario, horizonYears: 12 } };
    new LastChance(storage, { tab: { id: 'a', known: false } }).write(working);
    new LastChance(storage, { tab: { id: 'b', known: false } }).write(other);
    expect(storage.items.has(`${LAST_CHANCE_PREFIX}working:a`) && storage.items.has(`${LAST_CHANCE_PREFIX}working:b`)).toBe(true);
    expect(await new LastChance(storage, { tab: { id: 'a', known: true } }).load()).toEqual({ ok: true, working, dropped: [] });
    expect(await new LastChance(storage, { tab: { id: 'c', known: false } }).load()).toEqual({ ok: true, working: other, dropped: [] });
    // a reloaded tab without a copy of its own has none: its own IndexedDB slot is newer than any other tab's copy
    expect(await new LastChance(storage, { tab: { id: 'c', known: true } }).load()).toEqual({ ok: true, working: null, dropped: [] });
    // clearing removes this tab's copy and the shared one, and leaves another tab's
    new LastChance(storage, { tab: { id: 'a', known: true } }).clear();
    await Promise.resolve();
    expect([...storage.items.keys()]).toEqual([`${LAST_CHANCE_PREFIX}working:b`]);
  });

  it('damaged text is handed to the door, which refuses it', async () => {
    const storage = new MapStorage();
    storage.setItem(`${LAST_CHANCE_PREFIX}working`, '{"scenario": {"version": 1, "name": ');
    expect(await new LastChance(storage).load()).toMatchObject({ ok: false, reason: 'invalid' });
  });

  it('LocalStorageStore keeps to its prefix', async () => {
    const storage = new MapStorage();
    storage.setItem('someone-else', '1');
    const store = new LocalStorageStore(storage, 'mine:');
    await store.set('a', { x: 1 });
    expect(await store.entries()).toEqual([['a', { x: 1 }]]);
    await store.del('a');
    expect(storage.items).toEqual(new Map([['someone-else', '1']]));
  });
});
