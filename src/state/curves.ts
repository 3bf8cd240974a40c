/**
 * The chart's curves for one view (gross cash, net of the retained asset, discounted): every enabled scheme
 * in scenario order, then the portfolio. Each curve's crossing month is the model's own payback's.
 * The series arrays are the model's, passed through untouched: an unchanged scheme hands the chart the same array.
 */
import type { ChartCurve } from '../chart/types.ts';
import { crossingMonth, type Figures, type ScenarioResult, type SchemeResult, type Series } from '../model/result.ts';
import { nothingToPayBack } from '../format/payback.ts';

export type CurveView = 'cash' | 'net' | 'discounted';

interface CurveViewOption {
  id: CurveView;
  /** the switch's label */
  label: string;
  /** the chart's title */
  title: string;
  /** the payback whose crossing the curve marks */
  payback: 'paybackYears' | 'netPaybackYears' | 'discountedPaybackYears';
}

export const CURVE_VIEWS: readonly CurveViewOption[] = [
  { id: 'cash', label: 'Gross', title: 'Cumulative cash position, gross', payback: 'paybackYears' },
  { id: 'net', label: 'Net of the retained asset', title: 'Cumulative position net of the retained asset', payback: 'netPaybackYears' },
  { id: 'discounted', label: 'Discounted', title: 'Cumulative discounted cash position', payback: 'discountedPaybackYears' },
];

export const PORTFOLIO_LABEL = 'Portfolio';

/**
 * A curve's key (ChartCurve.id): scheme curves are `scheme:<id>`, the portfolio's is `portfolio`, so no scheme id —
 * "portfolio" included — can take the portfolio's key.
 */
const PORTFOLIO_KEY = 'portfolio';
export const schemeCurveId = (schemeId: string) => `scheme:${schemeId}`;

export function curveView(id: CurveView): CurveViewOption {
  return CURVE_VIEWS.find((v) => v.id === id) ?? CURVE_VIEWS[0]!;
}

function curve(
  id: string,
  label: string,
  kind: ChartCurve['kind'],
  part: { t0: number; figures: Figures; series: Series },
  view: CurveViewOption,
  slot?: number,
): ChartCurve {
  // nothing to pay back: no break-even to mark (a mark at the start would read as a month of payback)
  const crossing = nothingToPayBack(part.figures, view.payback) ? null : crossingMonth(part.t0, part.figures[view.payback]);
  return { id, label, kind, values: part.series[view.id], crossingMonth: crossing, slot };
}

/**
 * A scheme's curve, kept for as long as the model hands back the same result for the scheme (and its place in the
 * palette stays): while one slider moves, every other scheme's curve is the very same object from step to step.
 */
const schemeCurves = new WeakMap<SchemeResult, Partial<Record<CurveView, ChartCurve>>>();

function schemeCurve(s: SchemeResult, view: CurveViewOption, slot: number | undefined): ChartCurve {
  let byView = schemeCurves.get(s);
  if (!byView) schemeCurves.set(s, (byView = {}));
  const kept = byView[view.id];
  if (kept && kept.slot === slot) return kept;
  return (byView[view.id] = curve(schemeCurveId(s.id), s.name, 'scheme', s, view, slot));
}

/**
 * Each scheme's place in the chart's palette (its colour and dash), kept while it is on the chart: removing, adding
 * or switching off a scheme leaves every other scheme looking as it did, so a room that has learnt "purple is
 * Property 4" is not misled. A scheme that comes back (an undone removal, a scheme switched on again) has its old
 * place unless another has taken it since; a new one takes the first place free. The explorer owns one.
 */
export class CurveSlots {
  readonly #slots = new Map<string, number>();
  /** the schemes on the chart at the last assignment, and their places: while sliders move they are the same */
  #shown: readonly string[] = [];
  #places: number[] = [];

  /** the places of these schemes, in their order */
  assign(ids: readonly string[]): number[] {
    if (ids.length === this.#shown.length && ids.every((id, i) => id === this.#shown[i])) return this.#places;
    const shown = new Set(this.#shown);
    const taken = new Set<number>();
    const places = new Map<string, number>();
    const keep = (id: string) => {
      const kept = this.#slots.get(id);
      if (kept === undefined || taken.has(kept) || places.has(id)) return;
      taken.add(kept);
      places.set(id, kept);
    };
    // the schemes already shown keep their places before any that returns
    for (const id of ids) if (shown.has(id)) keep(id);
    for (const id of ids) keep(id);
    let free = 0;
    for (const id of ids) {
      if (places.has(id)) continue;
      while (taken.has(free)) free++;
      taken.add(free);
      places.set(id, free);
      this.#slots.set(id, free);
    }
    this.#shown = [...ids];
    this.#places = ids.map((id) => places.get(id)!);
    return this.#places;
  }
}

/** The curves of a view; with `slots`, each scheme keeps its look as schemes come and go (else by its position). */
export function chartCurves(result: ScenarioResult, viewId: CurveView, slots?: CurveSlots): ChartCurve[] {
  const view = curveView(viewId);
  const shown = result.schemes.filter((s) => s.enabled);
  const places = slots?.assign(shown.map((s) => s.id));
  const curves = shown.map((s, i) => schemeCurve(s, view, places?.[i]));
  curves.push(curve(PORTFOLIO_KEY, PORTFOLIO_LABEL, 'portfolio', result.portfolio, view));
  return curves;
}
