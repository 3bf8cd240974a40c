/**
 * The library as the page sees it: the list of saved scenarios, which one is on screen and whether it
 * has unsaved changes, what another tab did to it, and storage faults with a retry. The records and
 * their rules (revisions, copies on a name clash, newer versions left alone) are the storage Library's;
 * this class turns its results into what the page shows, and never loses what is on screen.
 */
import { DEFAULT_PRESET_ID, presetById } from '../model/presets/index.ts';
import type { Scenario } from '../model/scenario.ts';
import type { Library, LibraryEntry, LibraryEvent, LibraryRecord, LoadWorkingResult, RemovedRecord, WorkingScenario } from '../storage/library.ts';
import { persistence, requestPersistence, type Persistence } from '../storage/persistence.ts';
import type { CopyResult, LastChance } from '../storage/lastChance.ts';
import {
  presetShown,
  savedAs,
  savedChanges,
  opened,
  OPENED_MIGRATED,
  droppedFields,
  followed,
  renamed,
  duplicated,
  deleted,
  putBack,
  copySaved,
  added,
  nothingAdded,
  UNSAVED_REPLACED,
  BRING_BACK,
  PREVIOUS_BACK,
  WORKING_NEWER,
  workingInvalid,
  WORKING_DELETED,
  QUICK_COPY_FAILED,
} from './libraryMessages.ts';
import { knownPreset } from './presetFor.ts';

/** What the library needs of the explorer: the scenario on screen, its preset, and a way to put another in place. */
export interface Workbench {
  readonly scenario: Scenario;
  readonly preset: { readonly id: string; readonly scenario: Scenario };
  replace(scenario: Scenario, presetId?: string): void;
}

/** The saved scenario the one on screen was opened from, or last saved as. */
export interface OpenScenario {
  id: string;
  name: string;
  /** the record's revision when opened or last saved here */
  revision: number;
  /** the preset on screen then: choosing another preset starts a new, unsaved scenario */
  presetId: string;
}

export type Conflict =
  /** another tab saved the open scenario while this tab had unsaved changes */
  | { kind: 'saved'; name: string; revision: number }
  /** the open scenario was deleted in another tab */
  | { kind: 'removed'; name: string };

/** A storage fault: nothing on screen is lost; `retry` runs the same action again. */
export interface Fault {
  message: string;
  retry: () => Promise<void>;
  /**
   * 'working' faults clear themselves when a later autosave succeeds; 'copy' ones (the quick copy a
   * reload reads was not kept) when a later quick copy is kept
   */
  source: 'working' | 'copy' | 'action';
}

/** A fault never hides one of a higher rank: a failed save the user asked for, then a failed autosave. */
const FAULT_RANK: Readonly<Record<Fault['source'], number>> = { copy: 0, working: 1, action: 2 };

/** How far `addAll` has got: `done` of the `total` scenarios written. */
export interface Adding {
  done: number;
  total: number;
}

/** Progress is shown in about this many steps, so a screen reader is not told every scenario. */
const PROGRESS_STEPS = 10;

export interface Undo {
  message: string;
  label: string;
  run: () => Promise<void>;
}

type Failure = { ok: false; reason: string; message: string; retryable?: true };

interface Snapshot {
  scenario: Scenario;
  presetId: string;
  open: OpenScenario | null;
  saved: Scenario | null;
}

export class LibraryState {
  readonly #library: Library;
  readonly #explorer: Workbench;
  readonly #lastChance: LastChance | null;
  /** why scenarios are kept in this tab only, or null when IndexedDB is there */
  readonly unavailable: string | null;

  entries: readonly LibraryEntry[] = $state.raw([]);
  /** the list has been read at least once */
  loaded = $state(false);
  conflict: Conflict | null = $state.raw(null);
  fault: Fault | null = $state.raw(null);
  /** a refusal that no retry can mend (a record from a newer app, an unreadable one, one deleted elsewhere) */
  error: string | null = $state(null);
  /** the last thing done, for the polite live region */
  status = $state('');
  undo: Undo | null = $state.raw(null);
  persistence: Persistence | null = $state.raw(null);
  /** a library file's scenarios being added, or null */
  adding: Adding | null = $state.raw(null);

  /** the scenario on screen could not be drawn: it is not written anywhere until another is put in place */
  #abandoned = false;

