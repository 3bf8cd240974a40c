/**
 * What the page and the questions' worker say to each other. A message crosses by structured clone, which keeps
 * plain data only: a figure's Decimal goes over as its exact digits (`toString`) and is read back as the same
 * Decimal, so an answer worked out in the worker is, digit for digit, the answer the page would have worked out.
 */
import { Decimal } from '../model/decimal.ts';
import type { Scope } from '../model/questions/inputs.ts';
import type { Changes, Tornado, TornadoOptions, TornadoRow, TornadoSide } from '../model/questions/sensitivity.ts';
import { SENSITIVITY_FIGURES } from '../model/questions/targets.ts';
import type { Progress } from '../model/questions/work.ts';
import type { Figures } from '../model/result.ts';
import type { Scenario } from '../model/scenario.ts';

/** A tornado asked for: `id` ties the worker's replies to it; a new request ends the one before. */
export interface TornadoRequest {
  id: number;
  scenario: Scenario;
  scope: Scope;
  figure: NonNullable<TornadoOptions['figure']>;
  step: number;
  /** low and high values typed for some inputs, as [input name, values] pairs */
  values: [string, { low: number; high: number }][];
}

export type WorkerReply =
  | { id: number; kind: 'progress'; progress: Progress }
  | { id: number; kind: 'answer'; tornado: WireTornado }
  | { id: number; kind: 'failed'; message: string };

/**
 * A side of a row as one line of text: its value, its eight figures (each Decimal's exact digits) and its four
 * changes, separated by `|`, an empty field for null. Two thousand rows of objects took the page 12 ms to take
 * in; two thousand lines of text take it well under one.
 */
type WireSide = string;
/**
 * The rows column by column: arrays of numbers and of short strings cross far faster than two thousand
 * objects, and each row's sides are read only when the page shows that row.
 */
export interface WireTornado {
  figure: Tornado['figure'];
  base: WireSide;
  schemes: (string | null)[];
  inputs: string[];
  bases: Float64Array;
  effects: Float64Array;
  lows: WireSide[];
  highs: WireSide[];
}

const FIGURE_KEYS = [
  'totalInvestment',
  'externalFunding',
  'annualSavingYear1',
  'paybackYears',
  'netPaybackYears',
  'discountedPaybackYears',
  'npv',
  'breakEven',
] as const satisfies readonly (keyof Figures)[];
/** a Changes record has one key per figure a tornado can rank by */
const CHANGE_KEYS = SENSITIVITY_FIGURES;

/** a field's text: a number as String writes it (which reads back to the same number), but −0 as −0 */
const field = (v: Decimal | number | string | null) => (v === null ? '' : Object.is(v, -0) ? '-0' : v.toString());

export function sideToWire(value: number, figures: Figures, change: Changes | null): WireSide {
  return [field(value), ...FIGURE_KEYS.map((k) => field(figures[k])), ...CHANGE_KEYS.map((k) => field(change?.[k] ?? null))].join('|');
}

/** Reads a side back; its figures become Decimals only when first read (the page shows ten rows of thousands). */
export function sideFromWire(wire: WireSide): TornadoSide {
  const parts = wire.split('|');
  const at = (i: number) => (parts[i] === '' ? null : parts[i]!);
  let figures: Figures | undefined;
  const change = {} as Changes;
  CHANGE_KEYS.forEach((k, i) => {
    const v = at(1 + FIGURE_KEYS.length + i);
    change[k] = v === null ? null : Number(v);
  });
  return {
    value: Number(parts[0]),
    change,
    get figures() {
      if (figures === undefined) {
        // each figure from its own place in the line, found by its name as the line was written
        const text = (k: (typeof FIGURE_KEYS)[number]) => at(1 + FIGURE_KEYS.indexOf(k));
        const d = (k: (typeof FIGURE_KEYS)[number]) => {
          const v = text(k);
          return v === null ? null : new Decimal(v);
        };
        figures = {
          totalInvestment: d('totalInvestment')!,
          externalFunding: d('externalFunding')!,
          annualSavingYear1: d('annualSavingYear1')!,
          paybackYears: d('paybackYears'),
          netPaybackYears: d('netPaybackYears'),
          discountedPaybackYears: d('discountedPaybackYears'),
          npv: d('npv')!,
          breakEven: text('breakEven'),
        };
      }
      return figures;
    },
  };
}

const side = (s: TornadoSide) => sideToWire(s.value, s.figures, s.change);

export function tornadoToWire(t: Tornado): WireTornado {
  return {
    figure: t.figure,
    base: sideToWire(0, t.base, null),
    schemes: t.rows.map((r) => r.scheme),
    inputs: t.rows.map((r) => r.input),
    bases: Float64Array.from(t.rows, (r) => r.base),
    effects: Float64Array.from(t.rows, (r) => r.effect),
    lows: t.rows.map((r) => side(r.low)),
    highs: t.rows.map((r) => side(r.high)),
  };
}

/** A row read back from the columns; each side is read when first asked for. */
class WireRow implements TornadoRow {
  readonly scheme: string | null;
  readonly input: string;
  readonly base: number;
  readonly effect: number;
  #low: TornadoSide | WireSide;
  #high: TornadoSide | WireSide;

  constructor(w: WireTornado, i: number) {
    this.scheme = w.schemes[i]!;
    this.input = w.inputs[i]!;
    this.base = w.bases[i]!;
    this.effect = w.effects[i]!;
    this.#low = w.lows[i]!;
    this.#high = w.highs[i]!;
  }

  get low(): TornadoSide {
    if (typeof this.#low === 'string') this.#low = sideFromWire(this.#low);
    return this.#low;
  }

  get high(): TornadoSide {
    if (typeof this.#high === 'string') this.#high = sideFromWire(this.#high);
    return this.#high;
  }
}

export function tornadoFromWire(w: WireTornado): Tornado {
  return {
    figure: w.figure,
    base: sideFromWire(w.base).figures,
    rows: Array.from(w.inputs, (_, i) => new WireRow(w, i)),
  };
}
