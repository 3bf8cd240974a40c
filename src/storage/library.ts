/**
 * The library of saved scenarios, and the working-scenario slots that bring a reload back to where
 * the user was. Records live in a KeyValueStore (IndexedDB, or memory when there is none).
 *
 * - Working slots: every tab writes the shared slot, which a newly opened tab starts from (the
 *   scenario last left in any tab), and its own, which brings a reload of that tab back to what it
 *   had — not to what another tab wrote since.
 *
 * - Every stored value is read through restoreScenario; every scenario written is first rebuilt by it
 *   (so a reactive proxy or an invalid scenario never reaches the store).
 * - A record written by a newer app version is reported as `newer` and never rewritten.
 * - An older record is migrated in memory when read; the stored copy is replaced only when the
 *   migrated one is saved (`update`, one atomic write), so a failed save leaves the old copy whole.
 * - `update` and `rename` take the revision the caller last saw; if another tab saved since, the
 *   result is a `conflict` and nothing is written.
 * - A record's `name` is its scenario's name; a name already used gets " (2)", " (3)"….
 * - `addMany` (a library file) adds every record in one transaction, or none, with one notice to other tabs.
 * - Nothing here throws on storage faults: each verb returns a result the UI can show.
 */
import { isNewerVersion, isRecord, ownValue } from '../model/migrations.ts';
import { restoreScenario } from '../model/restore.ts';
import { TEXT_LENGTH } from '../model/fieldRules.ts';
import { cutText } from '../model/text.ts';
import { SCENARIO_VERSION, type Scenario } from '../model/scenario.ts';
import { silentNotifier, type LibraryChange, type LibraryNotifier } from './notifier.ts';
import { DELETE, KEEP, errorName, type KeyValueStore } from './store.ts';

const RECORD_KEY_PREFIX = 'scenario:';
const WORKING_KEY = 'working';
/** a tab's own working slot is `working:<tab id>` */
const TAB_SLOT_PREFIX = `${WORKING_KEY}:`;
/** tabs' own slots kept when a new tab clears out the oldest */
export const TAB_SLOTS_KEPT = 20;
/** restoreScenario's limit on a scenario name */
const NAME_LENGTH = TEXT_LENGTH;
/** records read between two pauses that let the page draw and answer input (each takes about 0.1 ms) */
const LIST_SLICE = 100;

export const UNTITLED = 'Untitled scenario';
export const STORAGE_FULL =
  "The browser's storage for this site is full, so this was not saved. Your scenario is still open here: " +
  'delete old scenarios or free some space, then try again.';
export const STORAGE_CLOSING =
  'The browser closed the connection to your saved scenarios and reopening it did not help, so this was not saved. ' +
  'Your scenario is still open here: try again, or reload the page.';
export const storageFailed = (detail: string) =>
  `Your saved scenarios could not be reached${detail === '' ? '' : ` (${detail})`}. Your scenario is still open here: try again.`;
export const SCENARIO_MISSING = 'This saved scenario no longer exists: it may have been deleted in another tab.';
export const SCENARIO_NEWER =
  'This scenario was saved by a newer version of Payback Explorer, so it has been left as it is. ' +
  'Reload the page to get the newer app and open it.';
export const scenarioInvalid = (errors: readonly string[]) => `This saved scenario cannot be opened: ${errors.join('; ')}`;
export const scenarioConflict = (revision: number) =>
  `This scenario was saved in another tab since you opened it (it is now at revision ${revision}), so your ` +
  'changes were not saved over it. You can save your version as a copy.';
export const ID_TAKEN = 'A scenario with this id exists again, so the deleted one was not put back.';

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
export type RecordStatus = 'current' | 'migrated' | 'newer' | 'invalid';

export interface LibraryEntry {
  id: string;
  name: string;
  presetId: string | null;
  updatedAt: string;
  revision: number;
  status: RecordStatus;
}

export interface WorkingScenario {
  scenario: Scenario;
  presetId: string | null;
  /** the saved record this scenario was opened from, if any, and the revision it was opened at */
  libraryId: string | null;
  baseRevision: number | null;
}

