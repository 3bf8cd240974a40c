/**
 * Which saved scenario is on screen: the one it was opened from or last saved as, that record's revision,
 * the scenario as it was then (any other on screen is an unsaved change), and what another tab did to
 * it since — followed when nothing here would be lost, else a conflict the page shows.
 */
import type { Scenario } from '../model/scenario.ts';
import type { Library, LibraryEvent, LibraryRecord } from '../storage/library.ts';
import type { WorkingScenario } from '../storage/workingSlots.ts';
import { WORKING_DELETED, followed } from './libraryMessages.ts';
import { knownPreset } from './presetFor.ts';
import type { Companion, Replacement } from './explorer.svelte.ts';
import { BROUGHT_BACK } from './historyMessages.ts';

/**
 * What the library needs of the explorer: the scenario on screen, its preset, a way to put another in place
 * (a fresh one by default: its undo history starts there), and its undo keeping the tie to a saved scenario.
 */
export interface Workbench {
  readonly scenario: Scenario;
  readonly preset: { readonly id: string; readonly scenario: Scenario };
  replace(scenario: Scenario, presetId?: string, how?: Replacement): void;
  keepWith?(companion: Companion<Tie>): void;
}

/** Which saved scenario the one on screen is tied to, and as what it was saved. */
interface Tie {
  open: OpenScenario | null;
  saved: Scenario | null;
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

/** The open scenario as it was, to put back: after a delete is undone. */
export interface WasOpen {
  open: OpenScenario;
  saved: Scenario | null;
}

/** What was on screen, to put back: after an undo of what replaced it. */
interface Snapshot {
  scenario: Scenario;
  presetId: string;
  open: OpenScenario | null;
  saved: Scenario | null;
}

export class Opened {
  readonly #library: Library;
  readonly #explorer: Workbench;
  #open: OpenScenario | null = $state.raw(null);
  /** the scenario as opened or last saved: unsaved changes are any other scenario on screen */
  #saved: Scenario | null = $state.raw(null);
  #conflict: Conflict | null = $state.raw(null);

