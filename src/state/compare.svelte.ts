/**
 * The comparison: a base and up to three others, each the working scenario, a saved one or a preset, and each
 * evaluated by its own Evaluator so that every one stays incremental (the working one is the explorer's own
 * evaluation, never worked out twice). Saved scenarios are read through the library, which restores them through
 * the one validation door. Editing the working scenario moves its curve: its evaluation is read live.
 */
import { Evaluator, type Evaluation } from '../model/evaluate.ts';
import { presetById } from '../model/presets/index.ts';
import type { Figures, Series } from '../model/result.ts';
import type { Scenario } from '../model/scenario.ts';
import type { LibraryEntry } from '../storage/library.ts';
import type { CurveView } from './curves.ts';

/** A scenario to compare: the one on screen, a saved one (by its library id) or a preset (by its id). */
export type CompareRef = 'working' | { saved: string } | { preset: string };

export const MAX_OTHERS = 3;
/** What an empty "compare with" picker holds. */
export const NONE = '';

/** A reference as one string, for a picker's value and a keyed block: `working`, `saved:<id>`, `preset:<id>`. */
export function refKey(ref: CompareRef): string {
  if (ref === 'working') return 'working';
  return 'saved' in ref ? `saved:${ref.saved}` : `preset:${ref.preset}`;
}

export function refFromKey(key: string): CompareRef | null {
  if (key === 'working') return 'working';
  const [kind, ...rest] = key.split(':');
  const id = rest.join(':');
  if (id === '') return null;
  return kind === 'saved' ? { saved: id } : kind === 'preset' ? { preset: id } : null;
}

/** What the comparison reads of the working scenario: the explorer, whose evaluation it reuses. */
export interface Working {
  readonly scenario: Scenario;
  readonly evaluation: Evaluation;
}

/** The library as the comparison uses it: its list, one record read, and the app's own ways to open. */
export interface Shelf {
  readonly entries: readonly LibraryEntry[];
  /** the scenario on screen under the name it is saved as (the explorer's is the preset's until it is renamed) */
  readonly workingScenario?: { readonly name: string };
  read(id: string): Promise<{ name: string; revision: number; scenario: Scenario } | null>;
  open(id: string): Promise<void>;
  choosePreset(id: string): void;
}

/** One compared scenario: evaluated, or `scenario: null` while it is read or when it cannot be. */
export type Compared =
  | { key: string; ref: CompareRef; label: string; scenario: Scenario; evaluation: Evaluation }
  | { key: string; ref: CompareRef; label: string; scenario: null; why: string };

export const READING = 'Reading the saved scenario…';
export const UNREADABLE = 'This saved scenario cannot be read here.';

/** How the chart and the list mark the i-th compared scenario: "Base", then "1", "2", "3". */
export const markOf = (i: number): string => (i === 0 ? 'Base' : String(i));

/** A scope's figures and curve in one compared scenario; undefined when the scenario has no such scheme. */
export function partOf(evaluation: Evaluation, scope: string | null): { t0: number; figures: Figures; series: Series } | undefined {
  const { result } = evaluation;
  return scope === null ? result.portfolio : result.schemes.find((s) => s.id === scope);
}

interface Read {
  name: string;
  revision: number;
  scenario: Scenario | null;
}

export class Compare {
  readonly #working: Working;
  readonly #shelf: Shelf | null;
  #baseKey = $state('working');
  #otherKeys: readonly string[] = $state.raw(Array<string>(MAX_OTHERS).fill(NONE));
  /** saved scenarios read so far, by id */
  #read: ReadonlyMap<string, Read> = $state.raw(new Map());
  /** null: the portfolio; else a scheme id */
  #scope: string | null = $state(null);
  #view: CurveView = $state('cash');
  /** reads under way, so that one is not asked for twice */
  readonly #reading = new Set<string>();
  /** each compared scenario's own evaluator and its last evaluation: a memo this object owns */
  readonly #evaluated = new Map<string, { evaluator: Evaluator; scenario: Scenario; evaluation: Evaluation }>();

