import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { evaluateScenario } from '../../src/model/evaluate.ts';
import { toOutputJson } from '../../src/model/output.ts';
import { DEFAULT_PRESET_ID, PRESETS, presetById } from '../../src/model/presets/index.ts';
import { restoreScenario } from '../../src/model/restore.ts';
import { crossingMonth } from '../../src/model/result.ts';
import { Explorer, UNKNOWN_PRESET } from '../../src/state/explorer.svelte.ts';
import { schemeInputGroups } from '../../src/fields/inputFields.ts';
import { readInput } from '../../src/model/schemeInputs.ts';
import { fromDisplay } from '../../src/fields/typedValue.ts';

const leics = presetById(DEFAULT_PRESET_ID)!;
const schemeResult = (e: Explorer, id: string) => e.result.schemes.find((s) => s.id === id)!;
/** Whether an input is marked changed, as the scheme panel marks it: it differs from the preset's (an added scheme has none). */
function isChanged(e: Explorer, schemeId: string, path: string): boolean {
  const baseline = e.baselineOf(schemeId);
  const scheme = e.scenario.schemes.find((s) => s.id === schemeId)!;
  return baseline !== undefined && readInput(scheme, path) !== readInput(baseline, path);
}

describe('Explorer', () => {
  it('opens the default preset, its figures the model’s own', () => {
    const e = new Explorer();
    expect(e.preset.id).toBe(DEFAULT_PRESET_ID);
    expect(e.scenario).toBe(leics.scenario);
    expect(toOutputJson(e.result)).toEqual(toOutputJson(evaluateScenario(leics.scenario)));
    expect([...e.expanded]).toEqual([leics.scenario.schemes[0]!.id]);
  });

  it('setInput changes that scheme’s figures and leaves every other scheme the same object', () => {
    const e = new Explorer();
    const before = e.scenario;
    const p1Before = schemeResult(e, 'p1');
    const p2Before = schemeResult(e, 'p2').figures.paybackYears!;
    e.setInput('p2', 'placements.occupancy', 1);
    expect(e.scenario.schemes.find((s) => s.id === 'p2')!.placements!.occupancy).toBe(1);
    expect(schemeResult(e, 'p2').figures.paybackYears!.lessThan(p2Before)).toBe(true);
    expect(e.scenario.schemes.filter((s) => s.id !== 'p2')).toEqual(before.schemes.filter((s) => s.id !== 'p2'));
    e.scenario.schemes.forEach((s, i) => {
      if (s.id !== 'p2') expect(s).toBe(before.schemes[i]);
    });
    // The model's cache hands back the very same result for the untouched scheme.
    expect(schemeResult(e, 'p1')).toBe(p1Before);
    expect(isChanged(e, 'p2', 'placements.occupancy')).toBe(true);
    expect(isChanged(e, 'p2', 'placements.beds')).toBe(false);
  });

  it('switching a scheme off takes it out of the portfolio and off the chart', () => {
    const e = new Explorer();
    const total = e.result.portfolio.figures.totalInvestment;
    const p4 = schemeResult(e, 'p4').figures.totalInvestment;
    e.setEnabled('p4', false);
    expect(e.result.portfolio.figures.totalInvestment.equals(total.minus(p4))).toBe(true);
    expect(e.curves.map((c) => c.id)).not.toContain('p4');
    e.setEnabled('p4', true);
    expect(e.result.portfolio.figures.totalInvestment.equals(total)).toBe(true);
  });

  it('adds a blank home or team that changes no figure, open, under a fresh id', () => {
    const e = new Explorer();
    const before = toOutputJson(e.result).portfolio;
    const home = e.addScheme('home');
    const team = e.addScheme('team');
    const again = e.addScheme('home');
    expect(new Set([home, team, again]).size).toBe(3);
    expect(e.scenario.schemes.slice(-3).map((s) => s.kind)).toEqual(['home', 'team', 'home']);
    expect(e.scenario.schemes.slice(-3).map((s) => s.name)).toEqual(['New home', 'New team', 'New home 2']);
    expect(toOutputJson(e.result).portfolio).toEqual(before);
    expect(e.expanded.has(home)).toBe(true);
    expect(e.sourceOf(home, 'placements.occupancy')).toBeUndefined();
    expect(isChanged(e, home, 'placements.occupancy')).toBe(false);
  });

  it('duplicates a scheme right after it, counting it twice, with the original’s sources', () => {
    const e = new Explorer();
    const total = e.result.portfolio.figures.totalInvestment;
    const p2 = schemeResult(e, 'p2').figures.totalInvestment;
    const copy = e.duplicateScheme('p2')!;
    const ids = e.scenario.schemes.map((s) => s.id);
    expect(ids.indexOf(copy)).toBe(ids.indexOf('p2') + 1);
    expect(e.scenario.schemes[ids.indexOf(copy)]!.name).toBe(`${schemeResult(e, 'p2').name} (copy)`);
    expect(e.result.portfolio.figures.totalInvestment.equals(total.plus(p2))).toBe(true);
    expect(e.sourceOf(copy, 'placements.occupancy')).toEqual(leics.provenance['p2.placements.occupancy']);
    e.setInput(copy, 'placements.beds', 5);
    expect(isChanged(e, copy, 'placements.beds')).toBe(true);
    expect(
      readInput(
        e.scenario.schemes.find((s) => s.id === 'p2')!,
        'placements.beds',
      ),
    ).toBe(3);
  });

  it('removes and renames a scheme', () => {
    const e = new Explorer();
    e.rename('art', 'ART');
    expect(schemeResult(e, 'art').name).toBe('ART');
    e.removeScheme('art');
    expect(e.scenario.schemes.map((s) => s.id)).toEqual(['p1', 'p2', 'p3', 'p4']);
    expect(e.result.schemes).toHaveLength(4);
  });

  it('adds blank lines to a scheme’s lists, and removes only the lines it added', () => {
    const e = new Explorer();
    const before = toOutputJson(e.result).portfolio;
    e.addLine('p2', 'funding');
    e.addLine('p2', 'capital');
    e.addLine('p2', 'otherSavings');
    const p2 = () => e.scenario.schemes.find((s) => s.id === 'p2')!;
    expect(p2().funding).toHaveLength(1);
    expect(p2().capital).toHaveLength(4);
    expect(p2().otherSavings).toHaveLength(2);
    expect(toOutputJson(e.result).portfolio).toEqual(before);
    e.setInput('p2', 'funding.0.amount', 100_000);
    expect(e.result.portfolio.figures.externalFunding.toNumber()).toBe(100_000);
    expect(e.baselineOf('p2')!.capital).toHaveLength(3);
    e.removeLine('p2', 'capital', 0); // the preset's own purchase: stays
    expect(p2().capital).toHaveLength(4);
    e.removeLine('p2', 'capital', 3);
    e.removeLine('p2', 'funding', 0);
    expect(p2().capital).toHaveLength(3);
    expect(p2().funding).toHaveLength(0);
    expect(e.result.portfolio.figures.externalFunding.isZero()).toBe(true);
  });

  it('resets one scheme’s inputs to its preset, keeping its name and switch', () => {
    const e = new Explorer();
    e.setInput('p3', 'block.inHouseAnnualCost', 350_000);
    e.setInput('p2', 'placements.occupancy', 0.5);
    e.rename('p3', 'Family home');
    e.setEnabled('p3', false);
    e.resetScheme('p3');
    const p3 = e.scenario.schemes.find((s) => s.id === 'p3')!;
    expect(p3.block!.inHouseAnnualCost).toBe(296_000);
    expect(p3.name).toBe('Family home');
    expect(p3.enabled).toBe(false);
    expect(e.scenario.schemes.find((s) => s.id === 'p2')!.placements!.occupancy).toBe(0.5);
  });

  it('choosing its preset again resets the whole scenario to it', () => {
    const e = new Explorer();
    e.setSetting('horizonYears', 20);
    e.removeScheme('p1');
    e.choosePreset(e.preset.id);
    expect(e.scenario).toBe(leics.scenario);
  });

  it('choosing a preset shows that preset’s schemes; an unknown preset is refused', () => {
    const e = new Explorer();
    for (const preset of PRESETS) {
      e.choosePreset(preset.id);
      expect(e.result.schemes.map((s) => s.name)).toEqual(preset.scenario.schemes.map((s) => s.name));
    }
    expect(() => e.choosePreset('nope')).toThrow(UNKNOWN_PRESET);
  });

  it('scenario settings change the horizon of every curve', () => {
    const e = new Explorer();
    e.setSetting('horizonYears', 20);
    expect(e.result.horizonMonths).toBe(240);
    expect(e.curves.every((c) => c.values.length === 241)).toBe(true);
    expect(e.scenario.horizonYears).not.toBe(e.preset.scenario.horizonYears);
    expect(e.settingSource('discountRate')).toEqual(leics.provenance['discountRate']);
  });

  it('the view picks each curve’s series and marks the model’s crossing for it', () => {
    const e = new Explorer();
    for (const view of ['cash', 'net', 'discounted'] as const) {
      e.view = view;
      const p2 = e.curves.find((c) => c.id === 'scheme:p2')!;
      const result = schemeResult(e, 'p2');
      expect(p2.values).toBe(result.series[view]);
      const years = { cash: 'paybackYears', net: 'netPaybackYears', discounted: 'discountedPaybackYears' } as const;
      expect(p2.crossingMonth).toBe(crossingMonth(result.t0, result.figures[years[view]]));
      expect(e.curves.at(-1)!.kind).toBe('portfolio');
    }
  });

  it('hands the chart the same curve object for every scheme a slider step did not touch', () => {
    const e = new Explorer();
    const before = e.curves;
    e.setInput('p2', 'placements.occupancy', 0.9);
    const after = e.curves;
    after.forEach((c, i) => {
      if (c.id === 'scheme:p2' || c.kind === 'portfolio') expect(c).not.toBe(before[i]);
      else expect(c).toBe(before[i]);
    });
  });

  it('replace puts in a restored scenario and keeps the preset for sources', () => {
    const e = new Explorer();
    const restored = restoreScenario({ ...leics.scenario, horizonYears: 15 });
    if (!restored.ok) throw new Error(restored.errors.join('\n'));
    e.replace(restored.scenario);
    expect(e.result.horizonMonths).toBe(180);
    expect(e.preset.id).toBe(DEFAULT_PRESET_ID);
    expect(isChanged(e, 'p2', 'placements.occupancy')).toBe(false);
    expect(e.scenario.horizonYears).not.toBe(e.preset.scenario.horizonYears);
  });

  it('reconciles the report’s stated figures with the scenario as it stands', () => {
    const e = new Explorer();
    const p2Payback = () =>
      e.reconciliation.find((r) => r.stated.scope !== 'portfolio' && r.stated.scope.scheme === 'p2' && r.stated.figure === 'paybackYears')!;
    expect(p2Payback().status).toBe('agrees');
    e.setInput('p2', 'placements.occupancy', 0);
    expect(p2Payback().status).toBe('differs');
  });

  it('tells the report’s own disagreements from the officer’s changes, the preset evaluated apart', () => {
    const e = new Explorer();
    const row = (scheme: string, figure: string) =>
      e.reconciliation.find((r) => r.stated.scope !== 'portfolio' && r.stated.scope.scheme === scheme && r.stated.figure === figure)!;
    expect(row('p2', 'paybackYears').verdict).toBe('agrees');
    expect(row('p1', 'paybackYears').verdict).toBe('reportDiffers');
    e.setInput('p2', 'placements.occupancy', 0);
    expect(row('p2', 'paybackYears')).toMatchObject({ verdict: 'changed', moved: true });
    expect(row('p2', 'paybackYears').atPreset?.toDecimalPlaces(4).toNumber()).toBe(2.3221);
    // the working evaluation is the scenario's own, untouched by the preset's
    expect(
      e.evaluation.result.schemes
        .find((s) => s.id === 'p2')!
        .figures.paybackYears?.toDecimalPlaces(4)
        .toNumber(),
    ).not.toBe(2.3221);
    e.undo();
    expect(row('p2', 'paybackYears')).toMatchObject({ verdict: 'agrees', moved: false });
  });

  it('every edit leaves a scenario the validation door accepts', () => {
    const leicsSchemes = leics.scenario.schemes;
    const edit = fc.oneof(
      fc.record({
        verb: fc.constant('input' as const),
        scheme: fc.nat(20),
        field: fc.nat(40),
        at: fc.double({ min: 0, max: 1, noNaN: true }),
      }),
      fc.record({
        verb: fc.constantFrom('add-home', 'add-team', 'duplicate', 'remove', 'off', 'reset', 'add-line', 'remove-line' as const),
        scheme: fc.nat(20),
      }),
    );
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 12 }), (edits) => {
        const e = new Explorer();
        for (const ed of edits) {
          const schemes = e.scenario.schemes;
          const scheme = schemes[ed.scheme % Math.max(1, schemes.length)];
          if (ed.verb === 'add-home') e.addScheme('home');
          else if (ed.verb === 'add-team') e.addScheme('team');
          if (!scheme) continue;
          if (ed.verb === 'duplicate') e.duplicateScheme(scheme.id);
          else if (ed.verb === 'remove') e.removeScheme(scheme.id);
          else if (ed.verb === 'off') e.setEnabled(scheme.id, !scheme.enabled);
          else if (ed.verb === 'reset') e.resetScheme(scheme.id);
          else if (ed.verb === 'add-line') e.addLine(scheme.id, (['capital', 'funding', 'otherSavings'] as const)[ed.scheme % 3]!);
          else if (ed.verb === 'remove-line') e.removeLine(scheme.id, 'funding', scheme.funding.length - 1);
          else if (ed.verb === 'input' && 'field' in ed) {
            const fields = schemeInputGroups(scheme).flatMap((g) => g.items.flatMap((i) => i.fields));
            const field = fields[ed.field % fields.length]!;
            if (field.spec.kind !== 'number') continue;
            // Anywhere on the slider's usual range, snapped to its step, as a drag would give.
            const { min, max, step } = field.spec.slider;
            const shown = Math.round((min + ed.at * (max - min)) / step) * step;
            e.setInput(scheme.id, field.path, fromDisplay(field.spec, Number(shown.toFixed(6))));
          }
        }
        const restored = restoreScenario(e.scenario);
        expect(restored.ok ? [] : restored.errors).toEqual([]);
      }),
      { numRuns: 60 },
    );
    expect(leicsSchemes).toBe(leics.scenario.schemes);
  });
});
