import { describe, expect, it } from 'vitest';
import { largestScenario } from '../../scripts/lib/largestScenario.ts';
import { presetById } from '../../src/model/presets/index.ts';
import { restoreScenario } from '../../src/model/restore.ts';
import { SCENARIO_VERSION } from '../../src/model/scenario.ts';
import { LAST_CHANCE_PREFIX, LastChance, LocalStorageStore } from '../../src/storage/lastChance.ts';
import { versionOneTeamAsRead } from '../share/fixtures.ts';

const leics = presetById('leics-2021')!;

/**
 * localStorage as Chromium keeps it: 10 MiB a site, each character of key and value counted as two
 * bytes (Chromium 156 takes 5,242,880 characters, whatever they are); a write past it throws and
 * leaves the old value.
 */
class MapStorage {
  readonly items = new Map<string, string>();
  refuse = false;
  quotaBytes = 10 * 1024 * 1024;
  get length() {
    return this.items.size;
  }
  key(i: number) {
    return [...this.items.keys()][i] ?? null;
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    const text = String(value);
    const others = [...this.items].reduce((sum, [k, v]) => (k === key ? sum : sum + k.length + v.length), 0);
    if (this.refuse || 2 * (others + key.length + text.length) > this.quotaBytes) throw new DOMException('full', 'QuotaExceededError');
    this.items.set(key, text);
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
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

  it('a refused localStorage is reported, not thrown and not swallowed', async () => {
    const storage = new MapStorage();
    storage.refuse = true;
    const lastChance = new LastChance(storage, { tab: { id: 'a', known: false } });
    expect(lastChance.write(working)).toMatchObject({ ok: false, reason: 'refused' });
    expect(storage.items.size).toBe(0);
  });

  it('a full localStorage is reported at the write; once there is room, the next write says it is kept', async () => {
    const storage = new MapStorage();
    storage.setItem('someone-else', 'x'.repeat(storage.quotaBytes / 2 - 1_000));
    const lastChance = new LastChance(storage, { tab: { id: 'a', known: false } });
    expect(lastChance.write(working)).toMatchObject({ ok: false, reason: 'refused' });
    expect(await new LastChance(storage, { tab: { id: 'a', known: true } }).load()).toEqual({ ok: true, working: null, dropped: [] });
    storage.removeItem('someone-else');
    expect(lastChance.write(working)).toMatchObject({ ok: true });
    expect(await new LastChance(storage, { tab: { id: 'a', known: true } }).load()).toEqual({ ok: true, working, dropped: [] });
  });

  it('a copy that fits with no room left for the shared key: a reload keeps it, a new tab is not sent to an older copy', async () => {
    const storage = new MapStorage();
    new LastChance(storage, { tab: { id: 'b', known: false } }).write(working);
    const later = { ...working, scenario: { ...working.scenario, horizonYears: 15 } };
    const scratch = new MapStorage();
    new LastChance(scratch, { tab: { id: 'long-id', known: false } }).write(later);
    const copyKey = `${LAST_CHANCE_PREFIX}working:long-id`;
    const copy = scratch.getItem(copyKey)!;
    const used = [...storage.items].reduce((sum, [k, v]) => sum + k.length + v.length, 0);
    // room for the copy and not one character more: the shared key cannot grow to name the longer tab id
    storage.setItem('someone-else', 'x'.repeat(storage.quotaBytes / 2 - used - copyKey.length - copy.length - 'someone-else'.length));
    expect(new LastChance(storage, { tab: { id: 'long-id', known: false } }).write(later)).toMatchObject({ ok: false, reason: 'refused' });
    expect(await new LastChance(storage, { tab: { id: 'long-id', known: true } }).load()).toEqual({
      ok: true,
      working: later,
      dropped: [],
    });
    expect(await new LastChance(storage, { tab: { id: 'c', known: false } }).load()).toEqual({ ok: true, working: null, dropped: [] });
  });

  it('the largest scenario a file can hold is kept across a reload, in a localStorage as large as Chromium’s', async () => {
    const largest = largestScenario();
    const restored = restoreScenario(largest);
    if (!restored.ok) throw new Error(restored.errors.join('; '));
    expect(largest.schemes).toHaveLength(500);
    const big = { ...working, scenario: restored.scenario };
    const storage = new MapStorage();
    const written = new LastChance(storage, { tab: { id: 'a', known: false } }).write(big);
    expect(await new LastChance(storage, { tab: { id: 'a', known: true } }).load()).toEqual({ ok: true, working: big, dropped: [] });
    expect(await new LastChance(storage, { tab: { id: 'b', known: false } }).load()).toEqual({ ok: true, working: big, dropped: [] });
    expect(written).toMatchObject({ ok: true });
    // One copy, not the scenario twice in full.
    const used = [...storage.items].reduce((sum, [k, v]) => sum + k.length + v.length, 0);
    expect(used).toBeLessThan(JSON.stringify(big).length);
  });

  it('clear leaves a copy written after the one IndexedDB caught up with', async () => {
    const storage = new MapStorage();
    const lastChance = new LastChance(storage, { tab: { id: 'a', known: false } });
    const first = lastChance.write(working);
    // the page is hidden while IndexedDB writes `working`: a later edit's copy is written
    const later = { ...working, scenario: { ...working.scenario, horizonYears: 15 } };
    const second = lastChance.write(later);
    lastChance.clear(first.mark);
    expect(await new LastChance(storage, { tab: { id: 'a', known: true } }).load()).toEqual({ ok: true, working: later, dropped: [] });
    lastChance.clear(second.mark);
    expect(storage.items.size).toBe(0);
  });

  it('a copy an older version wrote, in full form, is still read', async () => {
    const storage = new MapStorage();
    const old = { version: SCENARIO_VERSION, updatedAt: '2026-01-01T00:00:00.000Z', ...working };
    storage.setItem(`${LAST_CHANCE_PREFIX}working:a`, JSON.stringify(old));
    storage.setItem(`${LAST_CHANCE_PREFIX}working`, JSON.stringify(old));
    expect(await new LastChance(storage, { tab: { id: 'a', known: true } }).load()).toEqual({ ok: true, working, dropped: [] });
    expect(await new LastChance(storage, { tab: { id: 'b', known: false } }).load()).toEqual({ ok: true, working, dropped: [] });
  });

  it('a copy the version-1 app wrote (compact form, schema version 1) is read at version 2', async () => {
    const storage = new MapStorage();
    // as the version-1 app's LastChance.write left them for tab a
    storage.setItem(
      `${LAST_CHANCE_PREFIX}working:a`,
      '{"version":1,"updatedAt":"2026-01-01T00:00:00.000Z","presetId":"leics-2021","libraryId":null,"baseRevision":null,' +
        '"scenario":{"v":1,"n":"Version 1 team","sm":"2021-04","h":10,"d":0.035,"p":"council",' +
        '"s":[{"i":"art","n":"ART","k":"team","e":false,"b":{"ia":411840,"da":450000}}]}}',
    );
    storage.setItem(`${LAST_CHANCE_PREFIX}working`, '{"version":1,"tab":"a"}');
    const read = {
      ok: true,
      working: { scenario: versionOneTeamAsRead(), presetId: 'leics-2021', libraryId: null, baseRevision: null },
      dropped: [],
    };
    expect(await new LastChance(storage, { tab: { id: 'a', known: true } }).load()).toStrictEqual(read);
    expect(await new LastChance(storage, { tab: { id: 'b', known: false } }).load()).toStrictEqual(read);
    // and is written over by this app, not kept as a newer app's
    expect(new LastChance(storage, { tab: { id: 'a', known: true } }).write(working)).toMatchObject({ ok: true });
  });

  it('keeps the notes in the copy', async () => {
    const storage = new MapStorage();
    const scenario = { ...working.scenario, note: 'Why', schemes: working.scenario.schemes.map((s) => ({ ...s, note: `On ${s.id}` })) };
    new LastChance(storage).write({ ...working, scenario });
    expect(await new LastChance(storage).load()).toEqual({ ok: true, working: { ...working, scenario }, dropped: [] });
  });

  it("a tab's copy is never written over a newer app's, nor the shared key", async () => {
    const storage = new MapStorage();
    const newer = JSON.stringify({ version: SCENARIO_VERSION + 1, tab: 'z' });
    storage.setItem(`${LAST_CHANCE_PREFIX}working`, newer);
    storage.setItem(`${LAST_CHANCE_PREFIX}working:b`, newer);
    expect(new LastChance(storage, { tab: { id: 'a', known: false } }).write(working)).toMatchObject({ ok: true });
    expect(new LastChance(storage, { tab: { id: 'b', known: true } }).write(working)).toMatchObject({ ok: false, reason: 'newer' });
    expect(storage.getItem(`${LAST_CHANCE_PREFIX}working`)).toBe(newer);
    expect(storage.getItem(`${LAST_CHANCE_PREFIX}working:b`)).toBe(newer);
    expect(await new LastChance(storage, { tab: { id: 'a', known: true } }).load()).toEqual({ ok: true, working, dropped: [] });
    expect(await new LastChance(storage, { tab: { id: 'c', known: false } }).load()).toMatchObject({ ok: false, reason: 'newer' });
  });

  it('a tab writes its own copy and the shared one before returning; a reload reads only its own, a new tab the shared one', async () => {
    const storage = new MapStorage();
    const other = { ...working, scenario: { ...working.scenario, horizonYears: 12 } };
    new LastChance(storage, { tab: { id: 'a', known: false } }).write(working);
    new LastChance(storage, { tab: { id: 'b', known: false } }).write(other);
    expect(storage.items.has(`${LAST_CHANCE_PREFIX}working:a`) && storage.items.has(`${LAST_CHANCE_PREFIX}working:b`)).toBe(true);
    expect(await new LastChance(storage, { tab: { id: 'a', known: true } }).load()).toEqual({ ok: true, working, dropped: [] });
    expect(await new LastChance(storage, { tab: { id: 'c', known: false } }).load()).toEqual({ ok: true, working: other, dropped: [] });
    // a reloaded tab without a copy of its own has none: its own IndexedDB slot is newer than any other tab's copy
    expect(await new LastChance(storage, { tab: { id: 'c', known: true } }).load()).toEqual({ ok: true, working: null, dropped: [] });
    // clearing removes this tab's copy, and leaves another tab's and the shared key that names it:
    // a new tab still starts from the copy written last
    new LastChance(storage, { tab: { id: 'a', known: true } }).clear();
    expect([...storage.items.keys()].sort()).toEqual([`${LAST_CHANCE_PREFIX}working`, `${LAST_CHANCE_PREFIX}working:b`]);
    expect(await new LastChance(storage, { tab: { id: 'd', known: false } }).load()).toEqual({ ok: true, working: other, dropped: [] });
    // the tab the shared key names removes both
    new LastChance(storage, { tab: { id: 'b', known: true } }).clear();
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