  readonly #compared: Compared[] = $derived.by(() => {
    const keys = [this.#baseKey, ...this.#otherKeys].filter((key, i, all) => key !== NONE && all.indexOf(key) === i);
    for (const key of this.#evaluated.keys()) if (!keys.includes(key)) this.#evaluated.delete(key);
    return keys.flatMap((key) => {
      const ref = refFromKey(key);
      return ref === null ? [] : [this.#compare(key, ref)];
    });
  });

  constructor(working: Working, shelf: Shelf | null = null) {
    this.#working = working;
    this.#shelf = shelf;
  }

  get baseKey(): string {
    return this.#baseKey;
  }

  /** the "compare with" pickers' values, NONE where a picker is empty */
  get otherKeys(): readonly string[] {
    return this.#otherKeys;
  }

  /** the base first, then each other chosen (a scenario chosen twice is compared once) */
  get compared(): readonly Compared[] {
    return this.#compared;
  }

  /** there is something to compare the base with */
  get active(): boolean {
    return this.#compared.length > 1;
  }

  get scope(): string | null {
    return this.#scope;
  }

  set scope(scope: string | null) {
    this.#scope = scope;
  }

  get view(): CurveView {
    return this.#view;
  }

  set view(view: CurveView) {
    this.#view = view;
  }

  chooseBase(ref: CompareRef): void {
    this.#baseKey = refKey(ref);
    this.#fetch(ref);
  }

  /** Sets the `index`-th "compare with" picker; null empties it. */
  chooseOther(index: number, ref: CompareRef | null): void {
    if (index < 0 || index >= MAX_OTHERS) return;
    const keys = [...this.#otherKeys];
    keys[index] = ref === null ? NONE : refKey(ref);
    this.#otherKeys = keys;
    if (ref !== null) this.#fetch(ref);
  }

  /** Reads again every compared saved scenario whose revision in `entries` is newer than the one read (saved since). */
  follow(entries: readonly LibraryEntry[]): void {
    for (const compared of this.#compared) {
      const ref = compared.ref;
      if (ref === 'working' || !('saved' in ref)) continue;
      const entry = entries.find((e) => e.id === ref.saved);
      const read = this.#read.get(ref.saved);
      if (entry !== undefined && read !== undefined && entry.revision !== read.revision) this.#fetch(ref, true);
    }
  }

  /** Puts a compared scenario on screen the app's own way: a saved one opened, a preset chosen (both undoable). */
  async open(ref: CompareRef): Promise<void> {
    if (ref === 'working' || this.#shelf === null) return;
    if ('saved' in ref) await this.#shelf.open(ref.saved);
    else this.#shelf.choosePreset(ref.preset);
  }

  #compare(key: string, ref: CompareRef): Compared {
    if (ref === 'working') {
      const { scenario, evaluation } = this.#working;
      return { key, ref, label: `On screen: ${this.#shelf?.workingScenario?.name ?? scenario.name}`, scenario, evaluation };
    }
    if ('preset' in ref) {
      const preset = presetById(ref.preset);
      if (!preset) return { key, ref, label: ref.preset, scenario: null, why: UNREADABLE };
      return { key, ref, label: preset.title, scenario: preset.scenario, evaluation: this.#evaluate(key, preset.scenario) };
    }
    const read = this.#read.get(ref.saved);
    const name = this.#shelf?.entries.find((e) => e.id === ref.saved)?.name ?? read?.name ?? 'Saved scenario';
    if (read === undefined) return { key, ref, label: name, scenario: null, why: READING };
    if (read.scenario === null) return { key, ref, label: name, scenario: null, why: UNREADABLE };
    return { key, ref, label: name, scenario: read.scenario, evaluation: this.#evaluate(key, read.scenario) };
  }

  /** The scenario's evaluation by its own evaluator; the same object while the scenario is the same. */
  #evaluate(key: string, scenario: Scenario): Evaluation {
    let kept = this.#evaluated.get(key);
    if (kept?.scenario === scenario) return kept.evaluation;
    const evaluator = kept?.evaluator ?? new Evaluator();
    kept = { evaluator, scenario, evaluation: evaluator.evaluate(scenario) };
    this.#evaluated.set(key, kept);
    return kept.evaluation;
  }

  #fetch(ref: CompareRef, again = false): void {
    if (ref === 'working' || !('saved' in ref) || this.#shelf === null) return;
    const id = ref.saved;
    if (this.#reading.has(id) || (this.#read.has(id) && !again)) return;
    this.#reading.add(id);
    void this.#shelf
      .read(id)
      .catch(() => null)
      .then((record) => {
        this.#reading.delete(id);
        const read: Read = record === null ? { name: '', revision: -1, scenario: null } : record;
        this.#read = new Map(this.#read).set(id, read);
      });
  }
}