/** A deleted record, held by the UI so `undoRemove` can put it back exactly as it was. */
export interface RemovedRecord {
  readonly id: string;
  readonly name: string;
  readonly stored: unknown;
}

export type StorageFault = { ok: false; reason: 'quota' | 'closing' | 'failed'; message: string; retryable: true };
export type Missing = { ok: false; reason: 'missing'; message: string };
export type Newer = { ok: false; reason: 'newer'; message: string };
export type Invalid = { ok: false; reason: 'invalid'; message: string; errors: string[] };
/** `revision`: the revision now stored, saved by another tab */
export type Conflict = { ok: false; reason: 'conflict'; message: string; revision: number };

export type ListResult = { ok: true; entries: LibraryEntry[] } | StorageFault;
export type GetResult =
  | { ok: true; record: LibraryRecord; dropped: string[]; migratedFrom: number | null }
  | Missing
  | Newer
  | Invalid
  | StorageFault;
export type SaveResult = { ok: true; record: LibraryRecord } | Invalid | StorageFault;
/** `records` in the order given */
export type AddManyResult = { ok: true; records: LibraryRecord[] } | Invalid | StorageFault;
export type UpdateResult = { ok: true; record: LibraryRecord } | Missing | Newer | Invalid | Conflict | StorageFault;
export type DuplicateResult = { ok: true; record: LibraryRecord } | Missing | Newer | Invalid | StorageFault;
export type RemoveResult = { ok: true; removed: RemovedRecord } | Missing | StorageFault;
export type UndoRemoveResult = { ok: true } | Conflict | StorageFault;
export type SaveWorkingResult = { ok: true } | Newer | Invalid | StorageFault;
export type LoadWorkingResult =
  | { ok: true; working: WorkingScenario | null; dropped: string[] }
  | Newer
  | Invalid
  | StorageFault;

/** The working slots a tab writes: the shared one, then its own (none without a tab). */
export function workingSlotKeys(tab: TabSlot | null): string[] {
  return tab === null ? [WORKING_KEY] : [WORKING_KEY, TAB_SLOT_PREFIX + tab.id];
}

/** A browser tab, for its own working slot. */
export interface TabSlot {
  id: string;
  /** false for a tab just opened (it has no slot of its own yet), true for a tab being reloaded */
  known: boolean;
}

/** What a tab hears: a change another tab announced, or `lost`: the database was deleted or closed under it. */
export type LibraryEvent = LibraryChange | { kind: 'lost' };

export interface LibraryOptions {
  notifier?: LibraryNotifier;
  now?: () => Date;
  newId?: () => string;
  /** this tab: without one there is only the shared working slot */
  tab?: TabSlot | null;
}

export class Library {
  readonly #store: KeyValueStore;
  readonly #notifier: LibraryNotifier;
  readonly #now: () => Date;
  readonly #newId: () => string;
  readonly #tab: TabSlot | null;
  /** the working slots this tab writes: the shared one, and its own */
  readonly #workingKeys: string[];

