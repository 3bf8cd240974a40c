// @vitest-environment happy-dom
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
import { presetById, DEFAULT_PRESET_ID } from '../../src/model/presets/index.ts';
import { SCENARIO_VERSION, type Scenario } from '../../src/model/scenario.ts';
import { Explorer } from '../../src/state/explorer.svelte.ts';
import { LastChance } from '../../src/storage/lastChance.ts';
import { LibraryState } from '../../src/state/library.svelte.ts';
import {
  BRING_BACK,
  PREVIOUS_BACK,
  QUICK_COPY_FAILED,
  WORKING_DELETED,
  WORKING_NEWER,
  added,
  copySaved,
  followed,
  STORAGE_CLOSING,
  STORAGE_FULL,
  nothingAdded,
  savedAs,
} from '../../src/state/libraryMessages.ts';
import { Library, type LibraryRecord } from '../../src/storage/library.ts';
import type { LibraryChange, LibraryNotifier } from '../../src/storage/notifier.ts';
import {
  DATABASE_NAME,
  IdbStore,
  MemoryStore,
  connectIndexedDb,
  openStore,
  type Adder,
  type KeyValueStore,
} from '../../src/storage/store.ts';
import { WorkingSlots } from '../../src/storage/workingSlots.ts';
import { FaultyStore } from '../storage/fixtures.ts';

const leics = presetById(DEFAULT_PRESET_ID)!;
const warwickshire = presetById('warwickshire-2020')!;

