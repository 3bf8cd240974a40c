/**
 * What a scenario changes from its preset: every difference, as the "What changed" list and the scheme rows
 * show it, worked out by the one "changed" rule the input marks use. The Explorer is the preset's stand-in,
 * as it is on screen: its baselines, sources and copies' origins.
 */
import { describe, expect, it } from 'vitest';
import { presetById } from '../../src/model/presets/index.ts';
import { Explorer } from '../../src/state/explorer.svelte.ts';
import { DifferenceMemo, isChanged, scenarioChanges, schemeStanding, standingText } from '../../src/state/changes.ts';

const leics = presetById('leics-2021')!;
const rows = (e: Explorer) => scenarioChanges(e.scenario, e).map((d) => [d.scope, d.input, d.was, d.now]);
const standing = (e: Explorer, id: string) =>
  schemeStanding(
    e.scenario.schemes.find((s) => s.id === id)!,
    e,
    e.scenario.startMonth,
  );

describe('isChanged, the one rule', () => {
  it('an input is changed when the preset has it and its value is another', () => {
    expect(isChanged(0.5, 0.75)).toBe(true);
    expect(isChanged(0.75, 0.75)).toBe(false);
    expect(isChanged('perBed', 'perOccupiedBed')).toBe(true);
    expect(isChanged(10, undefined)).toBe(false); // nothing to compare with: an added scheme or line
  });
});

describe('scenarioChanges', () => {
  it('a preset as it comes has no changes', () => {
    const e = new Explorer('leics-2021');
    expect(scenarioChanges(e.scenario, e)).toEqual([]);
    for (const s of e.scenario.schemes) {
      expect(standing(e, s.id)).toEqual({ kind: 'preset', inputs: 0, lines: 0 });
      expect(standingText(standing(e, s.id))).toBe('');
    }
  });

  it('one input changed is that one difference, with the preset value, the value now and its source', () => {
    const e = new Explorer('leics-2021');
    e.setInput('p2', 'placements.occupancy', 0.5);
    const changes = scenarioChanges(e.scenario, e);
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({
      schemeId: 'p2',
      scope: 'Property 2 — residential, 16+',
      input: 'Occupancy',
      path: 'placements.occupancy',
      was: '75%',
      now: '50%',
      source: leics.provenance['p2.placements.occupancy'],
    });
    expect(standingText(standing(e, 'p2'))).toBe('1 input changed');
  });

  it('values read as the fields show them: pounds a week, line names, months as the calendar month', () => {
    const e = new Explorer('leics-2021');
    e.setInput('p2', 'placements.externalWeeklyFee', 6000);
    e.setInput('p2', 'capital.0.amount', 400_000);
    e.setInput('p2', 'openingMonth', 12);
    e.setInput('p2', 'placements.costBasis', 'perBed');
    expect(rows(e)).toEqual([
      ['Property 2 — residential, 16+', 'External weekly fee', '£5,117 a week', '£6,000 a week'],
      ['Property 2 — residential, 16+', 'Cost basis', 'Only for occupied beds', 'For every bed, full or empty'],
      ['Property 2 — residential, 16+', 'Purchase of the property: amount', '£385,000', '£400,000'],
      ['Property 2 — residential, 16+', 'Opening month', 'Apr 2021', 'Apr 2022'],
    ]);
    expect(standingText(standing(e, 'p2'))).toBe('4 inputs changed');
  });

  it('scenario-wide settings that differ come first, named as the scenario bar names them', () => {
    const e = new Explorer('leics-2021');
    e.setSetting('startMonth', '2022-04');
    e.setSetting('horizonYears', 15);
    e.setSetting('discountRate', 0.05);
    e.setSetting('generalInflation', 0.02);
    e.setSetting('perspective', 'whole');
    expect(rows(e)).toEqual([
      ['Whole scenario', 'Start month', 'Apr 2021', 'Apr 2022'],
      ['Whole scenario', 'Horizon', '10 years', '15 years'],
      ['Whole scenario', 'Discount rate', '3.5%', '5%'],
      ['Whole scenario', 'General inflation', '0%', '2%'],
      ['Whole scenario', 'Perspective', 'Council: external funding counts as income', 'Whole: external funding left out'],
    ]);
    expect(scenarioChanges(e.scenario, e)[0]!.source).toBe(leics.provenance.startMonth);
  });

  it('an added scheme and a duplicate are not in the preset; a removed preset scheme says so', () => {
    const e = new Explorer('leics-2021');
    const added = e.addScheme('home');
    const copy = e.duplicateScheme('p1')!;
    e.setInput(copy, 'placements.beds', 4);
    e.removeScheme('p3');
    expect(standing(e, added)).toEqual({ kind: 'added' });
    expect(standingText(standing(e, added))).toBe('Not in the preset');
    expect(standing(e, copy)).toEqual({ kind: 'copy', of: leics.scenario.schemes[0]!.name, inputs: 1, lines: 0 });
    expect(standingText(standing(e, copy))).toBe(`Not in the preset: a copy of ${leics.scenario.schemes[0]!.name}, 1 input changed`);
    expect(rows(e)).toEqual([
      [
        'Property 1 — residential, children up to 16 (copy)',
        'The scheme',
        'Not in the preset',
        'A copy of Property 1 — residential, children up to 16',
      ],
      ['Property 1 — residential, children up to 16 (copy)', 'Beds', '3', '4'],
      ['New home', 'The scheme', 'Not in the preset', 'Added'],
      ['Property 3 — family (parent–child) residential', 'The scheme', 'In the preset', 'Removed'],
    ]);
  });

  it('a scheme left out, renamed or given a new line counts apart from its inputs', () => {
    const e = new Explorer('leics-2021');
    e.setEnabled('p4', false);
    e.rename('p4', 'Assessment unit');
    e.addLine('p4', 'capital');
    e.setInput('p4', 'capital.1.amount', 5000);
    expect(rows(e)).toEqual([
      ['Assessment unit', 'Name', 'Property 4 — assessment residential unit', 'Assessment unit'],
      ['Assessment unit', 'In the portfolio', 'Yes', 'No'],
      ['Assessment unit', 'Capital item 2 (line added)', 'Not in the preset', '£5,000'],
    ]);
    expect(standing(e, 'p4')).toEqual({ kind: 'preset', inputs: 0, lines: 1 });
    expect(standingText(standing(e, 'p4'))).toBe('1 line added');
  });
});

describe('DifferenceMemo', () => {
  it('gives the same differences as without it, working out again only the schemes that changed', () => {
    const e = new Explorer('leics-2021');
    const memo = new DifferenceMemo();
    e.setInput('p2', 'placements.occupancy', 0.5);
    const first = scenarioChanges(e.scenario, e, memo);
    expect(first).toEqual(scenarioChanges(e.scenario, e));
    e.setInput('p1', 'placements.beds', 4);
    const second = scenarioChanges(e.scenario, e, memo);
    expect(second).toEqual(scenarioChanges(e.scenario, e));
    // Property 2 is the same object: its difference is the one kept, not a new one
    expect(second.find((d) => d.schemeId === 'p2')).toBe(first.find((d) => d.schemeId === 'p2'));
    // a new start month re-reads every month field, so nothing kept is reused
    e.setSetting('startMonth', '2022-04');
    const third = scenarioChanges(e.scenario, e, memo);
    expect(third).toEqual(scenarioChanges(e.scenario, e));
    expect(third.find((d) => d.schemeId === 'p2')).not.toBe(first.find((d) => d.schemeId === 'p2'));
  });
});