  /** list reads started, and the one whose entries are shown */
  #reads = 0;
  #shownRead = 0;
  #open: OpenScenario | null = $state.raw(null);
  /** the scenario as opened or last saved: unsaved changes are any other scenario on screen */
  #saved: Scenario | null = $state.raw(null);

  /** The saved scenario on screen, unless another preset has been chosen since. */
  readonly current: OpenScenario | null = $derived.by(() => {
    const open = this.#open;
    return open !== null && open.presetId === this.#explorer.preset.id ? open : null;
  });
  readonly dirty: boolean = $derived.by(() => this.current !== null && this.#saved !== this.#explorer.scenario);

  constructor(
    library: Library,
    explorer: Workbench,
    { unavailable = null, lastChance = null }: { unavailable?: string | null; lastChance?: LastChance | null } = {},
  ) {
    this.#library = library;
    this.#explorer = explorer;
    this.unavailable = unavailable;
    this.#lastChance = lastChance;
  }

  /** The scenario on screen under the name it is saved as. */
  get workingScenario(): Scenario {
    const scenario = this.#explorer.scenario;
    const current = this.current;
    return current === null || current.name === scenario.name ? scenario : { ...scenario, name: current.name };
  }

  /** Reads the list and persistence, and follows other tabs. Returns the unsubscribe. */
  start(): () => void {
    const unsubscribe = this.#library.onChange((change) => void this.#changed(change));
    void this.refresh();
    void persistence().then((p) => (this.persistence = p));
    return unsubscribe;
  }

  async refresh(): Promise<void> {
    const read = ++this.#reads;
    const listed = await this.#library.list();
    // A list read before one already shown is out of date (reading a long list takes several tasks).
    if (read < this.#shownRead) return;
    if (!listed.ok) return this.#refuse(listed, () => this.refresh());
    this.#shownRead = read;
    this.entries = listed.entries;
    this.loaded = true;
  }

  /** Saves what is on screen as a new scenario; a name in use is kept as a copy. */
  async saveAs(name: string): Promise<boolean> {
    this.error = null;
    const scenario = this.#explorer.scenario;
    const result = await this.#library.save({ scenario, presetId: this.#explorer.preset.id, name });
    if (!result.ok) {
      this.#refuse(result, async () => void (await this.saveAs(name)));
      return false;
    }
    this.#attach(result.record, scenario);
    this.conflict = null;
    this.status = savedAs(result.record.name, name);
    await this.refresh();
    await this.#askPersistence();
    return true;
  }

  /** Saves over the open scenario, unless another tab saved it since: then it says so and writes nothing. */
  async saveChanges(): Promise<void> {
    const current = this.current;
    if (current === null) return;
    this.error = null;
    const scenario = this.#explorer.scenario;
    const result = await this.#library.update(current.id, { ...scenario, name: current.name }, { expectedRevision: current.revision });
    if (result.ok) {
      this.#attach(result.record, scenario);
      this.status = savedChanges(result.record.name);
      await this.refresh();
      return;
    }
    if (result.reason === 'conflict') this.conflict = { kind: 'saved', name: current.name, revision: result.revision };
    else if (result.reason === 'missing') this.conflict = { kind: 'removed', name: current.name };
    else this.#refuse(result, () => this.saveChanges());
  }

  /** After a conflict: keeps this tab's version as a new saved scenario; the other tab's stays as it is. */
  async saveCopy(): Promise<void> {
    const theirs = this.conflict?.name ?? this.current?.name ?? this.#explorer.scenario.name;
    if (await this.saveAs(theirs)) this.status = copySaved(this.current?.name ?? theirs, theirs);
  }

  /** After a conflict: shows the version the other tab saved (this tab's changes can be brought back). */
  async showTheirs(): Promise<void> {
    const id = this.#open?.id;
    if (id !== undefined) await this.open(id);
  }

  async open(id: string): Promise<void> {
    this.error = null;
    const got = await this.#library.get(id);
    if (!got.ok) return this.#refuse(got, () => this.open(id));
    const notes = [got.migratedFrom === null ? '' : OPENED_MIGRATED, got.dropped.length > 0 ? droppedFields(got.dropped) : ''];
    this.show(got.record.scenario, got.record.presetId, [opened(got.record.name), ...notes].filter(Boolean).join(' '), got.record);
  }

  /**
   * Puts a scenario on screen — opened from the library (`record`) or from a link or file (unsaved). When
   * what it replaces had unsaved changes, the undo brings that back.
   */
  show(scenario: Scenario, presetId: string | null | undefined, message: string, record: LibraryRecord | null = null): void {
    const before = this.#snapshot();
    const unsaved = this.#hasUnsavedWork();
    this.#explorer.replace(scenario, knownPreset(presetId));
    if (record === null) {
      this.#open = null;
      this.#saved = null;
    } else this.#attach(record, this.#explorer.scenario);
    this.conflict = null;
    this.status = message;
    this.undo = unsaved ? { message: UNSAVED_REPLACED, label: BRING_BACK, run: async () => this.#putBack(before) } : null;
  }

  /** Puts a preset on screen, as the preset picker does; unsaved changes it replaces can be brought back. */
  choosePreset(id: string): void {
    const preset = presetById(id);
    if (!preset) return;
    this.show(preset.scenario, preset.id, presetShown(preset.title));
  }

  async rename(id: string, name: string): Promise<void> {
    this.error = null;
    const entry = this.entries.find((e) => e.id === id);
    const result = await this.#library.rename(id, name, { expectedRevision: entry?.revision });
    if (!result.ok) {
      await this.refresh();
      return this.#refuse(result, () => this.rename(id, name));
    }
    const open = this.#open;
    if (open !== null && open.id === id && open.revision === entry?.revision) {
      this.#open = { ...open, name: result.record.name, revision: result.record.revision };
    }
    this.status = renamed(result.record.name);
    await this.refresh();
  }

  async duplicate(id: string): Promise<void> {
    this.error = null;
    const result = await this.#library.duplicate(id);
    if (!result.ok) return this.#refuse(result, () => this.duplicate(id));
    this.status = duplicated(result.record.name);
    await this.refresh();
  }

  /** Deletes a saved scenario; the undo puts it back exactly as it was. What is on screen stays. */
  async remove(id: string): Promise<void> {
    this.error = null;
    const result = await this.#library.remove(id);
    if (!result.ok) return this.#refuse(result, () => this.remove(id));
    const { removed } = result;
    const wasOpen = this.#open !== null && this.#open.id === id ? { open: this.#open, saved: this.#saved } : null;
    if (wasOpen !== null) {
      // Still on screen, unsaved, under the name it had.
      const scenario = this.workingScenario;
      if (scenario !== this.#explorer.scenario) this.#explorer.replace(scenario);
      this.#open = null;
    }
    // The list first: the deleted row's buttons are gone before the undo takes the focus.
    await this.refresh();
    this.status = deleted(removed.name);
    this.undo = { message: deleted(removed.name), label: 'Undo', run: () => this.#undoRemove(removed, wasOpen) };
  }

  /**
   * Saves scenarios read from a library file, each as a new one (names in use are kept as copies): all
   * of them or, on a fault, none. `adding` shows the progress meanwhile.
   */
  async addAll(list: readonly { scenario: Scenario; presetId: string | null }[]): Promise<void> {
    this.error = null;
    const total = list.length;
    const step = Math.max(1, Math.ceil(total / PROGRESS_STEPS));
    this.adding = { done: 0, total };
    const result = await this.#library.addMany(list, {
      onProgress: (done) => {
        if (done % step === 0 || done === total) this.adding = { done, total };
      },
    });
    this.adding = null;
    if (!result.ok) {
      const message = result.reason === 'invalid' ? result.message : `${result.message} ${nothingAdded(total)}`;
      return this.#refuse({ ...result, message }, () => this.addAll(list));
    }
    this.status = added(result.records.map((record) => record.name));
    await this.refresh();
    await this.#askPersistence();
  }

  /** Every saved scenario that this version can read, for a library file. */
  async records(): Promise<LibraryRecord[]> {
    const listed = await this.#library.list();
    if (!listed.ok) {
      this.#refuse(listed, async () => {});
      return [];
    }
    const records: LibraryRecord[] = [];
    for (const entry of listed.entries) {
      const got = await this.#library.get(entry.id);
      if (got.ok) records.push(got.record);
    }
    return records;
  }

  /** Writes the working scenario, so a reload comes back here (Autosave calls it). */
  async saveWorking(): Promise<void> {
    if (this.#abandoned) return;
    const working = this.#working();
    // The quick copy too, so a browser that cannot keep it is found out now, not by a reload that loses an edit.
    const copy = this.#lastChance?.write(working) ?? null;
    const result = await this.#library.saveWorking(working);
    if (result.ok) {
      if (copy !== null) this.#lastChance?.clear(copy.mark);
      if (this.fault?.source === 'working') this.fault = null;
    } else if (result.reason === 'newer') this.error = WORKING_NEWER;
    else this.#refuse(result, () => this.saveWorking(), 'working');
    this.#copied(copy);
  }

  /** Writes the last-chance copy of the working scenario before returning: the page is being hidden or left. */
  keepNow(): void {
    if (!this.#abandoned) this.#copied(this.#lastChance?.write(this.#working()) ?? null);
  }

  /**
   * The scenario on screen could not be drawn (the page's error boundary caught it): from now on it is
   * never written, and the default scenario takes its place in the working slots — the last-chance copy
   * at once — so the next load does not bring it back. Saved scenarios are not touched.
   */
  async abandonWorking(): Promise<void> {
    this.#abandoned = true;
    const preset = presetById(DEFAULT_PRESET_ID)!;
    const fallback: WorkingScenario = { scenario: preset.scenario, presetId: preset.id, libraryId: null, baseRevision: null };
    this.#lastChance?.write(fallback);
    await this.#library.saveWorking(fallback);
  }

  /** After abandonWorking: the default scenario on screen, unsaved and tied to no saved one; writing resumes. */
  openDefault(): void {
    const preset = presetById(DEFAULT_PRESET_ID)!;
    this.#explorer.replace(preset.scenario, preset.id);
    this.#open = null;
    this.#saved = null;
    this.conflict = null;
    this.undo = null;
    this.#abandoned = false;
  }

  /** Puts back the scenario that was on screen when the page last closed, still tied to the saved one it came from. */
  async restoreWorking(): Promise<void> {
    const copy = await this.#lastChance?.load();
    if (copy?.ok === false && copy.reason === 'newer') this.error = WORKING_NEWER;
    const fromCopy = copy?.ok === true && copy.working !== null;
    const loaded: LoadWorkingResult = fromCopy ? copy : await this.#library.loadWorking();
    await this.#restore(loaded);
    // The copy was written when the page was left, after the last write that reached IndexedDB.
    if (fromCopy) await this.saveWorking();
  }

  /** Says at once when the quick copy was not kept; a later one that is kept takes that back. */
  #copied(copy: CopyResult | null): void {
    // An invalid scenario is refused by the autosave too, which says why.
    if (copy === null || (!copy.ok && copy.reason === 'invalid')) return;
    if (copy.ok) {
      if (this.fault?.source === 'copy') this.fault = null;
    } else if (copy.reason === 'newer') this.error = WORKING_NEWER;
    else this.#refuse({ ok: false, reason: copy.reason, message: QUICK_COPY_FAILED, retryable: true }, () => this.saveWorking(), 'copy');
  }

  async #restore(loaded: LoadWorkingResult): Promise<void> {
    if (!loaded.ok) {
      if (loaded.reason === 'newer') this.error = WORKING_NEWER;
      else if (loaded.reason === 'invalid') this.error = workingInvalid(loaded.errors);
      else this.#refuse(loaded, () => this.restoreWorking());
      return;
    }
    const { working } = loaded;
    if (working === null) return;
    this.#explorer.replace(working.scenario, knownPreset(working.presetId));
    if (working.libraryId === null || working.baseRevision === null) return;
    const scenario = this.#explorer.scenario;
    this.#open = { id: working.libraryId, name: scenario.name, revision: working.baseRevision, presetId: this.#explorer.preset.id };
    this.#saved = null;
    const got = await this.#library.get(working.libraryId);
    if (got.ok) {
      const { record } = got;
      if (sameContent(record.scenario, scenario)) this.#attach(record, scenario);
      // Saved elsewhere since, and this version differs: say so before anything is saved over it.
      else if (record.revision !== working.baseRevision) this.conflict = { kind: 'saved', name: record.name, revision: record.revision };
    } else if (got.reason === 'missing') {
      this.#open = null;
      this.status = WORKING_DELETED;
    }
  }

  dismissError(): void {
    this.error = null;
  }

  dismissFault(): void {
    this.fault = null;
  }

  dismissUndo(): void {
    this.undo = null;
  }

  async runUndo(): Promise<void> {
    const undo = this.undo;
    this.undo = null;
    await undo?.run();
  }

  async #changed(change: LibraryEvent): Promise<void> {
    await this.refresh();
    const open = this.#open;
    // Records imported elsewhere are all new: none is the one open here.
    if (open === null || change.kind === 'imported') return;
    // The database was deleted or closed under this tab: the open record may be gone with it.
    if (change.kind === 'lost') return this.#catchUp();
    if (change.id !== open.id) return;
    if (change.kind === 'removed') {
      this.conflict = { kind: 'removed', name: open.name };
    } else if (change.revision === open.revision) {
      // Put back by an undo in another tab: as it was when this tab opened it.
      if (this.conflict?.kind === 'removed') this.conflict = null;
    } else await this.#catchUp();
  }

  /** The open scenario was saved elsewhere: follow it when nothing here would be lost, else say so. */
  async #catchUp(): Promise<void> {
    const open = this.#open;
    if (open === null) return;
    const got = await this.#library.get(open.id);
    if (!got.ok) {
      if (got.reason === 'missing') this.conflict = { kind: 'removed', name: open.name };
      return;
    }
    const { record } = got;
    if (record.revision === open.revision || this.#open !== open) return;
    if (this.#saved !== null && sameContent(record.scenario, this.#saved)) {
      // Only its name changed there; this tab's own changes, if any, stay.
      this.#open = { ...open, name: record.name, revision: record.revision };
    } else if (!this.dirty && this.#saved !== null) {
      this.#explorer.replace(record.scenario);
      this.#attach(record, this.#explorer.scenario);
      this.status = followed(record.name);
    } else {
      this.conflict = { kind: 'saved', name: record.name, revision: record.revision };
    }
  }

  async #undoRemove(removed: RemovedRecord, wasOpen: { open: OpenScenario; saved: Scenario | null } | null): Promise<void> {
    const result = await this.#library.undoRemove(removed);
    if (!result.ok) return this.#refuse(result, () => this.#undoRemove(removed, wasOpen));
    if (wasOpen !== null && this.#open === null) {
      const { saved } = wasOpen;
      const onScreen = this.#explorer.scenario;
      this.#open = wasOpen.open;
      this.#saved = saved !== null && sameContent(saved, onScreen) ? onScreen : saved;
    }
    this.status = putBack(removed.name);
    await this.refresh();
  }

  #working(): WorkingScenario {
    const current = this.current;
    return {
      scenario: this.workingScenario,
      presetId: this.#explorer.preset.id,
      libraryId: current?.id ?? null,
      baseRevision: current?.revision ?? null,
    };
  }

