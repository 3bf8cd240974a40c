/**
 * The library as the page sees it: the list of saved scenarios, which one is on screen and whether it
 * has unsaved changes, what another tab did to it, and storage faults with a retry. The records and
 * their rules (revisions, copies on a name clash, newer versions left alone) are the storage Library's;
 * this class turns its results into what the page shows, and never loses what is on screen. Each
 * concern is a part of its own — the list (savedList), the open scenario and its conflicts (opened),
 * faults (faults), the undo (undo) and the working scenario kept for a reload (workingCopy) — and this
 * class is the one the page calls.
 */
import { DEFAULT_PRESET_ID, presetById } from '../model/presets/index.ts';
import type { Scenario } from '../model/scenario.ts';
import type { Library, LibraryEntry, LibraryEvent, LibraryRecord, RemovedRecord } from '../storage/library.ts';
import type { LastChance } from '../storage/lastChance.ts';
import { persistence, requestPersistence, type Persistence } from '../storage/persistence.ts';
import type { WorkingSlots } from '../storage/workingSlots.ts';
import { Faults, type Fault } from './faults.svelte.ts';
import {
  presetShown,
  savedAs,
  savedChanges,
  opened,
  OPENED_MIGRATED,
  droppedFields,
  renamed,
  duplicated,
  deleted,
  putBack,
  copySaved,
  added,
  nothingAdded,
  refusalMessage,
  UNSAVED_REPLACED,
  BRING_BACK,
  PREVIOUS_BACK,
} from './libraryMessages.ts';
import { Opened, type Conflict, type OpenScenario, type WasOpen, type Workbench } from './opened.svelte.ts';
import { presetStep } from './historyMessages.ts';
import { knownPreset } from './presetFor.ts';
import { SavedList } from './savedList.svelte.ts';
import { UndoOffer, type Undo } from './undo.svelte.ts';
import { WorkingCopy } from './workingCopy.ts';

/** How far `addAll` has got: `done` of the `total` scenarios written. */
export interface Adding {
  done: number;
  total: number;
}

/** Progress is shown in about this many steps, so a screen reader is not told every scenario. */
const PROGRESS_STEPS = 10;

export class LibraryState {
  readonly #library: Library;
  readonly #explorer: Workbench;
  readonly #list: SavedList;
  readonly #opened: Opened;
  readonly #faults: Faults;
  readonly #undo = new UndoOffer();
  readonly #working: WorkingCopy;
  /** why scenarios are kept in this tab only, or null when IndexedDB is there */
  readonly unavailable: string | null;

  #status = $state('');
  #persistence: Persistence | null = $state.raw(null);
  #adding: Adding | null = $state.raw(null);

