import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/model/decimal.ts';
import { differingInputs, figureDifferences, type FigureDifference } from '../../src/model/compare.ts';
import { evaluateScenario } from '../../src/model/evaluate.ts';
import { DEFAULT_PRESET_ID, presetById } from '../../src/model/presets/index.ts';
import type { Figures } from '../../src/model/result.ts';
import { withInput } from '../../src/model/schemeInputs.ts';
import type { Scenario } from '../../src/model/scenario.ts';
import { differenceWords, figureCells } from '../../src/format/compare.ts';

const leics = presetById(DEFAULT_PRESET_ID)!.scenario;
const edit = (s: Scenario, id: string, path: string, value: number): Scenario => ({
  ...s,
  schemes: s.schemes.map((scheme) => (scheme.id === id ? withInput(scheme, path, value) : scheme)),
});

describe('differingInputs', () => {
  it('a scenario differs from itself in nothing', () => {
    expect(differingInputs(leics, leics)).toEqual([]);
    expect(differingInputs(leics, structuredClone(leics))).toEqual([]);
  });

  it('lists one changed input with both values and the difference in model units', () => {
    const base = leics.schemes.find((s) => s.id === 'p2')!.placements!.occupancy;
    const other = edit(leics, 'p2', 'placements.occupancy', 0.5);
    expect(differingInputs(leics, other)).toEqual([
      {
        kind: 'input',
        schemeId: 'p2',
        path: 'placements.occupancy',
        base,
        other: 0.5,
        difference: new Decimal(0.5).minus(base).toNumber(),
      },
    ]);
  });

  it('lists scenario-level inputs first, the start month’s difference in months', () => {
    const other = edit({ ...leics, startMonth: '2021-07', discountRate: 0.05 }, 'p1', 'placements.beds', 9);
    const found = differingInputs(leics, other);
    expect(found.map((d) => (d.kind === 'input' ? `${d.schemeId}:${d.path}` : d.kind))).toEqual([
      'null:startMonth',
      'null:discountRate',
      'p1:placements.beds',
    ]);
    expect(found[0]).toMatchObject({ base: leics.startMonth, other: '2021-07', difference: 3 });
  });

  it('matches schemes by id and says which scheme is only in one of them', () => {
    const [first, ...rest] = leics.schemes;
    const other = { ...leics, schemes: [...rest, { ...first!, id: 'new', name: 'New home' }] };
    expect(differingInputs(leics, other)).toEqual([
      { kind: 'onlyIn', schemeId: first!.id, name: first!.name, side: 'base' },
      { kind: 'onlyIn', schemeId: 'new', name: 'New home', side: 'other' },
    ]);
  });

  it('a scheme switched off is a difference; a capital line on one side only has no value on the other', () => {
    const p1 = leics.schemes[0]!;
    const extra = { ...p1, enabled: false, capital: [...p1.capital, { label: 'Extension', amount: 1000, month: 3, spreadMonths: 1 }] };
    const other = { ...leics, schemes: [extra, ...leics.schemes.slice(1)] };
    const n = p1.capital.length;
    expect(differingInputs(leics, other)).toEqual([
      { kind: 'switched', schemeId: p1.id, base: true, other: false },
      { kind: 'input', schemeId: p1.id, path: `capital.${n}.amount`, base: undefined, other: 1000, difference: null },
      { kind: 'input', schemeId: p1.id, path: `capital.${n}.month`, base: undefined, other: 3, difference: null },
      { kind: 'input', schemeId: p1.id, path: `capital.${n}.spreadMonths`, base: undefined, other: 1, difference: null },
    ]);
  });
});

const figures = (over: Partial<Figures>): Figures => ({
  totalInvestment: new Decimal(1_000_000),
  externalFunding: new Decimal(0),
  annualSavingYear1: new Decimal(200_000),
  paybackYears: new Decimal(5),
  netPaybackYears: new Decimal(3),
  discountedPaybackYears: new Decimal(6),
  npv: new Decimal(500_000),
  breakEven: '2026-04',
  ...over,
});
const byFigure = (list: FigureDifference[]) => Object.fromEntries(list.map((d) => [d.figure, d]));

describe('figureDifferences', () => {
  it('gives each figure’s difference and per cent, other minus base', () => {
    const d = byFigure(
      figureDifferences(figures({}), figures({ paybackYears: new Decimal('6.2'), npv: new Decimal(100_000), breakEven: '2027-01' })),
    );
    expect(d.paybackYears!.difference!.toString()).toBe('1.2');
    expect(d.paybackYears!.percent!.toString()).toBe('24');
    expect(d.npv!.difference!.toString()).toBe('-400000');
    expect(d.npv!.percent!.toString()).toBe('-80');
    expect(d.breakEven!.difference!.toNumber()).toBe(9);
    expect(d.breakEven!.percent).toBeNull();
    expect(d.totalInvestment!.difference!.isZero()).toBe(true);
    expect(d.totalInvestment!.notable).toBe(false);
  });

  it('says the differences worth noticing in words, and not the small ones', () => {
    const d = byFigure(
      figureDifferences(
        figures({}),
        figures({ paybackYears: new Decimal('6.2'), npv: new Decimal(100_000), annualSavingYear1: new Decimal(200_500) }),
      ),
    );
    expect(differenceWords(d.paybackYears!)).toBe('pays back 1.2 years later');
    expect(differenceWords(d.npv!)).toBe('NPV £400,000 lower');
    // £500 on £200,000: under the £1,000 that is worth noticing
    expect(d.annualSavingYear1!.notable).toBe(false);
    expect(differenceWords(d.annualSavingYear1!)).toBeNull();
    expect(differenceWords(d.netPaybackYears!)).toBeNull();
  });

  it('a payback reached on one side only is worth noticing and said as such', () => {
    const d = byFigure(figureDifferences(figures({}), figures({ discountedPaybackYears: null, breakEven: null })));
    expect(d.discountedPaybackYears).toMatchObject({ difference: null, percent: null, notable: true });
    expect(differenceWords(d.discountedPaybackYears!)).toBe('does not pay back discounted within the horizon');
    expect(differenceWords(d.breakEven!)).toBe('does not break even within the horizon');
    const cells = figureCells(d.discountedPaybackYears!, figures({}), figures({ discountedPaybackYears: null }));
    expect(cells).toMatchObject({ base: '6 years', other: 'Does not pay back within the horizon', difference: 'Not applicable' });
  });

  it('writes differences with a sign and a real minus', () => {
    const base = figures({});
    const other = figures({ npv: new Decimal(100_000), paybackYears: new Decimal(4) });
    const d = byFigure(figureDifferences(base, other));
    expect(figureCells(d.npv!, base, other)).toMatchObject({ difference: '−£400,000', percent: '−80%' });
    expect(figureCells(d.paybackYears!, base, other)).toMatchObject({ difference: '−1 year', words: 'pays back 1 year sooner' });
  });

  it('against the real model: fuller homes pay back sooner', () => {
    const other = edit(leics, 'p2', 'placements.occupancy', 1);
    const d = byFigure(figureDifferences(evaluateScenario(leics).portfolio.figures, evaluateScenario(other).portfolio.figures));
    expect(d.paybackYears!.difference!.isNegative()).toBe(true);
    expect(differenceWords(d.npv!)).toMatch(/^NPV £[\d.,]+[km]? higher$/);
  });
});