  constructor(
    store: KeyValueStore,
    { notifier = silentNotifier, now = () => new Date(), newId = randomId, tab = null }: LibraryOptions = {},
  ) {
    this.#store = store;
    this.#notifier = notifier;
    this.#now = now;
    this.#newId = newId;
    this.#tab = tab;
    this.#workingKeys = workingSlotKeys(tab);
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
          current.flatMap(([key, stored]) => (key.startsWith(RECORD_KEY_PREFIX) ? [storedName(key.slice(RECORD_KEY_PREFIX.length), stored)] : [])),
        );
        // A millisecond apart, in the file's order, as if saved one after another: every tab lists them alike.
        const at = this.#now().getTime();
        outcome.records = scenarios.map((scenario, index) => {
          const id = this.#freshId(usedKeys);
          usedKeys.add(recordKey(id));
          const name = names[index]!;
          const updatedAt = new Date(at + index).toISOString();
          return { id, name, presetId: list[index]!.presetId, updatedAt, version: SCENARIO_VERSION, scenario: { ...scenario, name }, revision: 1 };
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
    if (taken !== undefined) return { ok: false, reason: 'conflict', message: ID_TAKEN, revision: taken };
    this.#announce({ kind: 'saved', id: removed.id, revision: storedRevision(removed.stored) });
    return { ok: true };
  }

  /** Keeps the scenario being edited (call it debounced, and on pagehide). Never overwrites a newer app's slot. */
  async saveWorking(working: WorkingScenario): Promise<SaveWorkingResult> {
    const restored = restoreScenario(working.scenario);
    if (!restored.ok) return invalid(restored.errors);
    const stored = {
      version: SCENARIO_VERSION,
      updatedAt: this.#now().toISOString(),
      scenario: restored.scenario,
      presetId: working.presetId,
      libraryId: working.libraryId,
      baseRevision: working.baseRevision,
    };
    let newer = false;
    try {
      // both started at once: a store that writes before returning (the last-chance copy) has written both
      await Promise.all(
        this.#workingKeys.map((key) =>
          this.#store.update(key, (current) => {
            const isNewer = isStoredNewer(current);
            newer ||= isNewer;
            return isNewer ? KEEP : stored;
          }),
        ),
      );
    } catch (error) {
      return fault(error);
    }
    return newer ? newerResult() : { ok: true };
  }

  /**
   * The scenario being edited when the page last closed, or null when there is none: a reloaded tab's
   * own (or, if it never wrote one, the shared one unless `ownOnly`); a new tab's, the shared one.
   */
  async loadWorking({ ownOnly = false }: { ownOnly?: boolean } = {}): Promise<LoadWorkingResult> {
    const keys = this.#tab?.known ? this.#workingKeys.slice(1).concat(ownOnly ? [] : [WORKING_KEY]) : [WORKING_KEY];
    let stored: unknown;
    try {
      for (const key of keys) {
        stored = await this.#store.get(key);
        if (stored !== undefined) break;
      }
    } catch (error) {
      return fault(error);
    }
    return readWorkingSlot(stored);
  }

  /**
   * Clears out tabs' own working slots past the TAB_SLOTS_KEPT most recently written (never this
   * tab's, never a newer app's), so tabs long closed do not pile up. Best effort: a fault is ignored.
   */
  async pruneTabSlots(): Promise<void> {
    try {
      const own = this.#workingKeys[1];
      const slots = (await this.#store.entries())
        .filter(([key, stored]) => typeof key === 'string' && key.startsWith(TAB_SLOT_PREFIX) && key !== own && !isStoredNewer(stored))
        .map(([key, stored]) => ({ key, updatedAt: isRecord(stored) ? String(ownValue(stored, 'updatedAt') ?? '') : '' }))
        .sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0));
      for (const { key } of slots.slice(TAB_SLOTS_KEPT)) await this.#store.del(key);
    } catch {
      // a store that cannot be listed now is pruned by a later tab
    }
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
          outcome.result = { ok: false, reason: 'conflict', message: scenarioConflict(current.revision), revision: current.revision };
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

/** How uniqueName compares names: ignoring case and outer spaces. */
const foldName = (name: string) => name.trim().toLocaleLowerCase('en-GB');

/** `wanted` (trimmed), or `wanted (2)`, `(3)`… — the first not in `taken` (compared ignoring case and outer spaces). */
export function uniqueName(wanted: string, taken: Iterable<string>): string {
  const used = new Set(Array.from(taken, foldName));
  const name = wanted.trim() === '' ? UNTITLED : cutText(wanted.trim(), NAME_LENGTH);
  if (!used.has(foldName(name))) return name;
  const base = name.replace(/ \(\d+\)$/, '');
  for (let copy = 2; ; copy += 1) {
    const suffix = ` (${copy})`;
    const candidate = cutText(base, NAME_LENGTH - suffix.length) + suffix;
    if (!used.has(foldName(candidate))) return candidate;
  }
}

