/**
 * reconcile: each stated figure beside the model's, flagged beyond the report's rounding.
 * Small hand-made StatedFigures on hand-worked schemes, then the real leics-2021 preset, whose
 * known mismatches (FACTS.md) must be found by the arithmetic.
 */
import { describe, expect, it } from 'vitest';
import { evaluateDetailed } from '../../src/model/evaluate.ts';
import { PRESETS, presetById } from '../../src/model/presets/index.ts';
import type { StatedFigure } from '../../src/model/presets/preset.ts';
import { reconcile, type ReconciliationRow } from '../../src/model/reconcile.ts';
import type { Scenario, Scheme } from '../../src/model/scenario.ts';
import { capital, funding, saving, scenario, scheme, stated } from './builders.ts';

const rowsFor = (s: Scenario, figures: StatedFigure[]): ReconciliationRow[] => reconcile(figures, s, evaluateDetailed(s));
const num = (d: { toNumber(): number } | null): number | null => (d === null ? null : d.toNumber());

// capital 1,000 at 0, 300 a month: C(t) = −1,000 + 300 t crosses at 10/3 months → 5/18 ≈ 0.2778 years
const small = scenario({ schemes: [scheme({ name: 'Home A', capital: [capital(1000)], otherSavings: [saving(3600)] })] });