  /** The saved scenario on screen, unless another preset has been chosen since. */
  readonly #current: OpenScenario | null = $derived.by(() => {
    const open = this.#open;
    return open !== null && open.presetId === this.#explorer.preset.id ? open : null;
  });
  readonly #dirty: boolean = $derived.by(() => this.#current !== null && this.#saved !== this.#explorer.scenario);

  constructor(library: Library, explorer: Workbench) {
    this.#library = library;
    this.#explorer = explorer;
    explorer.keepWith?.({ capture: () => ({ open: this.#open, saved: this.#saved }), restore: (tie) => this.#untie(tie) });
  }

  get current(): OpenScenario | null {
    return this.#current;
  }

  get dirty(): boolean {
    return this.#dirty;
  }

  /** the saved scenario this tab is tied to, whichever preset is on screen now */
  get tiedTo(): OpenScenario | null {
    return this.#open;
  }

  get conflict(): Conflict | null {
    return this.#conflict;
  }

  /** The scenario on screen under the name it is saved as. */
  get workingScenario(): Scenario {
    const scenario = this.#explorer.scenario;
    const current = this.#current;
    return current === null || current.name === scenario.name ? scenario : { ...scenario, name: current.name };
  }

  /** Changes that are in no saved scenario: edits to an open one, or anything but an untouched preset. */
  get unsaved(): boolean {
    return this.#current !== null ? this.#dirty : this.#explorer.scenario !== this.#explorer.preset.scenario;
  }

  /** `scenario`, on screen, is now `record` as saved. */
  attach(record: LibraryRecord, scenario: Scenario): void {
    this.#open = { id: record.id, name: record.name, revision: record.revision, presetId: this.#explorer.preset.id };
    this.#saved = scenario;
  }

  /** What is on screen is tied to no saved scenario. */
  detach(): void {
    this.#open = null;
    this.#saved = null;
  }

  /** Another tab saved the open scenario since this tab opened it: nothing is saved over it until the user says. */
  savedElsewhere(name: string, revision: number): void {
    this.#conflict = { kind: 'saved', name, revision };
  }

  removedElsewhere(name: string): void {
    this.#conflict = { kind: 'removed', name };
  }

  clearConflict(): void {
    this.#conflict = null;
  }

  /** Record `id`, renamed here from `revision` to `record`: the open scenario takes the new name if it is that one, as it was. */
  renamed(id: string, revision: number | undefined, record: LibraryRecord): void {
    const open = this.#open;
    if (open !== null && open.id === id && open.revision === revision) {
      this.#open = { ...open, name: record.name, revision: record.revision };
    }
  }

  /**
   * Record `id` was deleted here: if it is the open one, it stays on screen, unsaved, under the name it
   * had. Returns how it was open, for the undo, or null when it was not.
   */
  letGo(id: string): WasOpen | null {
    const open = this.#open;
    if (open === null || open.id !== id) return null;
    const scenario = this.workingScenario;
    if (scenario !== this.#explorer.scenario) this.#explorer.replace(scenario, undefined, 'quiet');
    this.#open = null;
    return { open, saved: this.#saved };
  }

  /** The delete was undone: tied again to the record, unless another has been opened since. */
  takeBack(wasOpen: WasOpen): void {
    if (this.#open !== null) return;
    const { saved } = wasOpen;
    const onScreen = this.#explorer.scenario;
    this.#open = wasOpen.open;
    this.#saved = saved !== null && sameContent(saved, onScreen) ? onScreen : saved;
  }

  snapshot(): Snapshot {
    return { scenario: this.#explorer.scenario, presetId: this.#explorer.preset.id, open: this.#open, saved: this.#saved };
  }

  /** Puts a snapshot back on screen, tied as it was. */
  restore(snapshot: Snapshot): void {
    this.#explorer.replace(snapshot.scenario, snapshot.presetId, { step: BROUGHT_BACK });
    this.#open = snapshot.open;
    this.#saved = snapshot.saved;
    this.#conflict = null;
  }

  /**
   * Puts back the scenario on screen when the page last closed, tied again to the saved one it came
   * from — as saved, if it still is; with a conflict if that one was saved elsewhere since. Returns what
   * to tell the user, if anything.
   */
  async resume(working: WorkingScenario): Promise<string | null> {
    this.#explorer.replace(working.scenario, knownPreset(working.presetId));
    if (working.libraryId === null || working.baseRevision === null) return null;
    const scenario = this.#explorer.scenario;
    this.#open = { id: working.libraryId, name: scenario.name, revision: working.baseRevision, presetId: this.#explorer.preset.id };
    this.#saved = null;
    const got = await this.#library.get(working.libraryId);
    if (got.ok) {
      const { record } = got;
      if (sameContent(record.scenario, scenario)) this.attach(record, scenario);
      // Saved elsewhere since, and this version differs: say so before anything is saved over it.
      else if (record.revision !== working.baseRevision) this.savedElsewhere(record.name, record.revision);
    } else if (got.reason === 'missing') {
      this.#open = null;
      return WORKING_DELETED;
    }
    return null;
  }

  /** What another tab did (the list has been read again since). Returns what to tell the user, if anything. */
  async follow(change: LibraryEvent): Promise<string | null> {
    const open = this.#open;
    // Records imported elsewhere are all new: none is the one open here.
    if (open === null || change.kind === 'imported') return null;
    // The database was deleted or closed under this tab: the open record may be gone with it.
    if (change.kind === 'lost') return this.#catchUp();
    if (change.id !== open.id) return null;
    if (change.kind === 'removed') {
      this.removedElsewhere(open.name);
    } else if (change.revision === open.revision) {
      // Put back by an undo in another tab: as it was when this tab opened it.
      if (this.#conflict?.kind === 'removed') this.#conflict = null;
    } else return this.#catchUp();
    return null;
  }

  /**
   * An undo or redo put back a scenario tied then to `tie`: tied to it again if it was another saved scenario
   * (or none is tied now). A scenario tied to none stays tied to the one it is now, with unsaved changes, and
   * the same one keeps its newest revision here, so saving never goes back over a later save.
   */
  #untie(tie: Tie): void {
    const now = this.#open;
    if (tie.open === null || (now !== null && tie.open.id === now.id && now.revision >= tie.open.revision)) return;
    this.#open = tie.open;
    this.#saved = tie.saved;
    this.#conflict = null;
  }

  /** The open scenario was saved elsewhere: follow it when nothing here would be lost, else say so. */
  async #catchUp(): Promise<string | null> {
    const open = this.#open;
    if (open === null) return null;
    const got = await this.#library.get(open.id);
    if (!got.ok) {
      if (got.reason === 'missing') this.removedElsewhere(open.name);
      return null;
    }
    const { record } = got;
    if (record.revision === open.revision || this.#open !== open) return null;
    if (this.#saved !== null && sameContent(record.scenario, this.#saved)) {
      // Only its name changed there; this tab's own changes, if any, stay.
      this.#open = { ...open, name: record.name, revision: record.revision };
    } else if (!this.#dirty && this.#saved !== null) {
      this.#explorer.replace(record.scenario);
      this.attach(record, this.#explorer.scenario);
      return followed(record.name);
    } else {
      this.savedElsewhere(record.name, record.revision);
    }
    return null;
  }
}

/** Two scenarios equal in everything but their names. */
function sameContent(a: Scenario, b: Scenario): boolean {
  return JSON.stringify({ ...a, name: '' }) === JSON.stringify({ ...b, name: '' });
}
