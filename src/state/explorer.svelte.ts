/**
 * The explorer's state: the preset it started from, the scenario as the officer has changed it, and what the
 * model makes of it. The scenario is held raw and replaced whole on every edit (only the edited scheme is a new
 * object), so its evaluator recomputes one scheme per slider step and Svelte's keyed blocks leave the other
 * schemes' panels alone.
 */
import { Evaluator } from '../model/evaluate.ts';
import type { Preset, Source } from '../model/presets/preset.ts';
import { DEFAULT_PRESET_ID, PRESETS, presetById } from '../model/presets/index.ts';
import { reconcile } from '../model/reconcile.ts';
import { MAX_LINES } from '../model/fieldRules.ts';
import { cutText } from '../model/text.ts';
import type { Perspective, Scenario, Scheme } from '../model/scenario.ts';
import { chartCurves, type CurveView } from './curves.ts';
import { blankHome, blankLine, blankTeam, copyOf, freshId, freshName, type LineList } from '../model/newSchemes.ts';
import { withInput, type InputValue } from '../model/schemeInputs.ts';
import { NAME_LENGTH } from '../fields/typedValue.ts';

/** The scenario-level inputs a control can set, with their types. */
export interface ScenarioSettings {
  startMonth: string;
  horizonYears: number;
  discountRate: number;
  generalInflation: number;
  perspective: Perspective;
}

export const UNKNOWN_PRESET = 'no preset has the id';

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
  readonly curves = $derived(chartCurves(this.result, this.view));
  readonly reconciliation = $derived(reconcile(this.#preset.stated, this.#scenario, this.evaluation));

  constructor(presetId: string = DEFAULT_PRESET_ID) {
    this.choosePreset(presetId);
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

  /** Start again from a preset: its scenario as the report gives it, its first scheme open. */
  choosePreset(id: string): void {
    const preset = presetById(id);
    if (!preset) throw new RangeError(`${UNKNOWN_PRESET} ${JSON.stringify(id)}`);
    this.#preset = preset;
    this.#origins = new Map();
    this.#scenario = preset.scenario;
    const first = preset.scenario.schemes[0];
    this.#expanded = new Set(first ? [first.id] : []);
  }

  /**
   * Put a whole scenario in place — one restored from a link, a file or storage (it must have come through
   * `restoreScenario`). Sources and "changed" marks are taken against `presetId`, or the current preset.
   */
  replace(scenario: Scenario, presetId?: string): void {
    if (presetId !== undefined) {
      const preset = presetById(presetId);
      if (!preset) throw new RangeError(`${UNKNOWN_PRESET} ${JSON.stringify(presetId)}`);
      this.#preset = preset;
    }
    this.#origins = new Map();
    this.#scenario = scenario;
    const ids = new Set(scenario.schemes.map((s) => s.id));
    const open = [...this.#expanded].filter((id) => ids.has(id));
    const first = scenario.schemes[0];
    this.#expanded = new Set(open.length > 0 || !first ? open : [first.id]);
  }

  setSetting<K extends keyof ScenarioSettings>(key: K, value: ScenarioSettings[K]): void {
    if (this.#scenario[key] === value) return;
    this.#scenario = { ...this.#scenario, [key]: value };
  }

  /** One input of one scheme, by its path inside the scheme (`placements.occupancy`). */
  setInput(schemeId: string, path: string, value: InputValue): void {
    this.#updateScheme(schemeId, (s) => withInput(s, path, value));
  }

  setEnabled(schemeId: string, enabled: boolean): void {
    this.#updateScheme(schemeId, (s) => (s.enabled === enabled ? s : { ...s, enabled }));
  }

  rename(schemeId: string, name: string): void {
    this.#updateScheme(schemeId, (s) => (s.name === name ? s : { ...s, name: cutText(name, NAME_LENGTH) }));
  }

  /** Add a blank home or team at the end, open. Returns its id. */
  addScheme(kind: 'home' | 'team'): string {
    const schemes = this.#scenario.schemes;
    const id = freshId(kind, this.#takenIds());
    const name = freshName(kind === 'home' ? 'New home' : 'New team', new Set(schemes.map((s) => s.name)));
    this.#scenario = { ...this.#scenario, schemes: [...schemes, kind === 'home' ? blankHome(id, name) : blankTeam(id, name)] };
    this.#expanded = new Set([...this.#expanded, id]);
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
    this.#scenario = { ...this.#scenario, schemes: [...schemes.slice(0, index + 1), copy, ...schemes.slice(index + 1)] };
    const origin = this.#originOf(schemeId);
    if (origin !== undefined) this.#origins = new Map([...this.#origins, [id, origin]]);
    this.#expanded = new Set([...this.#expanded, id]);
    return id;
  }

  removeScheme(schemeId: string): void {
    const schemes = this.#scenario.schemes.filter((s) => s.id !== schemeId);
    if (schemes.length === this.#scenario.schemes.length) return;
    this.#scenario = { ...this.#scenario, schemes };
    this.#expanded = new Set([...this.#expanded].filter((id) => id !== schemeId));
  }

  /** A blank line at the end of one of a scheme's lists (capital, funding, other savings). */
  addLine(schemeId: string, list: LineList): void {
    this.#updateScheme(schemeId, (s) => {
      if (s[list].length >= MAX_LINES) return s;
      return { ...s, [list]: [...s[list], blankLine(list, s[list].length + 1)] };
    });
  }

  /**
   * Remove a line the officer added. The preset's own lines stay (set one to zero instead): their sources
   * are keyed by position, so taking one out would put the wrong source against the lines after it.
   */
  removeLine(schemeId: string, list: LineList, index: number): void {
    if (index < this.#presetLineCount(schemeId, list)) return;
    this.#updateScheme(schemeId, (s) => (index < s[list].length ? { ...s, [list]: s[list].filter((_, i) => i !== index) } : s));
  }

  /** Every input of the scheme back to its preset's, keeping its name and switch. No-op for an added scheme. */
  resetScheme(schemeId: string): void {
    const baseline = this.baselineOf(schemeId);
    if (!baseline) return;
    this.#updateScheme(schemeId, (s) => ({ ...structuredClone(baseline), id: s.id, name: s.name, enabled: s.enabled }));
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

  #updateScheme(schemeId: string, change: (scheme: Scheme) => Scheme): void {
    const schemes = this.#scenario.schemes;
    const index = schemes.findIndex((s) => s.id === schemeId);
    const scheme = schemes[index];
    if (!scheme) return;
    const next = change(scheme);
    if (next === scheme) return;
    const copy = schemes.slice();
    copy[index] = next;
    this.#scenario = { ...this.#scenario, schemes: copy };
  }
}
