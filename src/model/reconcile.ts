/**
 * Reconciliation: each figure a report states, beside what the model computes from the inputs,
 * flagged where they differ by more than the report's own rounding. Nothing here is typed in:
 * a mismatch is found by the arithmetic, or not at all.
 */
import { Decimal, ZERO } from './decimal.ts';
import { savingsBetween, savingStreams } from './streams.ts';
import type { StatedFigure } from './presets/preset.ts';
import type { Evaluation } from './evaluate.ts';
import type { Figures } from './result.ts';
import type { Uplifts } from './uplift.ts';
import type { Scenario, Scheme } from './scenario.ts';

type ReconciliationStatus = 'agrees' | 'differs' | 'missing';

export interface ReconciliationRow {
  stated: StatedFigure;
  /** the scheme's name, or "Portfolio" */
  scopeName: string;
  /** null: no payback within the horizon, or the scheme is no longer in the scenario */
  computed: Decimal | null;
  /** computed − stated, when both exist */
  difference: Decimal | null;
  /** 'missing': the scheme the report speaks of has been removed from the scenario */
  status: ReconciliationStatus;
}

function computedFigure(stated: StatedFigure, schemes: readonly Scheme[], figures: Figures, uplifts: Uplifts): Decimal | null {
  switch (stated.figure) {
    case 'councilInvestment':
      return figures.totalInvestment.minus(figures.externalFunding);
    case 'netInvestment':
      return figures.totalInvestment.minus(schemes.reduce((sum, s) => sum.plus(s.residualValue), ZERO));
    case 'annualSaving': {
      const from = stated.fromMonth ?? 0;
      return schemes.reduce((sum, s) => sum.plus(savingsBetween(savingStreams(s), from, from + 12, (rate) => uplifts.of(rate))), ZERO);
    }
    default:
      return figures[stated.figure];
  }
}

function differs(stated: StatedFigure, computed: Decimal | null): boolean {
  if (computed === null) return true;
  if (stated.comparison === 'atMost') return computed.greaterThan(stated.stated);
  return computed.minus(stated.stated).abs().greaterThan(stated.tolerance);
}

/** Each stated figure against the model's figure for the scenario as it now stands (`evaluation` is the scenario's). */
export function reconcile(stated: readonly StatedFigure[], scenario: Scenario, evaluation: Evaluation): ReconciliationRow[] {
  const { result, uplifts } = evaluation;
  return stated.map((s) => {
    let schemes: Scheme[];
    let figures: Figures;
    let scopeName: string;
    if (s.scope === 'portfolio') {
      schemes = scenario.schemes.filter((x) => x.enabled);
      figures = result.portfolio.figures;
      scopeName = 'Portfolio';
    } else {
      const id = s.scope.scheme;
      const i = scenario.schemes.findIndex((x) => x.id === id);
      const scheme = scenario.schemes[i];
      const r = result.schemes[i];
      if (!scheme || !r) return { stated: s, scopeName: id, computed: null, difference: null, status: 'missing' };
      schemes = [scheme];
      figures = r.figures;
      scopeName = scheme.name;
    }
    const computed = computedFigure(s, schemes, figures, uplifts);
    return {
      stated: s,
      scopeName,
      computed,
      difference: computed === null ? null : computed.minus(s.stated),
      status: differs(s, computed) ? 'differs' : 'agrees',
    };
  });
}