/** A stored working slot (or the last-chance copy of one), read through restoreScenario; `working: null` when there is none. */
export function readWorkingSlot(stored: unknown): LoadWorkingResult {
  if (stored === undefined) return { ok: true, working: null, dropped: [] };
  if (isStoredNewer(stored)) return newerResult();
  const restored = restoreScenario(isRecord(stored) ? ownValue(stored, 'scenario') : undefined);
  if (!restored.ok) return invalid(restored.errors);
  const fields = isRecord(stored) ? stored : {};
  const libraryId = ownValue(fields, 'libraryId');
  const baseRevision = ownValue(fields, 'baseRevision');
  return {
    ok: true,
    working: {
      scenario: restored.scenario,
      presetId: readPresetId(ownValue(fields, 'presetId')),
      libraryId: typeof libraryId === 'string' ? libraryId : null,
      baseRevision: isRevision(baseRevision) ? baseRevision : null,
    },
    dropped: restored.dropped,
  };
}

/**
 * uniqueName for each of `wanted` in turn, against `taken` and the names given before it, in time
 * linear in the names (uniqueName alone reads every taken name on each call). Each answer is exactly
 * uniqueName's against all of them: it is asked about only the taken names that share the wanted one's
 * stem (its folded form without " (n)"), and when its answer clashes with one outside those, about all.
 */
export function uniqueNames(wanted: readonly string[], taken: readonly string[]): string[] {
  const stem = (name: string) => foldName(name).replace(/ \(\d+\)$/, '');
  const all = [...taken];
  const used = new Set<string>();
  const byStem = new Map<string, string[]>();
  const keep = (name: string) => {
    used.add(foldName(name));
    const group = byStem.get(stem(name));
    if (group === undefined) byStem.set(stem(name), [name]);
    else group.push(name);
  };
  for (const name of taken) keep(name);
  return wanted.map((name) => {
    const near = uniqueName(name, byStem.get(stem(uniqueName(name, []))) ?? []);
    const unique = used.has(foldName(near)) ? uniqueName(name, all) : near;
    all.push(unique);
    keep(unique);
    return unique;
  });
}

type Read =
  | { ok: true; record: LibraryRecord; dropped: string[]; migratedFrom: number | null }
  | Newer
  | Invalid;

/** A stored value, read through restoreScenario. */
function readRecord(id: string, stored: unknown): Read {
  if (isStoredNewer(stored)) return newerResult();
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

/** A record (or working slot) written by a newer app: its own version, or its scenario's, is past ours. */
export function isStoredNewer(stored: unknown): boolean {
  if (!isRecord(stored)) return false;
  return isNewerVersion(stored, SCENARIO_VERSION) || isNewerVersion(ownValue(stored, 'scenario'), SCENARIO_VERSION);
}

function storedName(id: string, stored: unknown): string {
  const name = isRecord(stored) ? ownValue(stored, 'name') : undefined;
  return typeof name === 'string' ? cutText(name, NAME_LENGTH) : `Scenario ${id}`;
}

function storedRevision(stored: unknown): number {
  const revision = isRecord(stored) ? ownValue(stored, 'revision') : undefined;
  return isRevision(revision) ? revision : 0;
}

function isRevision(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

function readPresetId(value: unknown): string | null {
  return typeof value === 'string' && /^[A-Za-z0-9_-]{1,64}$/.test(value) ? value : null;
}

function recordKey(id: string): string {
  return RECORD_KEY_PREFIX + id;
}

function yieldToPage(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export function randomId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(8));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

function fault(error: unknown): StorageFault {
  const name = errorName(error);
  if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED') {
    return { ok: false, reason: 'quota', message: STORAGE_FULL, retryable: true };
  }
  if (name === 'InvalidStateError') return { ok: false, reason: 'closing', message: STORAGE_CLOSING, retryable: true };
  const detail = typeof error === 'object' && error !== null ? (error as { message?: unknown }).message : undefined;
  return { ok: false, reason: 'failed', message: storageFailed(typeof detail === 'string' ? detail : ''), retryable: true };
}

function missing(): Missing {
  return { ok: false, reason: 'missing', message: SCENARIO_MISSING };
}

function newerResult(): Newer {
  return { ok: false, reason: 'newer', message: SCENARIO_NEWER };
}

function invalid(errors: string[]): Invalid {
  return { ok: false, reason: 'invalid', message: scenarioInvalid(errors), errors };
}
