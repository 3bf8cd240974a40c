/**
 * The library of saved scenarios. Records live in a KeyValueStore (IndexedDB, or memory when there is
 * none); the working slots a reload comes back to are workingSlots.ts's.
 *
 * - Every stored value is read through restoreScenario; every scenario written is first rebuilt by it
 *   (so a reactive proxy or an invalid scenario never reaches the store).
 * - A record written by a newer app version is reported as `newer` and never rewritten.
 * - An older record is migrated in memory when read; the stored copy is replaced only when the
 *   migrated one is saved (`update`, one atomic write), so a failed save leaves the old copy whole.
 * - `update` and `rename` take the revision the caller last saw; if another tab saved since, the
 *   result is a `conflict` and nothing is written.
 * - A record's `name` is its scenario's name; a name already used gets " (2)", " (3)"… (names.ts).
 * - `addMany` (a library file) adds every record in one transaction, or none, with one notice to other tabs.
 * - Nothing here throws on storage faults: each verb returns a result — reasons and data, which the
 *   state layer puts into words (src/state/libraryMessages.ts).
 */
import { isRecord, ownValue } from '../model/migrations.ts';
import { restoreScenario } from '../model/restore.ts';
import { cutText } from '../model/text.ts';
import { SCENARIO_VERSION, type Scenario } from '../model/scenario.ts';
import { NAME_LENGTH, uniqueName, uniqueNames } from './names.ts';
import { silentNotifier, type LibraryChange, type LibraryNotifier } from './notifier.ts';
import { DELETE, KEEP, type KeyValueStore } from './store.ts';
import {
  fault,
  invalid,
  isRevision,
  isStoredNewer,
  newer,
  randomId,
  readPresetId,
  type Invalid,
  type Newer,
  type StorageFault,
} from './stored.ts';

const RECORD_KEY_PREFIX = 'scenario:';
/** records read between two pauses that let the page draw and answer input (each takes about 0.1 ms) */
const LIST_SLICE = 100;

export interface LibraryRecord {
  id: string;
  /** always equal to `scenario.name` */
  name: string;
  /** the preset the scenario started from, or null */
  presetId: string | null;
  /** ISO 8601 */
  updatedAt: string;
  /** the scenario schema version it was stored at */
  version: number;
  scenario: Scenario;
  /** 1 when first saved, one more on each save */
  revision: number;
}

/** `migrated`: stored at an older version, shown migrated; `newer`, `invalid`: cannot be opened here. */
type RecordStatus = 'current' | 'migrated' | 'newer' | 'invalid';

export interface LibraryEntry {
  id: string;
  name: string;
  presetId: string | null;
  updatedAt: string;
  revision: number;
  status: RecordStatus;
}

/** A deleted record, held by the UI so `undoRemove` can put it back exactly as it was. */
export interface RemovedRecord {
  readonly id: string;
  readonly name: string;
  readonly stored: unknown;
}

type Missing = { ok: false; reason: 'missing' };
/** `revision`: the revision now stored, saved by another tab */
export type Conflict = { ok: false; reason: 'conflict'; revision: number };
/** The id of a deleted record has been used again (`revision`: the new record's): it is not put back. */
export type Taken = { ok: false; reason: 'taken'; revision: number };
/** Every way a verb here can refuse. */
export type Refusal = StorageFault | Missing | Newer | Invalid | Conflict | Taken;

type ListResult = { ok: true; entries: LibraryEntry[] } | StorageFault;
type GetResult =
  { ok: true; record: LibraryRecord; dropped: string[]; migratedFrom: number | null } | Missing | Newer | Invalid | StorageFault;
type SaveResult = { ok: true; record: LibraryRecord } | Invalid | StorageFault;
/** `records` in the order given */
type AddManyResult = { ok: true; records: LibraryRecord[] } | Invalid | StorageFault;
type UpdateResult = { ok: true; record: LibraryRecord } | Missing | Newer | Invalid | Conflict | StorageFault;
type DuplicateResult = { ok: true; record: LibraryRecord } | Missing | Newer | Invalid | StorageFault;
type RemoveResult = { ok: true; removed: RemovedRecord } | Missing | StorageFault;
type UndoRemoveResult = { ok: true } | Taken | StorageFault;

