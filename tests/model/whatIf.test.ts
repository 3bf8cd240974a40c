import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { presetById } from '../../src/model/presets/index.ts';
import { applyWhatIf, sharedValue } from '../../src/model/whatIf.ts';
import { restoreScenario } from '../../src/model/restore.ts';
import { evaluateDetailed, evaluateScenario } from '../../src/model/evaluate.ts';

const leics = presetById('leics-2021')!.scenario;
const byId = (outcome: ReturnType<typeof applyWhatIf>, id: string) => outcome.scenario.schemes.find((s) => s.id === id)!;

describe('applyWhatIf', () => {
  it('sets fee inflation on every scheme with a fee, and names the ones without', () => {
    const outcome = applyWhatIf(leics, { kind: 'feeInflation', rate: 0.08 });
    // Property 4's saving is one net line: no fee of its own
    expect(outcome.changed).toEqual(['p1', 'p2', 'p3', 'art']);
    expect(outcome.untouched.map((u) => [u.id, u.why])).toEqual([['p4', 'noFees']]);
    for (const id of outcome.changed) expect(byId(outcome, id).feeInflation).toBe(0.08);
    expect(sharedValue(outcome.scenario, 'feeInflation')).toBe(0.08);
    expect(sharedValue(leics, 'feeInflation')).toBe(0);
  });

  it('fee inflation acts on Property 1’s fee (the 2018 baseline’s £2,961 a week), not on the report’s £183 difference', () => {
    const p1 = evaluateDetailed(applyWhatIf(leics, { kind: 'feeInflation', rate: 0.08 }).scenario).schemes[0]!;
    // the second year's savings, credited at t = 13 … 24: 3 children × 52 weeks × (£2,961 × 1.08 − £2,778)
    // = 156 × £419.88 = £65,501.28, and the other line's £53,452 (with the difference alone: £83,282.24)
    const year2 = p1.cash.exact(24).minus(p1.cash.exact(12));
    expect(year2.toString()).toBe('118953.28');
  });

  it('keeps the object of every scheme it does not change, so the evaluator redoes only the changed ones', () => {
    const outcome = applyWhatIf(leics, { kind: 'occupancy', occupancy: 0.6 });
    expect(outcome.changed).toEqual(['p1', 'p2']);
    leics.schemes.forEach((s, i) => expect(outcome.scenario.schemes[i] === s).toBe(!outcome.changed.includes(s.id)));
    expect(byId(outcome, 'p2').placements!.occupancy).toBe(0.6);
    expect(outcome.untouched.find((u) => u.id === 'p3')!.why).toBe('noPlacements');
  });

  it('says "already so" and returns the same scenario when nothing changes', () => {
    const outcome = applyWhatIf(leics, { kind: 'costInflation', rate: 0 });
    expect(outcome.changed).toEqual([]);
    expect(outcome.scenario).toBe(leics);
    expect(new Set(outcome.untouched.map((u) => u.why))).toEqual(new Set(['alreadySo']));
  });

  it('a delay moves each opening and its dated savings lines, never capital or funding', () => {
    const outcome = applyWhatIf(leics, { kind: 'delay', months: 12 });
    leics.schemes.forEach((before) => {
      const after = byId(outcome, before.id);
      expect(after.openingMonth).toBe(before.openingMonth + 12);
      expect(after.capital).toEqual(before.capital);
      expect(after.funding).toEqual(before.funding);
      after.otherSavings.forEach((line, i) => {
        const was = before.otherSavings[i]!.fromMonth;
        expect(line.fromMonth).toBe(was === undefined ? undefined : was + 12);
      });
    });
    // the later opening costs the portfolio: its cash payback is no earlier
    const before = evaluateScenario(leics).portfolio.figures.paybackYears;
    const after = evaluateScenario(outcome.scenario).portfolio.figures.paybackYears;
    expect(after === null || (before !== null && after.gte(before))).toBe(true);
  });

  it('a delay that would open a scheme after the last month leaves it, saying so', () => {
    const outcome = applyWhatIf(leics, { kind: 'delay', months: 481 });
    expect(outcome.changed).toEqual([]);
    expect(outcome.untouched.every((u) => u.why === 'atLastMonth')).toBe(true);
  });

  it('an earlier opening leaves a scheme that already opens in the first month, saying so, and changes nothing else', () => {
    const outcome = applyWhatIf(leics, { kind: 'delay', months: -6 });
    // every leics-2021 scheme opens in month 0 (April 2021), its savings from then too
    expect(leics.schemes.every((s) => s.openingMonth === 0)).toBe(true);
    expect(outcome.changed).toEqual([]);
    expect(outcome.untouched.map((u) => u.why)).toEqual(leics.schemes.map(() => 'atFirstMonth'));
    expect(outcome.scenario.schemes.every((s, i) => s === leics.schemes[i])).toBe(true);
    // a savings line dated later still moves, though its scheme opens in the first month
    const p1 = leics.schemes.find((s) => s.otherSavings.length > 0)!;
    const dated = {
      ...leics,
      schemes: leics.schemes.map((s) => (s === p1 ? { ...s, otherSavings: s.otherSavings.map((l) => ({ ...l, fromMonth: 12 })) } : s)),
    };
    const moved = applyWhatIf(dated, { kind: 'delay', months: -6 });
    expect(moved.changed).toEqual([p1.id]);
    expect(moved.scenario.schemes.find((s) => s.id === p1.id)!.otherSavings.every((l) => l.fromMonth === 6)).toBe(true);
    const later = applyWhatIf(leics, { kind: 'delay', months: 12 }).scenario;
    expect(applyWhatIf(later, { kind: 'delay', months: -6 }).changed).toHaveLength(leics.schemes.length);
  });

  it('a capital overrun is worked in decimal, to the penny', () => {
    const outcome = applyWhatIf(leics, { kind: 'capitalOverrun', fraction: 0.1 });
    const p1 = byId(outcome, 'p1');
    leics.schemes[0]!.capital.forEach((item, i) => {
      expect(p1.capital[i]!.amount).toBe(Math.round(item.amount * 110) / 100);
    });
    // 0.1 + 0.2 style: 1.1 × 431,000 is 474,100 exactly, not 474,100.00000000006
    expect(
      applyWhatIf(
        { ...leics, schemes: [{ ...leics.schemes[0]!, capital: [{ label: 'x', amount: 431_000, month: 0, spreadMonths: 1 }] }] },
        { kind: 'capitalOverrun', fraction: 0.1 },
      ).scenario.schemes[0]!.capital[0]!.amount,
    ).toBe(474_100);
    expect(outcome.untouched.filter((u) => u.why === 'noCapital').map((u) => u.id)).toEqual(
      leics.schemes.filter((s) => !s.capital.some((c) => c.amount > 0)).map((s) => s.id),
    );
  });

  it('whatever it asks within the fields’ ranges, the scenario still passes the validation door', () => {
    const whatIf = fc.oneof(
      fc.record({ kind: fc.constant('feeInflation' as const), rate: fc.double({ min: -0.5, max: 1, noNaN: true }) }),
      fc.record({ kind: fc.constant('costInflation' as const), rate: fc.double({ min: -0.5, max: 1, noNaN: true }) }),
      fc.record({ kind: fc.constant('occupancy' as const), occupancy: fc.double({ min: 0, max: 1, noNaN: true }) }),
      fc.record({ kind: fc.constant('delay' as const), months: fc.integer({ min: -480, max: 480 }) }),
      fc.record({ kind: fc.constant('capitalOverrun' as const), fraction: fc.double({ min: -1, max: 10, noNaN: true }) }),
    );
    fc.assert(
      fc.property(fc.array(whatIf, { maxLength: 4 }), (steps) => {
        let scenario = leics;
        for (const w of steps) scenario = applyWhatIf(scenario, w).scenario;
        expect(restoreScenario(JSON.parse(JSON.stringify(scenario))).ok).toBe(true);
      }),
    );
  });
});
