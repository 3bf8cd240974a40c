/**
 * The explorer's state: the preset it started from, the scenario as the officer has changed it, and what the
 * model makes of it. The scenario is held raw and replaced whole on every edit (only the edited scheme is a new
 * object), so its evaluator recomputes one scheme per slider step and Svelte's keyed blocks leave the other
 * schemes' panels alone. Every change to it goes through one place (#put), which records it for undo
 * with what else an undo must put back: the preset, the copies' origins and which schemes were open.
 */
import { Evaluator } from '../model/evaluate.ts';
import type { Preset, Source } from '../model/presets/preset.ts';
import { DEFAULT_PRESET_ID, PRESETS, presetById } from '../model/presets/index.ts';
import { reconcile } from '../model/reconcile.ts';
import { MAX_LINES } from '../model/fieldRules.ts';
import { noteOf, withNote } from '../model/notes.ts';
import { cutText } from '../model/text.ts';
import type { Perspective, Scenario, Scheme } from '../model/scenario.ts';
import { chartCurves, CurveSlots, type CurveView } from './curves.ts';
import { blankHome, blankLine, blankTeam, copyOf, freshId, freshName, type LineList } from '../model/newSchemes.ts';
import { withInput, type InputValue } from '../model/schemeInputs.ts';
import { NAME_LENGTH } from '../fields/typedValue.ts';
import type { Edit } from '../model/history.ts';
import { applyWhatIf, type WhatIf, type WhatIfOutcome } from '../model/whatIf.ts';
import { History } from './history.svelte.ts';
import * as said from './historyMessages.ts';
import { UndoOffer, type Undo } from './undo.svelte.ts';

/** The scenario-level inputs a control can set, with their types. */
export interface ScenarioSettings {
  startMonth: string;
  horizonYears: number;
  discountRate: number;
  generalInflation: number;
  perspective: Perspective;
}

export const UNKNOWN_PRESET = 'no preset has the id';

/**
 * How putting a whole scenario in place counts for undo: `fresh`, a different scenario (opened, from a link or
 * a file: its history starts here); a `step`, undoable under that name; `quiet`, a fix that is neither.
 */
export type Replacement = 'fresh' | 'quiet' | { step: string };

/** Something kept beside the scenario (the library's tie to a saved one): taken with each step, put back with it. */
export interface Companion<T> {
  capture(): T;
  restore(kept: T): void;
}

/** Everything an undo puts back. */
interface Shown {
  scenario: Scenario;
  preset: Preset;
  origins: ReadonlyMap<string, string>;
  expanded: ReadonlySet<string>;
  kept: unknown;
}

export class Explorer {
  #preset: Preset = $state.raw(PRESETS[0]!);
  #scenario: Scenario = $state.raw(PRESETS[0]!.scenario);
  /** scheme id → the preset scheme it was copied from (its inputs' sources and "changed" marks follow that one) */
  #origins: ReadonlyMap<string, string> = $state.raw(new Map());
  /** schemes whose inputs are shown; the others are collapsed so a 100-scheme scenario renders one panel */
  #expanded: ReadonlySet<string> = $state.raw(new Set());

  /** which curves the chart shows */
  view: CurveView = $state('cash');
  /** the month under the chart's crosshair */
  crosshairMonth: number | undefined = $state();