/** What a tab hears: a change another tab announced, or `lost`: the database was deleted or closed under it. */
export type LibraryEvent = LibraryChange | { kind: 'lost' };

interface LibraryOptions {
  notifier?: LibraryNotifier;
  now?: () => Date;
  newId?: () => string;
}

export class Library {
  readonly #store: KeyValueStore;
  readonly #notifier: LibraryNotifier;
  readonly #now: () => Date;
  readonly #newId: () => string;

  constructor(store: KeyValueStore, { notifier = silentNotifier, now = () => new Date(), newId = randomId }: LibraryOptions = {}) {
    this.#store = store;
    this.#notifier = notifier;
    this.#now = now;
    this.#newId = newId;
  }

  /** false: scenarios are kept in this tab only (no IndexedDB) */
  get persistent(): boolean {
    return this.#store.persistent;
  }

  /** Changes announced by other tabs, and the database lost under this one. Returns the unsubscribe. */
  onChange(listener: (change: LibraryEvent) => void): () => void {
    const unsubscribe = this.#notifier.subscribe(listener);
    const unwatch = this.#store.onLost?.(() => listener({ kind: 'lost' }));
    return () => {
      unsubscribe();
      unwatch?.();
    };
  }

  /** Every saved scenario, last edited first. */
  async list(): Promise<ListResult> {
    try {
      const records = await this.#records();
      const entries: LibraryEntry[] = [];
      for (const [index, [id, stored]] of records.entries()) {
        // Each record is read through restoreScenario: in slices, so hundreds never freeze the page.
        if (index > 0 && index % LIST_SLICE === 0) await yieldToPage();
        entries.push(entryOf(id, stored));
      }
      entries.sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0));
      return { ok: true, entries };
    } catch (error) {
      return fault(error);
    }
  }

  async get(id: string): Promise<GetResult> {
    try {
      const stored = await this.#store.get(recordKey(id));
      if (stored === undefined) return missing();
      const read = readRecord(id, stored);
      if (read.ok) return { ok: true, record: read.record, dropped: read.dropped, migratedFrom: read.migratedFrom };
      return read;
    } catch (error) {
      return fault(error);
    }
  }

  /** Saves a new record; a name already in use is kept as a copy ("Name (2)"). */
  async save({ scenario, presetId, name }: { scenario: Scenario; presetId: string | null; name?: string }): Promise<SaveResult> {
    const restored = restoreScenario(scenario);
    if (!restored.ok) return invalid(restored.errors);
    try {
      const unique = uniqueName(name ?? restored.scenario.name, await this.#names());
      const record: LibraryRecord = {
        id: this.#newId(),
        name: unique,
        presetId,
        updatedAt: this.#now().toISOString(),
        version: SCENARIO_VERSION,
        scenario: { ...restored.scenario, name: unique },
        revision: 1,
      };
      await this.#store.set(recordKey(record.id), record);
      this.#announce({ kind: 'saved', id: record.id, revision: record.revision });
      return { ok: true, record };
    } catch (error) {
      return fault(error);
    }
  }

  /**
   * Saves each scenario as a new record (a library file), in one transaction: all of them or none, and
   * one notice to other tabs. Names are made unique against every record and each other ("Name (2)"),
   * read in the same transaction, so a save in another tab meanwhile cannot clash; nothing stored is
   * overwritten. `onProgress` hears how many have been written.
   */
  async addMany(
    list: readonly { scenario: Scenario; presetId: string | null }[],
    { onProgress }: { onProgress?: (written: number) => void } = {},
  ): Promise<AddManyResult> {
    const scenarios: Scenario[] = [];
    for (const { scenario } of list) {
      const restored = restoreScenario(scenario);
      if (!restored.ok) return invalid(restored.errors);
      scenarios.push(restored.scenario);
    }
    if (this.#store.addMany === undefined) return fault(new Error('this store cannot add many records'));
    // Set inside the transaction; a holder, so the compiler does not assume it unchanged.
    const outcome: { records: LibraryRecord[] } = { records: [] };
    try {
      await this.#store.addMany((current) => {
        const usedKeys = new Set(current.map(([key]) => key));
        const names = uniqueNames(
          scenarios.map((scenario) => scenario.name),
          current.flatMap(([key, stored]) =>
            key.startsWith(RECORD_KEY_PREFIX) ? [storedName(key.slice(RECORD_KEY_PREFIX.length), stored)] : [],
          ),
        );
        // A millisecond apart, in the file's order, as if saved one after another: every tab lists them alike.
        const at = this.#now().getTime();
        outcome.records = scenarios.map((scenario, index) => {
          const id = this.#freshId(usedKeys);
          usedKeys.add(recordKey(id));
          const name = names[index]!;
          const updatedAt = new Date(at + index).toISOString();
          return {
            id,
            name,
            presetId: list[index]!.presetId,
            updatedAt,
            version: SCENARIO_VERSION,
            scenario: { ...scenario, name },
            revision: 1,
          };
        });
        return outcome.records.map((record) => [recordKey(record.id), record]);
      }, onProgress);
    } catch (error) {
      return fault(error);
    }
    if (outcome.records.length > 0) this.#announce({ kind: 'imported', count: outcome.records.length });
    return { ok: true, records: outcome.records };
  }

  /** Saves over a record, only if it is still at `expectedRevision`; otherwise a conflict and no write. */
  async update(id: string, scenario: Scenario, { expectedRevision }: { expectedRevision: number }): Promise<UpdateResult> {
    const restored = restoreScenario(scenario);
    if (!restored.ok) return invalid(restored.errors);
    return this.#change(id, expectedRevision, (current, names) => {
      const name = restored.scenario.name === current.name ? current.name : uniqueName(restored.scenario.name, names);
      return { ...restored.scenario, name };
    });
  }

  /** Renames a record (a name in use by another gets " (2)"); `expectedRevision` guards as in `update`. */
  async rename(id: string, name: string, { expectedRevision }: { expectedRevision?: number } = {}): Promise<UpdateResult> {
    return this.#change(id, expectedRevision, (current, names) => ({ ...current.scenario, name: uniqueName(name, names) }));
  }

  /** A copy of a record under a new id, named "Name (2)". */
  async duplicate(id: string): Promise<DuplicateResult> {
    const original = await this.get(id);
    if (!original.ok) return original;
    const { record } = original;
    return this.save({ scenario: record.scenario, presetId: record.presetId, name: record.name });
  }

  /** Deletes a record and hands it back, exactly as stored, for `undoRemove`. */
  async remove(id: string): Promise<RemoveResult> {
    let removed: RemovedRecord | undefined;
    try {
      await this.#store.update(recordKey(id), (stored) => {
        if (stored === undefined) return KEEP;
        removed = { id, name: storedName(id, stored), stored };
        return DELETE;
      });
    } catch (error) {
      return fault(error);
    }
    if (removed === undefined) return missing();
    this.#announce({ kind: 'removed', id, revision: storedRevision(removed.stored) });
    return { ok: true, removed };
  }

  /** Puts a removed record back, untouched, unless its id has been used again. */
  async undoRemove(removed: RemovedRecord): Promise<UndoRemoveResult> {
    let taken: number | undefined;
    try {
      await this.#store.update(recordKey(removed.id), (stored) => {
        if (stored === undefined) return removed.stored;
        taken = storedRevision(stored);
        return KEEP;
      });
    } catch (error) {
      return fault(error);
    }
    if (taken !== undefined) return { ok: false, reason: 'taken', revision: taken };
    this.#announce({ kind: 'saved', id: removed.id, revision: storedRevision(removed.stored) });
    return { ok: true };
  }

  /**
   * One atomic read-check-write of a record: `edit` gets the current record (migrated if older) and
   * the names of the others, and returns the scenario to store.
   */
  async #change(
    id: string,
    expectedRevision: number | undefined,
    edit: (current: LibraryRecord, otherNames: string[]) => Scenario,
  ): Promise<UpdateResult> {
    // Set inside the transaction; a holder, so the compiler does not assume it unchanged.
    const outcome: { result: UpdateResult } = { result: missing() };
    try {
      const names = await this.#names(id);
      await this.#store.update(recordKey(id), (stored) => {
        if (stored === undefined) return KEEP;
        const read = readRecord(id, stored);
        if (!read.ok) {
          outcome.result = read;
          return KEEP;
        }
        const current = read.record;
        if (expectedRevision !== undefined && current.revision !== expectedRevision) {
          outcome.result = { ok: false, reason: 'conflict', revision: current.revision };
          return KEEP;
        }
        const scenario = edit(current, names);
        const record: LibraryRecord = {
          ...current,
          name: scenario.name,
          scenario,
          version: SCENARIO_VERSION,
          updatedAt: this.#now().toISOString(),
          revision: current.revision + 1,
        };
        outcome.result = { ok: true, record };
        return record;
      });
    } catch (error) {
      return fault(error);
    }
    const { result } = outcome;
    if (result.ok) this.#announce({ kind: 'saved', id, revision: result.record.revision });
    return result;
  }

  async #records(): Promise<[string, unknown][]> {
    const all = await this.#store.entries();
    return all.flatMap(([key, stored]) =>
      typeof key === 'string' && key.startsWith(RECORD_KEY_PREFIX) ? [[key.slice(RECORD_KEY_PREFIX.length), stored]] : [],
    );
  }

  /** Names of all records (readable or not), except the one with id `except`. */
  async #names(except?: string): Promise<string[]> {
    return (await this.#records()).filter(([id]) => id !== except).map(([id, stored]) => storedName(id, stored));
  }

  /** An id whose key is not in `used` (a clash of random ids is all but impossible; the store refuses one anyway). */
  #freshId(used: ReadonlySet<string>): string {
    let id = this.#newId();
    for (let tries = 1; used.has(recordKey(id)) && tries < 100; tries += 1) id = this.#newId();
    return id;
  }

  #announce(change: LibraryChange): void {
    try {
      this.#notifier.announce(change);
    } catch {
      // Another tab missing one refresh is no reason to report a save as failed.
    }
  }
}