  #attach(record: LibraryRecord, scenario: Scenario): void {
    this.#open = { id: record.id, name: record.name, revision: record.revision, presetId: this.#explorer.preset.id };
    this.#saved = scenario;
  }

  #snapshot(): Snapshot {
    return { scenario: this.#explorer.scenario, presetId: this.#explorer.preset.id, open: this.#open, saved: this.#saved };
  }

  #putBack(snapshot: Snapshot): void {
    this.#explorer.replace(snapshot.scenario, snapshot.presetId);
    this.#open = snapshot.open;
    this.#saved = snapshot.saved;
    this.conflict = null;
    this.status = PREVIOUS_BACK;
  }

  /** Changes that are in no saved scenario: edits to an open one, or anything but an untouched preset. */
  #hasUnsavedWork(): boolean {
    return this.current !== null ? this.dirty : this.#explorer.scenario !== this.#explorer.preset.scenario;
  }

  async #askPersistence(): Promise<void> {
    if (this.unavailable !== null || this.persistence?.supported === false) return;
    if (this.persistence?.supported && this.persistence.persisted) return;
    this.persistence = await requestPersistence();
  }

  #refuse(result: Failure, retry: () => Promise<void>, source: Fault['source'] = 'action'): void {
    if (!result.retryable) {
      this.error = result.message;
      return;
    }
    // A failed save's retry writes the working scenario too, and the autosave's the quick copy.
    if (this.fault !== null && FAULT_RANK[source] < FAULT_RANK[this.fault.source]) return;
    this.fault = {
      message: result.message,
      source,
      retry: async () => {
        this.fault = null;
        await retry();
        if (source === 'action' && this.fault === null) await this.saveWorking();
      },
    };
  }
}

/** Two scenarios equal in everything but their names. */
function sameContent(a: Scenario, b: Scenario): boolean {
  return JSON.stringify({ ...a, name: '' }) === JSON.stringify({ ...b, name: '' });
}