describe('reconcile', () => {
  it("'about' within the tolerance agrees; beyond it differs", () => {
    const rows = rowsFor(small, [
      stated({ figure: 'totalInvestment', stated: 1400, tolerance: 500 }), // |1,000 − 1,400| = 400 ≤ 500
      stated({ figure: 'totalInvestment', stated: 1500, tolerance: 500 }), // |1,000 − 1,500| = 500 ≤ 500: on the edge, agrees
      stated({ figure: 'totalInvestment', stated: 1501, tolerance: 500 }), // 501 > 500
      stated({ figure: 'paybackYears', stated: 0.25, tolerance: 0.05 }), // |5/18 − 0.25| = 1/36 ≈ 0.028 ≤ 0.05
      stated({ figure: 'paybackYears', stated: 0.25, tolerance: 0.02 }), // 0.028 > 0.02
    ]);
    expect(rows.map((r) => r.status)).toEqual(['agrees', 'agrees', 'differs', 'agrees', 'differs']);
    expect(num(rows[0]!.computed)).toBe(1000);
    expect(num(rows[0]!.difference)).toBe(-400); // computed − stated = 1,000 − 1,400
    expect(num(rows[2]!.difference)).toBe(-501);
    expect(rows[0]!.scopeName).toBe('Home A');
  });

  it("'atMost' agrees at or under the stated figure and differs over it", () => {
    const rows = rowsFor(small, [
      stated({ figure: 'paybackYears', comparison: 'atMost', stated: 0.5, tolerance: 0 }), // 0.2778 ≤ 0.5
      stated({ figure: 'paybackYears', comparison: 'atMost', stated: 0.25, tolerance: 0 }), // 0.2778 > 0.25
      stated({ figure: 'totalInvestment', comparison: 'atMost', stated: 1000, tolerance: 0 }), // 1,000 ≤ 1,000
    ]);
    expect(rows.map((r) => r.status)).toEqual(['agrees', 'differs', 'agrees']);
  });

  it('a null payback differs, with no difference to show', () => {
    // capital 20,000, 1,000 a month, N = 12: C(12) = −8,000, no payback
    const s = scenario({ schemes: [scheme({ capital: [capital(20_000)], otherSavings: [saving(12_000)] })] });
    const rows = rowsFor(s, [
      stated({ figure: 'paybackYears', stated: 5, tolerance: 0.25 }),
      stated({ figure: 'paybackYears', comparison: 'atMost', stated: 5, tolerance: 0 }),
    ]);
    for (const row of rows) {
      expect(row.computed).toBeNull();
      expect(row.difference).toBeNull();
      expect(row.status).toBe('differs');
    }
  });

  it("a removed scheme is 'missing'", () => {
    const rows = rowsFor(small, [stated({ scope: { scheme: 'gone' }, figure: 'totalInvestment', stated: 1000 })]);
    expect(rows[0]).toMatchObject({ scopeName: 'gone', computed: null, difference: null, status: 'missing' });
  });

  it('netInvestment = totalInvestment − residualValue', () => {
    // 549,000 + 320,000 = 869,000 capital; residual 600,000 → 269,000 (Property 3's shape)
    const s = scenario({ schemes: [scheme({ capital: [capital(549_000), capital(320_000)], residualValue: 600_000 })] });
    const rows = rowsFor(s, [stated({ figure: 'netInvestment', stated: 369_000 }), stated({ figure: 'netInvestment', stated: 269_000 })]);
    expect(num(rows[0]!.computed)).toBe(269_000);
    expect(num(rows[0]!.difference)).toBe(-100_000); // 269,000 − 369,000
    expect(rows.map((r) => r.status)).toEqual(['differs', 'agrees']);
  });

  it('councilInvestment = totalInvestment − externalFunding', () => {
    // capital 10,000, grant 4,000 → 6,000; the same in the whole perspective (externalFunding counts either way)
    for (const perspective of ['council', 'whole'] as const) {
      const s = scenario({ perspective, schemes: [scheme({ capital: [capital(10_000)], funding: [funding(4000, 3)] })] });
      const [row] = rowsFor(s, [stated({ figure: 'councilInvestment', stated: 6000 })]);
      expect(num(row!.computed)).toBe(6000);
      expect(row!.status).toBe('agrees');
    }
  });

  it('annualSaving with fromMonth: the twelve monthly savings from that month', () => {
    // 12,000 a year with costInflation 0.1, from month 0; horizon 1 year (annualSaving is not clipped by it)
    const s = scenario({ schemes: [scheme({ otherSavings: [saving(12_000)], costInflation: 0.1 })] });
    const rows = rowsFor(s, [
      stated({ figure: 'annualSaving', stated: 12_000 }), // no fromMonth: months 0 … 11 at U = 1 → 12,000
      stated({ figure: 'annualSaving', fromMonth: 6, stated: 12_600 }), // 6 × 1,000 + 6 × 1,100 = 12,600
      stated({ figure: 'annualSaving', fromMonth: 12, stated: 13_200 }), // 12 × 1,100 = 13,200
    ]);
    expect(rows.map((r) => num(r.computed))).toEqual([12_000, 12_600, 13_200]);
    expect(rows.every((r) => r.status === 'agrees')).toBe(true);
  });

  it("a portfolio figure sums the enabled schemes and is named 'Portfolio'", () => {
    // enabled: capital 1,000, residual 300; disabled: capital 5,000, residual 4,000 (left out)
    const s = scenario({
      schemes: [
        scheme({ capital: [capital(1000)], residualValue: 300 }),
        scheme({ id: 's2', enabled: false, capital: [capital(5000)], residualValue: 4000 }),
      ],
    });
    const rows = rowsFor(s, [
      stated({ scope: 'portfolio', figure: 'totalInvestment', stated: 1000 }),
      stated({ scope: 'portfolio', figure: 'netInvestment', stated: 700 }), // 1,000 − 300
    ]);
    expect(rows.map((r) => [r.scopeName, num(r.computed), r.status])).toEqual([
      ['Portfolio', 1000, 'agrees'],
      ['Portfolio', 700, 'agrees'],
    ]);
  });

  it('a scheme whose id is "portfolio" is that scheme, never the portfolio', () => {
    const s = scenario({
      schemes: [scheme({ capital: [capital(1000)] }), scheme({ id: 'portfolio', name: 'Home P', capital: [capital(5000)] })],
    });
    const rows = rowsFor(s, [
      stated({ scope: 'portfolio', figure: 'totalInvestment', stated: 6000 }),
      stated({ scope: { scheme: 'portfolio' }, figure: 'totalInvestment', stated: 5000 }),
    ]);
    expect(rows.map((r) => [r.scopeName, num(r.computed), r.status])).toEqual([
      ['Portfolio', 6000, 'agrees'],
      ['Home P', 5000, 'agrees'],
    ]);
  });

  it("finds the leics-2021 report's mismatches: p1 and p3 paybacks and p3's net investment; p2's payback agrees", () => {
    const preset = presetById('leics-2021');
    if (!preset) throw new Error('leics-2021 preset missing');
    const rows = reconcile(preset.stated, preset.scenario, evaluateDetailed(preset.scenario));
    const row = (scope: string, figure: StatedFigure['figure']) => {
      const found = rows.find((r) => r.stated.scope !== 'portfolio' && r.stated.scope.scheme === scope && r.stated.figure === figure);
      if (!found) throw new Error(`no stated ${scope}.${figure}`);
      return found;
    };
    // p1: C(t) = −431,000 + (82,000 / 12) t → months = 431,000 × 12 / 82,000 = 63.07…; 63.07 / 12 = 5.2561 years,
    // 0.2561 from "five years" > the quarter-year tolerance
    const p1 = row('p1', 'paybackYears');
    expect(p1.computed?.toDecimalPlaces(4).toNumber()).toBe(5.2561);
    expect(p1.status).toBe('differs');
    // p3: 869,000 / 247,000 = 3.5182 years against "four years": 0.48 > 0.25
    const p3 = row('p3', 'paybackYears');
    expect(p3.computed?.toDecimalPlaces(4).toNumber()).toBe(3.5182);
    expect(p3.status).toBe('differs');
    // p3 net investment: 869,000 − 600,000 = 269,000 against the report's £369k
    const p3net = row('p3', 'netInvestment');
    expect(num(p3net.computed)).toBe(269_000);
    expect(p3net.status).toBe('differs');
    // p2: 437,000 / (136,188 + 52,000) = 437,000 / 188,188 = 2.3221 years, "within 2.5 years"
    const p2 = row('p2', 'paybackYears');
    expect(p2.computed?.toDecimalPlaces(4).toNumber()).toBe(2.3221);
    expect(p2.status).toBe('agrees');
    // and the totals the report gets right agree: p1 £431k, £82k
    expect(row('p1', 'totalInvestment').status).toBe('agrees');
    expect(row('p1', 'annualSavingYear1').status).toBe('agrees');
  });

  describe("at the report's inputs and at yours", () => {
    const leics = presetById('leics-2021')!;
    const atPreset = { scenario: leics.scenario, evaluation: evaluateDetailed(leics.scenario) };
    const withP2 = (change: (p2: Scheme) => Scheme): Scenario => ({
      ...leics.scenario,
      schemes: leics.scenario.schemes.map((s) => (s.id === 'p2' ? change(s) : s)),
    });
    const rowsNow = (s: Scenario) => reconcile(leics.stated, s, evaluateDetailed(s), atPreset);
    const find = (rows: ReconciliationRow[], scope: string, figure: StatedFigure['figure']) =>
      rows.find((r) => r.stated.scope !== 'portfolio' && r.stated.scope.scheme === scope && r.stated.figure === figure)!;

    it("the preset as it comes: each figure is the report's own sum, agreeing or not", () => {
      const rows = rowsNow(leics.scenario);
      // p1's £431k ÷ £82k is 5.26 years against "five": the report does not add up
      expect(find(rows, 'p1', 'paybackYears')).toMatchObject({ verdict: 'reportDiffers', moved: false });
      expect(num(find(rows, 'p1', 'paybackYears').atPreset)).toBe(num(find(rows, 'p1', 'paybackYears').computed));
      expect(find(rows, 'p3', 'netInvestment').verdict).toBe('reportDiffers');
      expect(find(rows, 'p2', 'paybackYears').verdict).toBe('agrees');
      expect(find(rows, 'p2', 'annualSavingYear1').verdict).toBe('agrees');
    });

    it("a figure that agreed at the report's inputs and no longer does is the officer's change, not the report's", () => {
      // occupancy 75 % → 50 %: placements save 1,164 × 3 × 52 × 0.5 = 90,792, plus 52,000 = 142,792 against £188k
      const rows = rowsNow(withP2((p2) => ({ ...p2, placements: { ...p2.placements!, occupancy: 0.5 } })));
      const saving = find(rows, 'p2', 'annualSavingYear1');
      expect(saving).toMatchObject({ verdict: 'changed', moved: true, status: 'differs' });
      expect(num(saving.atPreset)).toBe(188_188);
      expect(num(saving.computed)).toBe(142_792);
      // its cost is untouched: still agrees, unmoved
      expect(find(rows, 'p2', 'totalInvestment')).toMatchObject({ verdict: 'agrees', moved: false });
      // a figure the report gets wrong stays the report's fault whatever the officer does elsewhere
      expect(find(rows, 'p1', 'paybackYears').verdict).toBe('reportDiffers');
    });

    it('a change that keeps a figure within the report still agrees, though it moved', () => {
      const rows = rowsNow(withP2((p2) => ({ ...p2, placements: { ...p2.placements!, occupancy: 0.8 } })));
      expect(find(rows, 'p2', 'paybackYears')).toMatchObject({ verdict: 'agrees', moved: true });
    });

    it('a figure an input was worked back from is marked so, never an independent agreement', () => {
      const rows = rowsNow(leics.scenario);
      // Property 4's saving is set from "a payback within five years"; Property 1's staff-time saving is the rest of its £82k
      expect(find(rows, 'p4', 'paybackYears')).toMatchObject({ verdict: 'workedBack', status: 'agrees' });
      expect(find(rows, 'p1', 'annualSavingYear1')).toMatchObject({ verdict: 'workedBack', status: 'agrees' });
      const worked = rows.filter((r) => r.verdict === 'workedBack').map((r) => r.stated.wording);
      expect(worked).toEqual(['£82k per annum for three placements', 'a payback within five years']);
    });

    it("every preset's worked-back figures name inputs the preset has, each an assumption", () => {
      for (const preset of PRESETS) {
        for (const figure of preset.stated.filter((f) => f.workedBack)) {
          for (const path of figure.workedBack!.inputs) expect(preset.provenance[path]?.kind, `${preset.id} ${path}`).toBe('assumption');
        }
      }
      const count = PRESETS.flatMap((p) => p.stated.filter((f) => f.workedBack).map((f) => `${p.id} ${f.wording}`));
      expect(count).toEqual(['leics-2021 £82k per annum for three placements', 'leics-2021 a payback within five years']);
    });

    it('a scheme the preset has but the scenario lost is missing; without a preset evaluation, the scenario is its own', () => {
      const s: Scenario = { ...leics.scenario, schemes: leics.scenario.schemes.filter((x) => x.id !== 'p3') };
      expect(find(rowsNow(s), 'p3', 'paybackYears').verdict).toBe('missing');
      const alone = reconcile(leics.stated, leics.scenario, evaluateDetailed(leics.scenario));
      expect(alone.map((r) => r.verdict)).toEqual(rowsNow(leics.scenario).map((r) => r.verdict));
    });
  });
});