type Read = { ok: true; record: LibraryRecord; dropped: string[]; migratedFrom: number | null } | Newer | Invalid;

/** A stored value, read through restoreScenario. */
function readRecord(id: string, stored: unknown): Read {
  if (isStoredNewer(stored)) return newer();
  const fields = isRecord(stored) ? stored : {};
  const raw = ownValue(fields, 'scenario');
  const restored = restoreScenario(raw);
  if (!restored.ok) return invalid(restored.errors);
  const rawVersion = isRecord(raw) ? ownValue(raw, 'version') : undefined;
  const storedName = ownValue(fields, 'name');
  const name = typeof storedName === 'string' ? cutText(storedName, NAME_LENGTH) : restored.scenario.name;
  const updatedAt = ownValue(fields, 'updatedAt');
  const revision = ownValue(fields, 'revision');
  return {
    ok: true,
    record: {
      id,
      name,
      presetId: readPresetId(ownValue(fields, 'presetId')),
      updatedAt: typeof updatedAt === 'string' ? updatedAt : '',
      version: SCENARIO_VERSION,
      scenario: { ...restored.scenario, name },
      revision: isRevision(revision) ? revision : 0,
    },
    dropped: restored.dropped,
    migratedFrom: typeof rawVersion === 'number' && rawVersion < SCENARIO_VERSION ? rawVersion : null,
  };
}