  /** the working scenario's one evaluator: each evaluation starts from the last */
  readonly #evaluator = new Evaluator();
  readonly evaluation = $derived(this.#evaluator.evaluate(this.#scenario));
  readonly result = $derived(this.evaluation.result);
  /** each scheme's place in the chart's palette, kept as schemes are removed, added or switched off */
  readonly #curveSlots = new CurveSlots();
  readonly curves = $derived(chartCurves(this.result, this.view, this.#curveSlots));
  /** the preset's own scenario, evaluated apart from the working one: what the report's figures give at its inputs */
  readonly #presetEvaluator = new Evaluator();
  readonly #atPreset = $derived({ scenario: this.#preset.scenario, evaluation: this.#presetEvaluator.evaluate(this.#preset.scenario) });
  readonly reconciliation = $derived(reconcile(this.#preset.stated, this.#scenario, this.evaluation, this.#atPreset));

  readonly #history: History<Shown>;
  /** the removal of a scheme, offered for undo beside the list until anything else changes */
  readonly #removal = new UndoOffer();
  #companion: Companion<unknown> | null = null;

  /** `now` is the clock that tells a pause in a drag from its next step (tests give their own). */
  constructor(presetId: string = DEFAULT_PRESET_ID, { now }: { now?: () => number } = {}) {
    this.#history = new History({ now });
    this.#start(presetId, 'fresh');
  }

  get preset(): Preset {
    return this.#preset;
  }

  get scenario(): Scenario {
    return this.#scenario;
  }

  get expanded(): ReadonlySet<string> {
    return this.#expanded;
  }

  /** what Undo would take back ("change occupancy of Property 2"), or null when there is nothing */
  get undoLabel(): string | null {
    return this.#history.undoLabel;
  }

  get redoLabel(): string | null {
    return this.#history.redoLabel;
  }

  /** the scheme just removed, with its undo, until anything else changes */
  get removal(): Undo | null {
    return this.#removal.current;
  }

  dismissRemoval(): void {
    this.#removal.dismiss();
  }

  /** Start again from a preset (an undoable step): its scenario as the report gives it, its first scheme open. */
  choosePreset(id: string): void {
    this.#start(id, { label: said.presetStep(this.#preset.id, this.#presetOrThrow(id)) });
  }

  /**
   * Put a whole scenario in place — one restored from a link, a file or storage (it must have come through
   * `restoreScenario`). Sources and "changed" marks are taken against `presetId`, or the current preset.
   */
  replace(scenario: Scenario, presetId?: string, how: Replacement = 'fresh'): void {
    const preset = presetId === undefined ? this.#preset : this.#presetOrThrow(presetId);
    const ids = new Set(scenario.schemes.map((s) => s.id));
    const open = [...this.#expanded].filter((id) => ids.has(id));
    const first = scenario.schemes[0];
    const expanded = new Set(open.length > 0 || !first ? open : [first.id]);
    this.#put(typeof how === 'string' ? how : { label: how.step }, { scenario, preset, origins: new Map(), expanded });
  }

  /** Takes back the last change to the scenario. Returns false when there was none. */
  undo(): boolean {
    return this.#restore(this.#history.undo(this.#shown()));
  }

  redo(): boolean {
    return this.#restore(this.#history.redo(this.#shown()));
  }

  /** Keeps `companion`'s state with every step, and puts it back with the scenario on undo and redo. */
  keepWith<T>(companion: Companion<T>): void {
    this.#companion = companion as Companion<unknown>;
  }

  setSetting<K extends keyof ScenarioSettings>(key: K, value: ScenarioSettings[K]): void {
    if (this.#scenario[key] === value) return;
    this.#put({ label: said.changedSetting(key), key: `setting ${key}` }, { scenario: { ...this.#scenario, [key]: value } });
  }

  /** One input of one scheme, by its path inside the scheme (`placements.occupancy`). A drag of it is one step. */
  setInput(schemeId: string, path: string, value: InputValue): void {
    this.#updateScheme(
      schemeId,
      (s) => withInput(s, path, value),
      (s) => ({ label: said.changedInput(s, path), key: `input ${schemeId} ${path}` }),
    );
  }

  setEnabled(schemeId: string, enabled: boolean): void {
    this.#updateScheme(
      schemeId,
      (s) => (s.enabled === enabled ? s : { ...s, enabled }),
      (s) => ({ label: said.switched(s.name, enabled) }),
    );
  }

  rename(schemeId: string, name: string): void {
    this.#updateScheme(
      schemeId,
      (s) => (s.name === name ? s : { ...s, name: cutText(name, NAME_LENGTH) }),
      (s) => ({ label: said.renamedScheme(s.name, cutText(name, NAME_LENGTH)) }),
    );
  }

  /**
   * The note of a scheme, or of the scenario (`schemeId` null), as one undoable step (the field calls it once,
   * when it is left). Empty or only spaces: no note. Longer than NOTE_LENGTH: cut, as the field allows no more.
   */
  setNote(schemeId: string | null, text: string): void {
    const note = noteOf(text);
    if (schemeId === null) {
      if (this.#scenario.note === note) return;
      this.#put({ label: said.changedNote(null) }, { scenario: withNote(this.#scenario, note) });
      return;
    }
    this.#updateScheme(
      schemeId,
      (s) => (s.note === note ? s : withNote(s, note)),
      (s) => ({ label: said.changedNote(s.name) }),
    );
  }

  /**
   * One what-if put to every scheme (src/model/whatIf.ts) as one step, named for it. A drag of a set-to
   * (fee or cost inflation, occupancy) is one step; each press of a delay or an overrun is a step of its own.
   * Returns what it changed and what it left, for the panel to say.
   */
  applyWhatIf(w: WhatIf): WhatIfOutcome {
    const outcome = applyWhatIf(this.#scenario, w);
    if (outcome.changed.length === 0) return outcome;
    const setTo = w.kind === 'feeInflation' || w.kind === 'costInflation' || w.kind === 'occupancy';
    // a set-to is named for every scheme it reaches (the ones already at the value too), so a drag reads the same
    const reached = outcome.changed.length + (setTo ? outcome.untouched.filter((u) => u.why === 'alreadySo').length : 0);
    const label = said.whatIfStep(w, reached);
    this.#put(setTo ? { label, key: `what-if ${w.kind}` } : { label }, { scenario: outcome.scenario });
    return outcome;
  }

  /** Add a blank home or team at the end, open. Returns its id. */
  addScheme(kind: 'home' | 'team'): string {
    const schemes = this.#scenario.schemes;
    const id = freshId(kind, this.#takenIds());
    const name = freshName(kind === 'home' ? 'New home' : 'New team', new Set(schemes.map((s) => s.name)));
    this.#put(
      { label: said.addedScheme(name) },
      {
        scenario: { ...this.#scenario, schemes: [...schemes, kind === 'home' ? blankHome(id, name) : blankTeam(id, name)] },
        expanded: new Set([...this.#expanded, id]),
      },
    );
    return id;
  }

  /** A copy placed right after the original, open. Returns its id. */
  duplicateScheme(schemeId: string): string | undefined {
    const schemes = this.#scenario.schemes;
    const index = schemes.findIndex((s) => s.id === schemeId);
    const original = schemes[index];
    if (!original) return undefined;
    const id = freshId(`${schemeId}-copy`, this.#takenIds());
    const name = freshName(cutText(`${original.name} (copy)`, NAME_LENGTH), new Set(schemes.map((s) => s.name)));
    const copy = copyOf(original, id, cutText(name, NAME_LENGTH));
    const origin = this.#originOf(schemeId);
    this.#put(
      { label: said.duplicatedScheme(original.name) },
      {
        scenario: { ...this.#scenario, schemes: [...schemes.slice(0, index + 1), copy, ...schemes.slice(index + 1)] },
        origins: origin === undefined ? this.#origins : new Map([...this.#origins, [id, origin]]),
        expanded: new Set([...this.#expanded, id]),
      },
    );
    return id;
  }

  /** Takes a scheme out of the scenario; the notice beside the list offers it back. */
  removeScheme(schemeId: string): void {
    const removed = this.#scenario.schemes.find((s) => s.id === schemeId);
    if (!removed) return;
    const schemes = this.#scenario.schemes.filter((s) => s !== removed);
    this.#put(
      { label: said.removedScheme(removed.name) },
      { scenario: { ...this.#scenario, schemes }, expanded: new Set([...this.#expanded].filter((id) => id !== schemeId)) },
    );
    this.#removal.offer({ message: said.removedNotice(removed.name), label: 'Undo', run: async () => void this.undo() });
  }

  /** A blank line at the end of one of a scheme's lists (capital, funding, other savings). */
  addLine(schemeId: string, list: LineList): void {
    this.#updateScheme(
      schemeId,
      (s) => (s[list].length >= MAX_LINES ? s : { ...s, [list]: [...s[list], blankLine(list, s[list].length + 1)] }),
      (s) => ({ label: said.addedLine(list, s.name) }),
    );
  }

  /**
   * Remove a line the officer added. The preset's own lines stay (set one to zero instead): their sources
   * are keyed by position, so taking one out would put the wrong source against the lines after it.
   */
  removeLine(schemeId: string, list: LineList, index: number): void {
    if (index < this.#presetLineCount(schemeId, list)) return;
    this.#updateScheme(
      schemeId,
      (s) => (index < s[list].length ? { ...s, [list]: s[list].filter((_, i) => i !== index) } : s),
      (s) => ({ label: said.removedLine(s[list][index]!.label, s.name) }),
    );
  }

  /** Every input of the scheme back to its preset's, keeping its name, switch and note. No-op for an added scheme. */
  resetScheme(schemeId: string): void {
    const baseline = this.baselineOf(schemeId);
    if (!baseline) return;
    this.#updateScheme(
      schemeId,
      (s) => withNote({ ...structuredClone(baseline), id: s.id, name: s.name, enabled: s.enabled }, s.note),
      (s) => ({ label: said.resetScheme(s.name) }),
    );
  }

  setExpanded(schemeId: string, open: boolean): void {
    if (this.#expanded.has(schemeId) === open) return;
    const next = new Set(this.#expanded);
    if (open) next.add(schemeId);
    else next.delete(schemeId);
    this.#expanded = next;
  }

  /** The preset's version of a scheme (of the one it was copied from), or undefined for an added scheme. */
  baselineOf(schemeId: string): Scheme | undefined {
    const origin = this.#originOf(schemeId);
    return origin === undefined ? undefined : this.#preset.scenario.schemes.find((s) => s.id === origin);
  }

  /** Where a scheme input's preset value came from (the original's source for a copy). */
  sourceOf(schemeId: string, path: string): Source | undefined {
    const origin = this.#originOf(schemeId);
    return origin === undefined ? undefined : this.#preset.provenance[`${origin}.${path}`];
  }

  settingSource(key: keyof ScenarioSettings): Source | undefined {
    return this.#preset.provenance[key];
  }

  /** How many lines of a list come from the preset (0 for an added scheme). */
  #presetLineCount(schemeId: string, list: LineList): number {
    return this.baselineOf(schemeId)?.[list].length ?? 0;
  }

  #originOf(schemeId: string): string | undefined {
    const copied = this.#origins.get(schemeId);
    if (copied !== undefined) return copied;
    return this.#preset.scenario.schemes.some((s) => s.id === schemeId) ? schemeId : undefined;
  }

  #takenIds(): Set<string> {
    return new Set(this.#scenario.schemes.map((s) => s.id));
  }

  #updateScheme(schemeId: string, change: (scheme: Scheme) => Scheme, edit: (before: Scheme) => Edit): void {
    const schemes = this.#scenario.schemes;
    const index = schemes.findIndex((s) => s.id === schemeId);
    const scheme = schemes[index];
    if (!scheme) return;
    const next = change(scheme);
    if (next === scheme) return;
    const copy = schemes.slice();
    copy[index] = next;
    this.#put(edit(scheme), { scenario: { ...this.#scenario, schemes: copy } });
  }

  #presetOrThrow(id: string): Preset {
    const preset = presetById(id);
    if (!preset) throw new RangeError(`${UNKNOWN_PRESET} ${JSON.stringify(id)}`);
    return preset;
  }

  #start(presetId: string, how: Edit | 'fresh'): void {
    const preset = this.#presetOrThrow(presetId);
    const first = preset.scenario.schemes[0];
    this.#put(how, { scenario: preset.scenario, preset, origins: new Map(), expanded: new Set(first ? [first.id] : []) });
  }

  #shown(): Shown {
    const kept = this.#companion?.capture();
    return { scenario: this.#scenario, preset: this.#preset, origins: this.#origins, expanded: this.#expanded, kept };
  }

  /** The one place the scenario is replaced: recorded as `how` says, with what an undo needs to put back. */
  #put(how: Edit | 'fresh' | 'quiet', next: Partial<Omit<Shown, 'kept'>> & { scenario: Scenario }): void {
    if (how === 'fresh') this.#history.clear();
    else if (how === 'quiet') this.#history.close();
    else this.#history.record(this.#shown(), how);
    this.#removal.dismiss();
    this.#preset = next.preset ?? this.#preset;
    this.#origins = next.origins ?? this.#origins;
    this.#expanded = next.expanded ?? this.#expanded;
    this.#scenario = next.scenario;
  }

  /** Puts back a state from the history. What is open now stays open; a scheme that comes back, comes back as it was. */
  #restore(state: Shown | undefined): boolean {
    if (state === undefined) return false;
    this.#removal.dismiss();
    const present = new Set(this.#scenario.schemes.map((s) => s.id));
    const open = state.scenario.schemes
      .map((s) => s.id)
      .filter((id) => (present.has(id) ? this.#expanded.has(id) : state.expanded.has(id)));
    this.#preset = state.preset;
    this.#origins = state.origins;
    this.#expanded = new Set(open);
    this.#scenario = state.scenario;
    this.#companion?.restore(state.kept);
    return true;
  }
}
