/**
 * A preset: a scenario built from one council report, with the provenance of every input
 * and the figures the report itself states, so the model can reconcile the two.
 */
import type { Scenario } from '../scenario.ts';

/** One of the five source reports, kept whole in docs/reports. */
export interface Report {
  id: string;
  council: string;
  /** e.g. "Children and Family Services Overview and Scrutiny Committee" */
  meeting: string;
  title: string;
  /** ISO date of the meeting, e.g. "2021-03-09" */
  date: string;
}

/** Where an input or a stated figure came from. */
export type Source =
  | {
      kind: 'report';
      /** Report.id */
      report: string;
      /** paragraph as the report numbers it: "14a", "4.6", "Appendix 1" */
      paragraph: string;
      /** the report's words, short, verbatim */
      quote: string;
    }
  | {
      kind: 'assumption';
      /** one line: why this value, since no report gives it */
      reason: string;
    };

/**
 * Input paths name a scenario input the way `inputPaths()` lists them:
 * scenario level `discountRate`; scheme level `p1.placements.occupancy`, `p1.capital.0.amount`,
 * `p1.otherSavings.1.annual` (scheme id, then the field path inside the scheme).
 */
export type Provenance = Record<string, Source>;

/** Figures the model computes that a report may state, for one scheme or the portfolio. */
type ReconciledFigure =
  | 'totalInvestment'
  | 'externalFunding'
  /** totalInvestment − externalFunding: what the council itself puts in */
  | 'councilInvestment'
  /** totalInvestment − residualValue: investment net of the retained asset */
  | 'netInvestment'
  | 'annualSavingYear1'
  /** the twelve monthly savings from month `fromMonth` of the StatedFigure */
  | 'annualSaving'
  | 'paybackYears'
  | 'netPaybackYears'
  | 'discountedPaybackYears'
  | 'npv';

export interface StatedFigure {
  /** the portfolio, or one scheme by its id (kept apart: a scheme may be called anything, "portfolio" too) */
  scope: 'portfolio' | { scheme: string };
  figure: ReconciledFigure;
  /** for figure 'annualSaving': the first month index of the twelve */
  fromMonth?: number;
  /** the number the report gives, in pounds or years */
  stated: number;
  /**
   * 'about': the report rounds; flagged when |computed − stated| > tolerance.
   * 'atMost': "within N years"; flagged when computed > stated (or there is no payback).
   */
  comparison: 'about' | 'atMost';
  /** half the report's own rounding unit (£1k figures: 500; half-years: 0.25); unused for atMost */
  tolerance: number;
  /** the report's words, e.g. "a payback of five years" */
  wording: string;
  source: Source & { kind: 'report' };
  /**
   * Set when inputs were worked back from this figure (no report gives them): it agrees by construction, so its
   * agreeing is no check of the report. `what` names them for the words "Worked back: the saving was set from this
   * figure"; `inputs` are their provenance paths, each an assumption.
   */
  workedBack?: { what: string; inputs: readonly string[] };
}

export interface Preset {
  id: string;
  title: string;
  report: Report;
  /** one paragraph: what the preset models and what it leaves out */
  summary: string;
  scenario: Scenario;
  provenance: Provenance;
  stated: StatedFigure[];
}
