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

/**
 * The two questions kept apart. 'reportDiffers': the report's figure and its own inputs disagree (the preset as it
 * comes); 'changed': they agreed, and the scenario's changes since make the figure disagree; 'workedBack': an input
 * was set from this figure, so its agreeing shows nothing; 'missing': the scheme is no longer in the scenario.
 */
export type ReconciliationVerdict = 'agrees' | 'reportDiffers' | 'changed' | 'workedBack' | 'missing';

export interface ReconciliationRow {
  stated: StatedFigure;
  /** the scheme's name, or "Portfolio" */
  scopeName: string;
  /** null: no payback within the horizon, or the scheme is no longer in the scenario */
  computed: Decimal | null;
  /** computed − stated, when both exist */
  difference: Decimal | null;
  /** the scenario as it stands against the stated figure; 'missing': the scheme has been removed */
  status: ReconciliationStatus;
  /** the figure at the preset's own inputs (null: no payback there, or the preset lacks the scheme) */
  atPreset: Decimal | null;
  verdict: ReconciliationVerdict;
  /** whether the scenario's changes have moved the figure from what the preset's inputs give */
  moved: boolean;
}

/** A scenario with its evaluation. */
export interface Evaluated {
  scenario: Scenario;
  evaluation: Evaluation;
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

/** The model's figure for what a stated figure speaks of, with that scope's name; undefined when its scheme is gone. */
function figureIn(s: StatedFigure, { scenario, evaluation }: Evaluated): { scopeName: string; computed: Decimal | null } | undefined {
  const { result, uplifts } = evaluation;
  if (s.scope === 'portfolio') {
    const schemes = scenario.schemes.filter((x) => x.enabled);
    return { scopeName: 'Portfolio', computed: computedFigure(s, schemes, result.portfolio.figures, uplifts) };
  }
  const id = s.scope.scheme;
  const i = scenario.schemes.findIndex((x) => x.id === id);
  const scheme = scenario.schemes[i];
  const r = result.schemes[i];
  if (!scheme || !r) return undefined;
  return { scopeName: scheme.name, computed: computedFigure(s, [scheme], r.figures, uplifts) };
}

const same = (a: Decimal | null, b: Decimal | null) => (a === null || b === null ? a === b : a.equals(b));

/**
 * Each stated figure against the model's, for the scenario as it now stands (`evaluation` is the scenario's) and
 * at the preset's own inputs (`atPreset`, evaluated apart; left out, the scenario is taken as the preset's).
 */
export function reconcile(
  stated: readonly StatedFigure[],
  scenario: Scenario,
  evaluation: Evaluation,
  atPreset: Evaluated = { scenario, evaluation },
): ReconciliationRow[] {
  return stated.map((s) => {
    const now = figureIn(s, { scenario, evaluation });
    const before = atPreset.scenario === scenario ? now : figureIn(s, atPreset);
    const presetFigure = before?.computed ?? null;
    if (!now) {
      const scopeName = s.scope === 'portfolio' ? 'Portfolio' : s.scope.scheme;
      return {
        stated: s,
        scopeName,
        computed: null,
        difference: null,
        status: 'missing',
        atPreset: presetFigure,
        verdict: 'missing',
        moved: true,
      };
    }
    const { scopeName, computed } = now;
    const status = differs(s, computed) ? 'differs' : 'agrees';
    // Without the preset's own figure (its scheme unknown to it), the scenario's is the best there is.
    const reportAddsUp = before ? !differs(s, presetFigure) : status === 'agrees';
    const verdict: ReconciliationVerdict = s.workedBack
      ? 'workedBack'
      : !reportAddsUp
        ? 'reportDiffers'
        : status === 'differs'
          ? 'changed'
          : 'agrees';
    return {
      stated: s,
      scopeName,
      computed,
      difference: computed === null ? null : computed.minus(s.stated),
      status,
      atPreset: presetFigure,
      verdict,
      moved: before ? !same(computed, presetFigure) : false,
    };
  });
}