  constructor(
    library: Library,
    slots: WorkingSlots,
    explorer: Workbench,
    { unavailable = null, lastChance = null }: { unavailable?: string | null; lastChance?: LastChance | null } = {},
  ) {
    this.#library = library;
    this.#explorer = explorer;
    this.unavailable = unavailable;
    this.#list = new SavedList(library);
    this.#opened = new Opened(library, explorer);
    this.#faults = new Faults(() => this.saveWorking());
    this.#working = new WorkingCopy({
      slots,
      lastChance,
      explorer,
      opened: this.#opened,
      faults: this.#faults,
      say: (message) => (this.#status = message),
    });
  }

  get entries(): readonly LibraryEntry[] {
    return this.#list.entries;
  }

  /** the list has been read at least once */
  get loaded(): boolean {
    return this.#list.loaded;
  }

  /** The saved scenario on screen, unless another preset has been chosen since. */
  get current(): OpenScenario | null {
    return this.#opened.current;
  }

  get dirty(): boolean {
    return this.#opened.dirty;
  }

  get conflict(): Conflict | null {
    return this.#opened.conflict;
  }

  get fault(): Fault | null {
    return this.#faults.fault;
  }

  /** a refusal that no retry can mend (a record from a newer app, an unreadable one, one deleted elsewhere) */
  get error(): string | null {
    return this.#faults.error;
  }

  /** the last thing done, for the polite live region */
  get status(): string {
    return this.#status;
  }

  get undo(): Undo | null {
    return this.#undo.current;
  }

  get persistence(): Persistence | null {
    return this.#persistence;
  }

  /** a library file's scenarios being added, or null */
  get adding(): Adding | null {
    return this.#adding;
  }

  /** The scenario on screen under the name it is saved as. */
  get workingScenario(): Scenario {
    return this.#opened.workingScenario;
  }

  /** Reads the list and persistence, and follows other tabs. Returns the unsubscribe. */
  start(): () => void {
    const unsubscribe = this.#library.onChange((change) => void this.#changed(change));
    void this.refresh();
    void persistence().then((p) => (this.#persistence = p));
    return unsubscribe;
  }

  async refresh(): Promise<void> {
    const failure = await this.#list.refresh();
    if (failure !== null) this.#faults.refuse(failure, () => this.refresh());
  }

  /** Saves what is on screen as a new scenario; a name in use is kept as a copy. */
  async saveAs(name: string): Promise<boolean> {
    const turn = this.#faults.begin();
    const scenario = this.#explorer.scenario;
    const result = await this.#library.save({ scenario, presetId: this.#explorer.preset.id, name });
    if (!result.ok) {
      turn.refuse(result, async () => void (await this.saveAs(name)));
      return false;
    }
    this.#opened.attach(result.record, scenario);
    this.#opened.clearConflict();
    this.#status = savedAs(result.record.name, name);
    await this.refresh();
    await this.#askPersistence();
    return true;
  }

  /** Saves over the open scenario, unless another tab saved it since: then it says so and writes nothing. */
  async saveChanges(): Promise<void> {
    const current = this.current;
    if (current === null) return;
    const turn = this.#faults.begin();
    const scenario = this.#explorer.scenario;
    const result = await this.#library.update(current.id, { ...scenario, name: current.name }, { expectedRevision: current.revision });
    if (result.ok) {
      this.#opened.attach(result.record, scenario);
      this.#status = savedChanges(result.record.name);
      await this.refresh();
      return;
    }
    if (result.reason === 'conflict') this.#opened.savedElsewhere(current.name, result.revision);
    else if (result.reason === 'missing') this.#opened.removedElsewhere(current.name);
    else turn.refuse(result, () => this.saveChanges());
  }

  /** After a conflict: keeps this tab's version as a new saved scenario; the other tab's stays as it is. */
  async saveCopy(): Promise<void> {
    const theirs = this.conflict?.name ?? this.current?.name ?? this.#explorer.scenario.name;
    if (await this.saveAs(theirs)) this.#status = copySaved(this.current?.name ?? theirs, theirs);
  }

  /** After a conflict: shows the version the other tab saved (this tab's changes can be brought back). */
  async showTheirs(): Promise<void> {
    const id = this.#opened.tiedTo?.id;
    if (id !== undefined) await this.open(id);
  }

  async open(id: string): Promise<void> {
    const turn = this.#faults.begin();
    const got = await this.#library.get(id);
    if (!got.ok) return turn.refuse(got, () => this.open(id));
    const notes = [got.migratedFrom === null ? '' : OPENED_MIGRATED, got.dropped.length > 0 ? droppedFields(got.dropped) : ''];
    this.show(got.record.scenario, got.record.presetId, [opened(got.record.name), ...notes].filter(Boolean).join(' '), got.record);
  }

  /**
   * Puts a scenario on screen — opened from the library (`record`) or from a link or file (unsaved), its undo
   * history starting afresh; or a preset, an undoable `step`. When what it replaces had unsaved changes, the
   * undo brings that back.
   */
  show(scenario: Scenario, presetId: string | null | undefined, message: string, record: LibraryRecord | null = null, step?: string): void {
    const before = this.#opened.snapshot();
    const unsaved = this.#opened.unsaved;
    this.#explorer.replace(scenario, knownPreset(presetId), step === undefined ? 'fresh' : { step });
    if (record === null) this.#opened.detach();
    else this.#opened.attach(record, this.#explorer.scenario);
    this.#opened.clearConflict();
    this.#status = message;
    this.#undo.offer(
      unsaved
        ? {
            message: UNSAVED_REPLACED,
            label: BRING_BACK,
            run: async () => {
              this.#opened.restore(before);
              this.#status = PREVIOUS_BACK;
            },
          }
        : null,
    );
  }

  /** Puts a preset on screen, as the preset picker does; unsaved changes it replaces can be brought back. */
  choosePreset(id: string): void {
    const preset = presetById(id);
    if (!preset) return;
    this.show(preset.scenario, preset.id, presetShown(preset.title), null, presetStep(this.#explorer.preset.id, preset));
  }

  async rename(id: string, name: string): Promise<void> {
    const turn = this.#faults.begin();
    const revision = this.#list.find(id)?.revision;
    const result = await this.#library.rename(id, name, { expectedRevision: revision });
    if (!result.ok) {
      await this.refresh();
      return turn.refuse(result, () => this.rename(id, name));
    }
    this.#opened.renamed(id, revision, result.record);
    this.#status = renamed(result.record.name);
    await this.refresh();
  }

  async duplicate(id: string): Promise<void> {
    const turn = this.#faults.begin();
    const result = await this.#library.duplicate(id);
    if (!result.ok) return turn.refuse(result, () => this.duplicate(id));
    this.#status = duplicated(result.record.name);
    await this.refresh();
  }

  /** Deletes a saved scenario; the undo puts it back exactly as it was. What is on screen stays. */
  async remove(id: string): Promise<void> {
    const turn = this.#faults.begin();
    const result = await this.#library.remove(id);
    if (!result.ok) return turn.refuse(result, () => this.remove(id));
    const { removed } = result;
    const wasOpen = this.#opened.letGo(id);
    // The list first: the deleted row's buttons are gone before the undo takes the focus.
    await this.refresh();
    this.#status = deleted(removed.name);
    this.#undo.offer({ message: deleted(removed.name), label: 'Undo', run: () => this.#undoRemove(removed, wasOpen) });
  }

  /**
   * Saves scenarios read from a library file, each as a new one (names in use are kept as copies): all
   * of them or, on a fault, none. `adding` shows the progress meanwhile.
   */
  async addAll(list: readonly { scenario: Scenario; presetId: string | null }[]): Promise<void> {
    const turn = this.#faults.begin();
    const total = list.length;
    const step = Math.max(1, Math.ceil(total / PROGRESS_STEPS));
    this.#adding = { done: 0, total };
    const result = await this.#library.addMany(list, {
      onProgress: (done) => {
        if (done % step === 0 || done === total) this.#adding = { done, total };
      },
    });
    this.#adding = null;
    if (!result.ok) {
      const message = refusalMessage(result);
      const retry = () => this.addAll(list);
      return turn.refuse(result, retry, 'action', result.reason === 'invalid' ? message : `${message} ${nothingAdded(total)}`);
    }
    this.#status = added(result.records.map((record) => record.name));
    await this.refresh();
    await this.#askPersistence();
  }

  /** One saved scenario, read through the library's door (restoreScenario), for a comparison; null when it cannot be read. */
  async read(id: string): Promise<LibraryRecord | null> {
    const got = await this.#library.get(id);
    return got.ok ? got.record : null;
  }

  /** Every saved scenario that this version can read, for a library file. */
  async records(): Promise<LibraryRecord[]> {
    const listed = await this.#library.list();
    if (!listed.ok) {
      this.#faults.refuse(listed, async () => {});
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
  saveWorking(write: { leaving?: boolean } = {}): Promise<void> {
    return this.#working.save(write);
  }

  /** Writes the last-chance copy of the working scenario before returning: the page is being hidden or left. */
  keepNow(): void {
    this.#working.keepNow();
  }

  /**
   * The scenario on screen could not be drawn (the page's error boundary caught it): from now on it is
   * never written, and the default scenario takes its place in the working slots — the last-chance copy
   * at once — so the next load does not bring it back. Saved scenarios are not touched.
   */
  abandonWorking(): Promise<void> {
    return this.#working.abandon();
  }

  /** After abandonWorking: the default scenario on screen, unsaved and tied to no saved one; writing resumes. */
  openDefault(): void {
    const preset = presetById(DEFAULT_PRESET_ID)!;
    this.#explorer.replace(preset.scenario, preset.id);
    this.#opened.detach();
    this.#opened.clearConflict();
    this.#undo.dismiss();
    this.#working.resume();
  }

  /** Puts back the scenario that was on screen when the page last closed, still tied to the saved one it came from. */
  restoreWorking(): Promise<void> {
    return this.#working.restore();
  }

  dismissError(): void {
    this.#faults.dismissError();
  }

  dismissFault(): void {
    this.#faults.dismissFault();
  }

  dismissUndo(): void {
    this.#undo.dismiss();
  }

  runUndo(): Promise<void> {
    return this.#undo.run();
  }

  async #changed(change: LibraryEvent): Promise<void> {
    await this.refresh();
    const said = await this.#opened.follow(change);
    if (said !== null) this.#status = said;
  }

  async #undoRemove(removed: RemovedRecord, wasOpen: WasOpen | null): Promise<void> {
    const result = await this.#library.undoRemove(removed);
    if (!result.ok) return this.#faults.refuse(result, () => this.#undoRemove(removed, wasOpen));
    if (wasOpen !== null) this.#opened.takeBack(wasOpen);
    this.#status = putBack(removed.name);
    await this.refresh();
  }

  async #askPersistence(): Promise<void> {
    if (this.unavailable !== null || this.#persistence?.supported === false) return;
    if (this.#persistence?.supported && this.#persistence.persisted) return;
    this.#persistence = await requestPersistence();
  }
}
