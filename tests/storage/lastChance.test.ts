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
