/**
 * The working scenario kept for a reload: written by the autosave to the working slots and, before
 * returning, to the last-chance copy; put back when the page loads. Once the page could not draw the
 * scenario on screen, it is never written again until another is put in place.
 */
import { DEFAULT_PRESET_ID, presetById } from '../model/presets/index.ts';
import type { CopyResult, LastChance } from '../storage/lastChance.ts';
import type { LoadWorkingResult, WorkingScenario, WorkingSlots } from '../storage/workingSlots.ts';
import type { Faults } from './faults.svelte.ts';
import { QUICK_COPY_FAILED, WORKING_NEWER, workingInvalid } from './libraryMessages.ts';
import type { Opened, Workbench } from './opened.svelte.ts';

interface WorkingCopyParts {
  slots: WorkingSlots;
  lastChance: LastChance | null;
  explorer: Workbench;
  opened: Opened;
  faults: Faults;
  /** tells the user what happened (the polite live region) */
  say: (message: string) => void;
}

export class WorkingCopy {
  readonly #slots: WorkingSlots;
  readonly #lastChance: LastChance | null;
  readonly #explorer: Workbench;
  readonly #opened: Opened;
  readonly #faults: Faults;
  readonly #say: (message: string) => void;
  /** the scenario on screen could not be drawn: it is not written anywhere until another is put in place */
  #abandoned = false;

  constructor({ slots, lastChance, explorer, opened, faults, say }: WorkingCopyParts) {
    this.#slots = slots;
    this.#lastChance = lastChance;
    this.#explorer = explorer;
    this.#opened = opened;
    this.#faults = faults;
    this.#say = say;
  }

  /**
   * Writes the working scenario, so a reload comes back here (the autosave calls it). The last-chance
   * copy is removed once IndexedDB holds the same — but not while `leaving`: a browser closing at that
   * moment can keep the removal and lose the IndexedDB write, so the copy stays until the next load.
   */
  async save({ leaving = false }: { leaving?: boolean } = {}): Promise<void> {
    if (this.#abandoned) return;
    const working = this.#working();
    // The quick copy too, so a browser that cannot keep it is found out now, not by a reload that loses an edit.
    const copy = this.#lastChance?.write(working) ?? null;
    const result = await this.#slots.save(working);
    if (result.ok) {
      if (copy !== null && !leaving) this.#lastChance?.clear(copy.mark);
      this.#faults.cleared('working');
    } else if (result.reason === 'newer') this.#faults.fail(WORKING_NEWER);
    else this.#faults.refuse(result, () => this.save(), 'working');
    this.#copied(copy);
  }

  /** Writes the last-chance copy before returning: the page is being hidden or left. */
  keepNow(): void {
    if (!this.#abandoned) this.#copied(this.#lastChance?.write(this.#working()) ?? null);
  }

  /**
   * The scenario on screen could not be drawn: from now on it is never written, and the default
   * scenario takes its place in the working slots — the last-chance copy at once — so the next load
   * does not bring it back. Saved scenarios are not touched.
   */
  async abandon(): Promise<void> {
    this.#abandoned = true;
    const preset = presetById(DEFAULT_PRESET_ID)!;
    const fallback: WorkingScenario = { scenario: preset.scenario, presetId: preset.id, libraryId: null, baseRevision: null };
    this.#lastChance?.write(fallback);
    await this.#slots.save(fallback);
  }

  /** Another scenario is in place of the abandoned one: writing resumes. */
  resume(): void {
    this.#abandoned = false;
  }

  /** Puts back the scenario that was on screen when the page last closed, still tied to the saved one it came from. */
  async restore(): Promise<void> {
    const copy = await this.#lastChance?.load();
    if (copy?.ok === false && copy.reason === 'newer') this.#faults.fail(WORKING_NEWER);
    const fromCopy = copy?.ok === true && copy.working !== null;
    const loaded: LoadWorkingResult = fromCopy ? copy : await this.#slots.load();
    await this.#restore(loaded);
    // The copy was written when the page was left, after the last write that reached IndexedDB.
    if (fromCopy) await this.save();
  }

  async #restore(loaded: LoadWorkingResult): Promise<void> {
    if (!loaded.ok) {
      if (loaded.reason === 'newer') this.#faults.fail(WORKING_NEWER);
      else if (loaded.reason === 'invalid') this.#faults.fail(workingInvalid(loaded.errors));
      else this.#faults.refuse(loaded, () => this.restore());
      return;
    }
    if (loaded.working === null) return;
    const said = await this.#opened.resume(loaded.working);
    if (said !== null) this.#say(said);
  }

  /** Says at once when the quick copy was not kept; a later one that is kept takes that back. */
  #copied(copy: CopyResult | null): void {
    // An invalid scenario is refused by the autosave too, which says why.
    if (copy === null || (!copy.ok && copy.reason === 'invalid')) return;
    if (copy.ok) this.#faults.cleared('copy');
    else if (copy.reason === 'newer') this.#faults.fail(WORKING_NEWER);
    else this.#faults.report(QUICK_COPY_FAILED, () => this.save(), 'copy');
  }

  #working(): WorkingScenario {
    const current = this.#opened.current;
    return {
      scenario: this.#opened.workingScenario,
      presetId: this.#explorer.preset.id,
      libraryId: current?.id ?? null,
      baseRevision: current?.revision ?? null,
    };
  }
}
