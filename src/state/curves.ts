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
): ChartCurve {
  // nothing to pay back: no break-even to mark (a mark at the start would read as a month of payback)
  const crossing = nothingToPayBack(part.figures, view.payback) ? null : crossingMonth(part.t0, part.figures[view.payback]);
  return { id, label, kind, values: part.series[view.id], crossingMonth: crossing };
}

/**
 * A scheme's curve, kept for as long as the model hands back the same result for the scheme: while one slider
 * moves, every other scheme's curve is the very same object from step to step.
 */
const schemeCurves = new WeakMap<SchemeResult, Partial<Record<CurveView, ChartCurve>>>();

function schemeCurve(s: SchemeResult, view: CurveViewOption): ChartCurve {
  let byView = schemeCurves.get(s);
  if (!byView) schemeCurves.set(s, (byView = {}));
  return (byView[view.id] ??= curve(schemeCurveId(s.id), s.name, 'scheme', s, view));
}

export function chartCurves(result: ScenarioResult, viewId: CurveView): ChartCurve[] {
  const view = curveView(viewId);
  const curves = result.schemes.filter((s) => s.enabled).map((s) => schemeCurve(s, view));
  curves.push(curve(PORTFOLIO_KEY, PORTFOLIO_LABEL, 'portfolio', result.portfolio, view));
  return curves;
}