function entryOf(id: string, stored: unknown): LibraryEntry {
  const read = readRecord(id, stored);
  const fields = isRecord(stored) ? stored : {};
  const updatedAt = ownValue(fields, 'updatedAt');
  if (read.ok) {
    const { record } = read;
    const status = read.migratedFrom === null ? 'current' : 'migrated';
    return { id, name: record.name, presetId: record.presetId, updatedAt: record.updatedAt, revision: record.revision, status };
  }
  return {
    id,
    name: storedName(id, stored),
    presetId: readPresetId(ownValue(fields, 'presetId')),
    updatedAt: typeof updatedAt === 'string' ? updatedAt : '',
    revision: storedRevision(stored),
    status: read.reason,
  };
}

function storedName(id: string, stored: unknown): string {
  const name = isRecord(stored) ? ownValue(stored, 'name') : undefined;
  return typeof name === 'string' ? cutText(name, NAME_LENGTH) : `Scenario ${id}`;
}

function storedRevision(stored: unknown): number {
  const revision = isRecord(stored) ? ownValue(stored, 'revision') : undefined;
  return isRevision(revision) ? revision : 0;
}

function recordKey(id: string): string {
  return RECORD_KEY_PREFIX + id;
}

function yieldToPage(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

function missing(): Missing {
  return { ok: false, reason: 'missing' };
}