/** Notifiers for tabs of one browser: what one announces, the others hear a moment later (never itself). */
function channel() {
  const tabs = new Set<Set<(change: LibraryChange) => void>>();
  return (): LibraryNotifier => {
    const listeners = new Set<(change: LibraryChange) => void>();
    tabs.add(listeners);
    return {
      announce: (change) => {
        for (const other of tabs) if (other !== listeners) for (const listener of other) setTimeout(() => listener({ ...change }), 0);
      },
      subscribe: (listener) => {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
      close: () => tabs.delete(listeners),
    };
  };
}

/** A browser: tabs share one IndexedDB and hear each other. */
function browser() {
  const factory = new IDBFactory();
  const notifier = channel();
  let ids = 0;
  const tab = (store: KeyValueStore = new IdbStore(() => connectIndexedDb(factory)), options: { lastChance?: LastChance } = {}) => {
    const explorer = new Explorer();
    const library = new Library(store, { notifier: notifier(), newId: () => `id${++ids}` });
    const slots = new WorkingSlots(store);
    const state = new LibraryState(library, slots, explorer, options);
    state.start();
    return { explorer, state, library, slots };
  };
  return { tab, factory };
}

/** localStorage as a Map; `full` refuses every write, as a full one does. */
class MapStorage {
  readonly items = new Map<string, string>();
  full = false;
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
    if (this.full) throw new DOMException('full', 'QuotaExceededError');
    this.items.set(key, String(value));
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
}

const horizon = (explorer: Explorer) => explorer.scenario.horizonYears;

async function record(library: Library, id: string): Promise<LibraryRecord> {
  const got = await library.get(id);
  if (!got.ok) throw new Error(got.reason);
  return got.record;
}

describe('LibraryState: save and open', () => {
  it('saveAs keeps the scenario on screen under a name; an edit is an unsaved change; saveChanges saves it', async () => {
    const { tab } = browser();
    const { explorer, state, library } = tab();
    expect(state.current).toBeNull();
    expect(await state.saveAs('My plan')).toBe(true);
    expect(state.current).toMatchObject({ name: 'My plan', revision: 1, presetId: DEFAULT_PRESET_ID });
    expect(state.dirty).toBe(false);
    expect(state.status).toBe(savedAs('My plan', 'My plan'));
    expect(state.entries.map((e) => [e.name, e.presetId])).toEqual([['My plan', DEFAULT_PRESET_ID]]);

    explorer.setSetting('horizonYears', 14);
    expect(state.dirty).toBe(true);
    await state.saveChanges();
    expect(state.dirty).toBe(false);
    const saved = await record(library, state.current!.id);
    expect(saved.revision).toBe(2);
    expect(saved.scenario.horizonYears).toBe(14);
    expect(saved.name).toBe('My plan');
  });

  it('a name already saved is kept as a copy, and the status says the other is left as it was', async () => {
    const { state } = browser().tab();
    await state.saveAs('Plan');
    await state.saveAs('  Plan ');
    expect(state.entries.map((e) => e.name).sort()).toEqual(['Plan', 'Plan (2)']);
    expect(state.current!.name).toBe('Plan (2)');
    expect(state.status).toBe(savedAs('Plan (2)', '  Plan '));
  });

  it('open puts the saved scenario and its preset on screen; unsaved work it replaces can be brought back', async () => {
    const { explorer, state } = browser().tab();
    explorer.choosePreset(warwickshire.id);
    explorer.setSetting('horizonYears', 9);
    await state.saveAs('Warwickshire 9');
    const id = state.current!.id;

    explorer.choosePreset(leics.id);
    expect(state.current).toBeNull(); // another preset: a new, unsaved scenario
    explorer.setSetting('horizonYears', 17);
    const mine = explorer.scenario;
    await state.open(id);
    expect(explorer.preset.id).toBe(warwickshire.id);
    expect(horizon(explorer)).toBe(9);
    expect(state.current?.id).toBe(id);
    expect(state.dirty).toBe(false);
    expect(state.undo?.label).toBe(BRING_BACK);

    await state.runUndo();
    expect(explorer.scenario).toBe(mine);
    expect(explorer.preset.id).toBe(leics.id);
    expect(state.current).toBeNull();
    expect(state.status).toBe(PREVIOUS_BACK);
  });

  it('opening over an untouched preset or a saved scenario without changes offers no undo', async () => {
    const { explorer, state } = browser().tab();
    await state.saveAs('A');
    const a = state.current!.id;
    explorer.setSetting('horizonYears', 13);
    await state.saveAs('B');
    await state.open(a);
    expect(state.undo).toBeNull();
    expect(horizon(explorer)).toBe(leics.scenario.horizonYears);
  });

  it('delete keeps the scenario on screen, unsaved; Undo puts the record back exactly and ties it again', async () => {
    const { explorer, state, library } = browser().tab();
    await state.saveAs('Doomed');
    const id = state.current!.id;
    const before = await record(library, id);
    await state.remove(id);
    expect(state.entries).toEqual([]);
    expect(state.current).toBeNull();
    expect(explorer.scenario.name).toBe('Doomed');
    await state.runUndo();
    expect(await record(library, id)).toEqual(before);
    expect(state.current?.id).toBe(id);
    expect(state.dirty).toBe(false);
    expect(state.entries.map((e) => e.name)).toEqual(['Doomed']);
  });

  it('rename and duplicate: the list follows, the open scenario takes its new name', async () => {
    const { state } = browser().tab();
    await state.saveAs('Old');
    const id = state.current!.id;
    await state.rename(id, 'New');
    expect(state.current).toMatchObject({ name: 'New', revision: 2 });
    expect(state.workingScenario.name).toBe('New');
    await state.duplicate(id);
    expect(state.entries.map((e) => e.name).sort()).toEqual(['New', 'New (2)']);
  });
});

describe('LibraryState: presets', () => {
  it('choosing a preset over unsaved changes offers to bring them back, and Bring it back does', async () => {
    const { explorer, state } = browser().tab();
    explorer.setSetting('horizonYears', 17);
    state.choosePreset('warwickshire-2020');
    expect(explorer.preset.id).toBe('warwickshire-2020');
    expect(explorer.scenario).toEqual(presetById('warwickshire-2020')!.scenario);
    expect(state.undo?.label).toBe('Bring it back');
    await state.runUndo();
    expect(explorer.preset.id).toBe(DEFAULT_PRESET_ID);
    expect(horizon(explorer)).toBe(17);
  });

  it('choosing a preset with nothing unsaved offers nothing to bring back', () => {
    const { explorer, state } = browser().tab();
    state.choosePreset('leics-2025');
    expect(explorer.preset.id).toBe('leics-2025');
    expect(state.undo).toBeNull();
  });
});

describe('LibraryState: undo and redo of the scenario on screen', () => {
  it('undo back to the saved scenario reads as saved again; redo as changed', async () => {
    const { explorer, state } = browser().tab();
    await state.saveAs('Plan');
    explorer.setSetting('horizonYears', 14);
    expect(state.dirty).toBe(true);
    explorer.undo();
    expect(state.dirty).toBe(false);
    explorer.redo();
    expect(state.dirty).toBe(true);
    expect(horizon(explorer)).toBe(14);
  });

  it('an undo past a save never takes the revision back: the next save is over the later one', async () => {
    const { explorer, state, library } = browser().tab();
    await state.saveAs('Plan');
    explorer.setSetting('horizonYears', 14);
    await state.saveChanges();
    explorer.undo();
    expect(state.current!.revision).toBe(2);
    expect(state.dirty).toBe(true);
    await state.saveChanges();
    expect(state.conflict).toBeNull();
    expect((await record(library, state.current!.id)).scenario.horizonYears).toBe(leics.scenario.horizonYears);
  });

  it('a preset switch and a reset are undoable, and the undo ties the scenario to its saved one again', async () => {
    const { explorer, state } = browser().tab();
    await state.saveAs('Plan');
    const saved = explorer.scenario;
    state.choosePreset(warwickshire.id);
    expect(state.current).toBeNull();
    expect(explorer.undoLabel).toBe(`switch to the preset “${warwickshire.title}”`);
    explorer.undo();
    expect(explorer.scenario).toBe(saved);
    expect(explorer.preset).toBe(leics);
    expect(state.current?.name).toBe('Plan');
    expect(state.dirty).toBe(false);

    explorer.setEnabled('p2', false);
    state.choosePreset(leics.id);
    expect(explorer.undoLabel).toBe('reset the scenario to the preset');
    explorer.undo();
    expect(state.current?.name).toBe('Plan');
    expect(state.dirty).toBe(true);
    expect(explorer.scenario.schemes.find((s) => s.id === 'p2')!.enabled).toBe(false);
  });

  it('opening a saved scenario starts its own history; deleting the open one keeps it', async () => {
    const { explorer, state } = browser().tab();
    await state.saveAs('Plan');
    explorer.setSetting('horizonYears', 14);
    await state.open(state.current!.id);
    expect(explorer.undoLabel).toBeNull();
    explorer.setSetting('horizonYears', 15);
    await state.remove(state.current!.id);
    expect(explorer.undoLabel).toBe('change the horizon');
  });
});

describe('LibraryState: several tabs', () => {
  it('a tab with unsaved changes is told when another saves; its save writes nothing; its copy keeps both', async () => {
    const { tab } = browser();
    const a = tab();
    const b = tab();
    await a.state.saveAs('Shared');
    const id = a.state.current!.id;
    await vi.waitFor(() => expect(b.state.entries.map((e) => e.name)).toEqual(['Shared']));
    await b.state.open(id);

    b.explorer.setSetting('horizonYears', 7);
    a.explorer.setSetting('horizonYears', 13);
    await a.state.saveChanges();
    await vi.waitFor(() => expect(b.state.conflict).toEqual({ kind: 'saved', name: 'Shared', revision: 2 }));
    expect(horizon(b.explorer)).toBe(7);

    await b.state.saveChanges();
    expect((await record(a.library, id)).scenario.horizonYears).toBe(13);
    expect(b.state.conflict).not.toBeNull();

    await b.state.saveCopy();
    expect(b.state.conflict).toBeNull();
    expect(b.state.current?.name).toBe('Shared (2)');
    expect(b.state.status).toBe(copySaved('Shared (2)', 'Shared'));
    expect((await record(a.library, b.state.current!.id)).scenario.horizonYears).toBe(7);
    expect((await record(a.library, id)).scenario.horizonYears).toBe(13);
    await vi.waitFor(() => expect(a.state.entries.map((e) => e.name).sort()).toEqual(['Shared', 'Shared (2)']));
  });

  it('a tab without changes follows the version another tab saved', async () => {
    const { tab } = browser();
    const a = tab();
    const b = tab();
    await a.state.saveAs('Followed');
    await b.state.open(a.state.current!.id);
    a.explorer.setSetting('horizonYears', 15);
    await a.state.saveChanges();
    await vi.waitFor(() => expect(horizon(b.explorer)).toBe(15));
    expect(b.state.conflict).toBeNull();
    expect(b.state.dirty).toBe(false);
    expect(b.state.current?.revision).toBe(2);
    expect(b.state.status).toBe(followed('Followed'));
  });

  it('a rename in another tab is only a new name: unsaved changes stay and no conflict is raised', async () => {
    const { tab } = browser();
    const a = tab();
    const b = tab();
    await a.state.saveAs('Before');
    const id = a.state.current!.id;
    await b.state.open(id);
    b.explorer.setSetting('horizonYears', 6);
    await a.state.rename(id, 'After');
    await vi.waitFor(() => expect(b.state.current?.name).toBe('After'));
    expect(b.state.conflict).toBeNull();
    expect(b.state.dirty).toBe(true);
    await b.state.saveChanges();
    const saved = await record(a.library, id);
    expect([saved.name, saved.scenario.horizonYears, saved.revision]).toEqual(['After', 6, 3]);
  });

  it('deleted in another tab: this tab says so and offers a new saved scenario; Undo there takes it back', async () => {
    const { tab } = browser();
    const a = tab();
    const b = tab();
    await a.state.saveAs('Gone');
    const id = a.state.current!.id;
    await b.state.open(id);
    await a.state.remove(id);
    await vi.waitFor(() => expect(b.state.conflict).toEqual({ kind: 'removed', name: 'Gone' }));
    await a.state.runUndo();
    await vi.waitFor(() => expect(b.state.conflict).toBeNull());
    expect(b.state.current?.id).toBe(id);
  });
});

describe('LibraryState: adding a library file', () => {
  const list = (count: number, name = (i: number) => `Imported ${i + 1}`) =>
    Array.from({ length: count }, (_, i) => ({ scenario: { ...leics.scenario, name: name(i) }, presetId: leics.id }));

  it('adds every scenario in one go: another tab hears of it once and reads its list once', async () => {
    const { tab } = browser();
    const a = tab();
    const b = tab();
    await a.state.saveAs('Imported 1');
    await vi.waitFor(() => expect(b.state.entries).toHaveLength(1));
    const announce = vi.spyOn(a.library, 'onChange');
    const listed = vi.spyOn(b.library, 'list');
    await a.state.addAll(list(120));
    expect(a.state.entries).toHaveLength(121);
    await vi.waitFor(() => expect(b.state.entries).toHaveLength(121));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(listed).toHaveBeenCalledTimes(1);
    expect(announce).not.toHaveBeenCalled();
    expect(a.state.status).toBe(
      added([
        'Imported 1 (2)',
        ...list(120)
          .slice(1)
          .map((item) => item.scenario.name),
      ]),
    );
    expect(a.state.status).toMatch(/^Added 120 scenarios to your library: “Imported 1 \(2\)”, “Imported 2”, .* and 110 more\.$/);
  });

  it('shows how far it has got while it writes, in steps, and nothing once done', async () => {
    const seen: unknown[] = [];
    const holder: { state?: LibraryState } = {};
    const inner = new MemoryStore();
    const watching: KeyValueStore = Object.assign(Object.create(inner) as MemoryStore, {
      addMany: (adder: Adder, onProgress?: (written: number) => void) =>
        inner.addMany(adder, (written) => {
          onProgress?.(written);
          seen.push(holder.state!.adding);
        }),
    });
    const { state } = browser().tab(watching);
    holder.state = state;
    const adding = state.addAll(list(40));
    expect(state.adding).toEqual({ done: 0, total: 40 });
    await adding;
    expect(seen.slice(0, 5)).toEqual([
      { done: 0, total: 40 },
      { done: 0, total: 40 },
      { done: 0, total: 40 },
      { done: 4, total: 40 },
      { done: 4, total: 40 },
    ]);
    expect(seen.at(-1)).toEqual({ done: 40, total: 40 });
    expect(new Set(seen.map((step) => JSON.stringify(step))).size).toBe(11);
    expect(state.adding).toBeNull();
  });

  it('storage full: says so and that none was added; nothing is written; Try again adds them all', async () => {
    const faulty = new FaultyStore(new MemoryStore(), () => new DOMException('full', 'QuotaExceededError'));
    const { state } = browser().tab(faulty);
    await state.saveAs('Kept');
    faulty.failing = true;
    await state.addAll(list(3));
    expect(state.fault?.message).toBe(`${STORAGE_FULL} ${nothingAdded(3)}`);
    expect(state.adding).toBeNull();
    expect(state.entries.map((e) => e.name)).toEqual(['Kept']);
    expect((await new Library(faulty).list()).ok && (await new Library(faulty).list())).toMatchObject({ entries: [{ name: 'Kept' }] });
    faulty.failing = false;
    await state.fault!.retry();
    expect(state.fault).toBeNull();
    expect(state.entries.map((e) => e.name).sort()).toEqual(['Imported 1', 'Imported 2', 'Imported 3', 'Kept']);
  });
});

describe('LibraryState: the database deleted under the tab', () => {
  const deleteDatabase = (factory: IDBFactory) =>
    new Promise((resolve, reject) => {
      const request = factory.deleteDatabase(DATABASE_NAME);
      request.onsuccess = resolve;
      request.onerror = reject;
    });

  it('deleted by another tab or by clearing site data: the list empties at once, and the open scenario is said to be deleted', async () => {
    const { tab, factory } = browser();
    const { state } = tab((await openStore({ factory })).store);
    await state.saveAs('Plan');
    await state.saveAs('Other');
    expect(state.entries).toHaveLength(2);
    await deleteDatabase(factory);
    await vi.waitFor(() => expect(state.entries).toEqual([]));
    await vi.waitFor(() => expect(state.conflict).toEqual({ kind: 'removed', name: 'Other' }));
    // Still usable: a save opens the database again.
    await state.saveCopy();
    expect(state.entries.map((e) => e.name)).toEqual(['Other']);
  });

  it('a list read before one already shown never replaces it', async () => {
    const inner = new MemoryStore();
    const gates: (() => void)[] = [];
    const slow: KeyValueStore = Object.assign(Object.create(inner) as MemoryStore, {
      entries: async () => {
        const read = await inner.entries();
        await new Promise<void>((resolve) => gates.push(resolve));
        return read;
      },
    });
    const state = new LibraryState(new Library(slow), new WorkingSlots(slow), new Explorer());
    const first = state.refresh();
    await vi.waitFor(() => expect(gates).toHaveLength(1));
    await new Library(inner).save({ scenario: { ...leics.scenario, name: 'Saved since' }, presetId: null });
    const second = state.refresh();
    await vi.waitFor(() => expect(gates).toHaveLength(2));
    gates[1]!();
    await second;
    expect(state.entries.map((e) => e.name)).toEqual(['Saved since']);
    gates[0]!();
    await first;
    expect(state.entries.map((e) => e.name)).toEqual(['Saved since']);
  });
});

describe('LibraryState: storage faults', () => {
  it('storage full: a retryable fault, nothing lost from the screen, nothing saved; Try again saves', async () => {
    const faulty = new FaultyStore(new MemoryStore(), () => new DOMException('full', 'QuotaExceededError'));
    const { explorer, state } = browser().tab(faulty);
    explorer.setSetting('horizonYears', 12);
    const onScreen = explorer.scenario;
    faulty.failing = true;
    expect(await state.saveAs('Needs room')).toBe(false);
    expect(state.fault?.message).toBe(STORAGE_FULL);
    expect(explorer.scenario).toBe(onScreen);
    expect(state.entries).toEqual([]);

    // A failed autosave after it does not hide the save the user asked for.
    await state.saveWorking();
    const actionFault = state.fault;
    expect(actionFault?.source).toBe('action');

    faulty.failing = false;
    await actionFault!.retry();
    expect(state.fault).toBeNull();
    expect(state.entries.map((e) => e.name)).toEqual(['Needs room']);
    expect((await new WorkingSlots(faulty).load()).ok).toBe(true);
  });

  it('a failed autosave is cleared by the next autosave that works', async () => {
    const faulty = new FaultyStore(new MemoryStore(), () => new DOMException('full', 'QuotaExceededError'));
    const { state } = browser().tab(faulty);
    faulty.failing = true;
    await state.saveWorking();
    expect(state.fault).toMatchObject({ source: 'working', message: STORAGE_FULL });
    faulty.failing = false;
    await state.saveWorking();
    expect(state.fault).toBeNull();
  });

  it('"the database connection is closing" after the reopen: a visible, retryable fault', async () => {
    const closing = () => Promise.reject(new DOMException('The database connection is closing.', 'InvalidStateError'));
    const { state } = browser().tab(new IdbStore(() => closing));
    await state.saveAs('Plan');
    expect(state.fault?.message).toBe(STORAGE_CLOSING);
  });
});

describe('LibraryState: the working scenario', () => {
  it('a reload puts back the scenario, its preset, and which saved scenario it belongs to', async () => {
    const { tab, factory } = browser();
    const first = tab();
    first.explorer.choosePreset(warwickshire.id);
    await first.state.saveAs('Kept');
    first.explorer.setSetting('horizonYears', 9);
    await first.state.saveWorking();

    const again = tab(new IdbStore(() => connectIndexedDb(factory)));
    await again.state.restoreWorking();
    expect(again.explorer.preset.id).toBe(warwickshire.id);
    expect(horizon(again.explorer)).toBe(9);
    expect(again.state.current).toMatchObject({ name: 'Kept', revision: 1 });
    expect(again.state.dirty).toBe(true);
  });

  it('without changes since it was saved, the restored scenario reads as saved', async () => {
    const { tab } = browser();
    const first = tab();
    await first.state.saveAs('Clean');
    await first.state.saveWorking();
    const again = tab();
    await again.state.restoreWorking();
    expect(again.state.current?.name).toBe('Clean');
    expect(again.state.dirty).toBe(false);
  });

  it('saved elsewhere since, with other changes here: a conflict before anything is written', async () => {
    const { tab } = browser();
    const first = tab();
    await first.state.saveAs('Moved on');
    first.explorer.setSetting('horizonYears', 5);
    await first.state.saveWorking();
    const other = tab();
    await other.state.open(first.state.current!.id);
    other.explorer.setSetting('horizonYears', 20);
    await other.state.saveChanges();

    const again = tab();
    // The other tab's autosave has not run: the slot still holds the first tab's edit.
    await again.state.restoreWorking();
    expect(horizon(again.explorer)).toBe(5);
    expect(again.state.conflict).toEqual({ kind: 'saved', name: 'Moved on', revision: 2 });
  });

  it('deleted since: the scenario comes back unsaved, and the status says so', async () => {
    const { tab } = browser();
    const first = tab();
    await first.state.saveAs('Deleted later');
    first.explorer.setSetting('horizonYears', 5);
    await first.state.saveWorking();
    await first.library.remove(first.state.current!.id);
    const again = tab();
    await again.state.restoreWorking();
    expect(horizon(again.explorer)).toBe(5);
    expect(again.state.current).toBeNull();
    expect(again.state.status).toBe(WORKING_DELETED);
  });

  it('a working slot from a newer app is left untouched and the user is told to reload', async () => {
    const store = new MemoryStore();
    await store.set('working', { version: SCENARIO_VERSION + 1, scenario: { version: SCENARIO_VERSION + 1 } });
    const { explorer, state } = browser().tab(store);
    const before = explorer.scenario;
    await state.restoreWorking();
    expect(state.error).toBe(WORKING_NEWER);
    expect(explorer.scenario).toBe(before);
    await state.saveWorking();
    expect(await store.get('working')).toEqual({ version: SCENARIO_VERSION + 1, scenario: { version: SCENARIO_VERSION + 1 } });
  });

  it('keepNow writes the last-chance copy before it returns; a reload prefers it, copies it to the store and removes it', async () => {
    const storage = new MapStorage();
    const { tab, factory } = browser();
    const first = tab(undefined, { lastChance: new LastChance(storage) });
    first.explorer.setSetting('horizonYears', 19);
    first.state.keepNow();
    expect([...storage.items.keys()]).toEqual(['payback-explorer:working']);

    const again = tab(new IdbStore(() => connectIndexedDb(factory)), { lastChance: new LastChance(storage) });
    await again.state.restoreWorking();
    expect(horizon(again.explorer)).toBe(19);
    expect(storage.items.size).toBe(0);
    const stored = await new WorkingSlots(new IdbStore(() => connectIndexedDb(factory))).load();
    expect(stored.ok && stored.working?.scenario.horizonYears).toBe(19);
  });

  it('a quick copy localStorage cannot keep is said at the autosave, before any reload; a later one kept takes it back', async () => {
    const storage = new MapStorage();
    storage.full = true;
    const { explorer, state } = browser().tab(undefined, { lastChance: new LastChance(storage) });
    explorer.setSetting('horizonYears', 8);
    await state.saveWorking();
    expect(state.fault).toMatchObject({ source: 'copy', message: QUICK_COPY_FAILED });
    state.dismissFault();
    state.keepNow();
    expect(state.fault).toMatchObject({ source: 'copy', message: QUICK_COPY_FAILED });
    storage.full = false;
    await state.fault!.retry();
    expect(state.fault).toBeNull();
    state.keepNow();
    expect(state.fault).toBeNull();
    expect(storage.items.size).toBe(1);
  });

  it('a missing quick copy never hides a failed autosave, and is said once the autosave works again', async () => {
    const storage = new MapStorage();
    storage.full = true;
    const faulty = new FaultyStore(new MemoryStore(), () => new DOMException('full', 'QuotaExceededError'));
    faulty.failing = true;
    const { state } = browser().tab(faulty, { lastChance: new LastChance(storage) });
    await state.saveWorking();
    expect(state.fault).toMatchObject({ source: 'working', message: STORAGE_FULL });
    state.keepNow();
    expect(state.fault?.source).toBe('working');
    faulty.failing = false;
    await state.saveWorking();
    expect(state.fault).toMatchObject({ source: 'copy', message: QUICK_COPY_FAILED });
  });

  it('an autosave that finishes after the page was hidden leaves the copy written then', async () => {
    const storage = new MapStorage();
    const { tab, factory } = browser();
    const first = tab(undefined, { lastChance: new LastChance(storage) });
    first.explorer.setSetting('horizonYears', 6);
    const saving = first.state.saveWorking();
    // hidden, then left, while IndexedDB is still writing the horizon of 6
    first.explorer.setSetting('horizonYears', 17);
    first.state.keepNow();
    await saving;
    const again = tab(new IdbStore(() => connectIndexedDb(factory)), { lastChance: new LastChance(storage) });
    await again.state.restoreWorking();
    expect(horizon(again.explorer)).toBe(17);
  });

  it('the write that follows keepNow as the page is left leaves the copy in place, and a reload still removes it', async () => {
    const storage = new MapStorage();
    const { tab, factory } = browser();
    const first = tab(undefined, { lastChance: new LastChance(storage) });
    first.explorer.setSetting('horizonYears', 7);
    await first.state.saveWorking();
    expect(storage.items.size).toBe(0);
    first.explorer.setSetting('horizonYears', 9);
    first.state.keepNow();
    await first.state.saveWorking({ leaving: true });
    // IndexedDB says it holds the horizon of 9, but a closing browser may keep the copy's removal and not that
    expect(storage.items.size).toBe(1);
    const again = tab(new IdbStore(() => connectIndexedDb(factory)), { lastChance: new LastChance(storage) });
    await again.state.restoreWorking();
    expect(horizon(again.explorer)).toBe(9);
    expect(storage.items.size).toBe(0);
  });

  it('a last-chance copy that is not a scenario is refused by the same door, and the store’s slot is used', async () => {
    const storage = new MapStorage();
    storage.setItem('payback-explorer:working', '{"scenario":{"horizonYears":"lots"}}');
    const { tab } = browser();
    const first = tab();
    first.explorer.setSetting('horizonYears', 4);
    await first.state.saveWorking();
    const again = tab(undefined, { lastChance: new LastChance(storage) });
    await again.state.restoreWorking();
    expect(horizon(again.explorer)).toBe(4);
  });
});

describe('LibraryState: a scenario the page could not draw', () => {
  it('is never written again, and a reload brings back the default scenario instead (saved ones untouched)', async () => {
    const storage = new MapStorage();
    const { tab, factory } = browser();
    const first = tab(undefined, { lastChance: new LastChance(storage) });
    await first.state.saveAs('Kept');
    first.explorer.choosePreset(warwickshire.id);
    first.explorer.setSetting('horizonYears', 19);
    await first.state.saveWorking();
    first.state.keepNow();

    await first.state.abandonWorking();
    // whatever the autosave or a page-hide still tries to write of it, nothing is written
    first.explorer.setSetting('horizonYears', 18);
    await first.state.saveWorking();
    first.state.keepNow();

    const again = tab(new IdbStore(() => connectIndexedDb(factory)), { lastChance: new LastChance(storage) });
    await again.state.restoreWorking();
    expect(again.explorer.preset.id).toBe(DEFAULT_PRESET_ID);
    expect(again.explorer.scenario).toEqual(leics.scenario);
    expect(again.state.current).toBeNull();
    const withoutCopy = tab(new IdbStore(() => connectIndexedDb(factory)));
    await withoutCopy.state.restoreWorking();
    expect(withoutCopy.explorer.preset.id).toBe(DEFAULT_PRESET_ID);
    expect(withoutCopy.explorer.scenario.horizonYears).toBe(leics.scenario.horizonYears);
    const listed = await again.library.list();
    expect(listed.ok && listed.entries.map((e) => e.name)).toEqual(['Kept']);
  });

  it('openDefault puts the default scenario on screen, tied to no saved one, and writing resumes', async () => {
    const { tab, factory } = browser();
    const first = tab();
    await first.state.saveAs('Kept');
    first.explorer.setSetting('horizonYears', 19);
    await first.state.abandonWorking();
    first.state.openDefault();
    expect(first.explorer.scenario).toEqual(leics.scenario);
    expect(first.state.current).toBeNull();
    first.explorer.setSetting('horizonYears', 7);
    await first.state.saveWorking();
    const again = tab(new IdbStore(() => connectIndexedDb(factory)));
    await again.state.restoreWorking();
    expect(horizon(again.explorer)).toBe(7);
  });
});

describe('LibraryState: what it writes', () => {
  it('never writes a scenario that restoreScenario would refuse, and the open name is the saved name', async () => {
    const { explorer, state, slots } = browser().tab();
    await state.saveAs('Named');
    await state.saveWorking();
    const working = await slots.load();
    expect(working.ok && working.working).toMatchObject({ libraryId: state.current!.id, baseRevision: 1, presetId: DEFAULT_PRESET_ID });
    expect(working.ok && working.working?.scenario.name).toBe('Named');
    expect(explorer.scenario.name).toBe(leics.scenario.name);
    const bad = { ...explorer.scenario, horizonYears: -1 } as Scenario;
    explorer.replace(bad);
    await state.saveAs('Bad');
    expect(state.error).toMatch(/horizonYears/);
    expect(state.entries.map((e) => e.name)).toEqual(['Named']);
  });
});
