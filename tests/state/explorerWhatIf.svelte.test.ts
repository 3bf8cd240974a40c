import { describe, expect, it } from 'vitest';
import { toOutputJson } from '../../src/model/output.ts';
import { DEFAULT_PRESET_ID, presetById } from '../../src/model/presets/index.ts';
import { readInput } from '../../src/model/schemeInputs.ts';
import { applyWhatIf } from '../../src/model/whatIf.ts';
import { evaluateScenario } from '../../src/model/evaluate.ts';
import { Explorer } from '../../src/state/explorer.svelte.ts';

const leics = presetById(DEFAULT_PRESET_ID)!;

function explorer(): { e: Explorer; clock: { now: number } } {
  const clock = { now: 0 };
  return { e: new Explorer(DEFAULT_PRESET_ID, { now: () => clock.now }), clock };
}

/** The "Changed" mark's rule (InputRow): the input differs from the preset's value of it. */
const marked = (e: Explorer, id: string, path: string) =>
  readInput(
    e.scenario.schemes.find((s) => s.id === id)!,
    path,
  ) !== readInput(e.baselineOf(id)!, path);

describe('Explorer.applyWhatIf', () => {
  it('sets fee inflation on every scheme with a fee as one undoable step, and names the one it leaves', () => {
    const { e } = explorer();
    const figures = toOutputJson(e.result);
    const outcome = e.applyWhatIf({ kind: 'feeInflation', rate: 0.08 });
    expect(outcome.changed).toEqual(['p1', 'p2', 'p3', 'art']);
    expect(outcome.untouched).toEqual([{ id: 'p4', name: leics.scenario.schemes[3]!.name, why: 'noFees' }]);
    expect(e.scenario).toBe(outcome.scenario);
    expect(toOutputJson(e.result)).toEqual(
      toOutputJson(evaluateScenario(applyWhatIf(leics.scenario, { kind: 'feeInflation', rate: 0.08 }).scenario)),
    );
    expect(e.undoLabel).toBe('set fee inflation to 8% for 4 schemes');

    expect(e.undo()).toBe(true);
    expect(e.scenario).toBe(leics.scenario);
    expect(toOutputJson(e.result)).toEqual(figures);
    expect(e.undoLabel).toBeNull();
    expect(e.redoLabel).toBe('set fee inflation to 8% for 4 schemes');
  });

  it('marks the edited inputs "Changed" against the preset and keeps their sources, leaving the others unmarked', () => {
    const { e } = explorer();
    e.applyWhatIf({ kind: 'feeInflation', rate: 0.08 });
    for (const id of ['p1', 'p2', 'p3', 'art']) {
      expect(marked(e, id, 'feeInflation')).toBe(true);
      expect(marked(e, id, 'costInflation')).toBe(false);
      expect(e.sourceOf(id, 'feeInflation')).toBeDefined();
    }
    expect(marked(e, 'p4', 'feeInflation')).toBe(false);
  });

  it('a drag of a set-to control is one step, named for where it ended; a pause starts another', () => {
    const { e, clock } = explorer();
    for (let i = 1; i <= 30; i++) {
      clock.now += 40;
      e.applyWhatIf({ kind: 'feeInflation', rate: i / 1000 });
    }
    expect(e.undoLabel).toBe('set fee inflation to 3% for 4 schemes');
    const dragged = e.scenario;
    clock.now += 1001;
    e.applyWhatIf({ kind: 'occupancy', occupancy: 0.6 });
    expect(e.undoLabel).toBe('set occupancy to 60% for 2 schemes');
    e.undo();
    expect(e.scenario).toBe(dragged);
    e.undo();
    expect(e.scenario).toBe(leics.scenario);
    expect(e.undoLabel).toBeNull();
  });

  it('each press of a relative what-if is a step of its own, and they compound', () => {
    const { e, clock } = explorer();
    e.applyWhatIf({ kind: 'delay', months: 6 });
    expect(e.undoLabel).toBe('open 5 schemes 6 months later');
    const once = e.scenario;
    clock.now += 10;
    e.applyWhatIf({ kind: 'delay', months: 6 });
    leics.scenario.schemes.forEach((s, i) => expect(e.scenario.schemes[i]!.openingMonth).toBe(s.openingMonth + 12));
    e.undo();
    expect(e.scenario).toBe(once);
    e.applyWhatIf({ kind: 'delay', months: -1 });
    expect(e.undoLabel).toBe('open 5 schemes 1 month earlier');
    const overrun = e.applyWhatIf({ kind: 'capitalOverrun', fraction: 0.1 });
    expect(e.undoLabel).toBe(`add 10% to the capital of ${overrun.changed.length} schemes`);
    expect(overrun.untouched.map((u) => u.why)).toEqual(overrun.untouched.map(() => 'noCapital'));
  });

  it('a what-if that changes nothing is not a step', () => {
    const { e } = explorer();
    const outcome = e.applyWhatIf({ kind: 'costInflation', rate: 0 });
    expect(outcome.changed).toEqual([]);
    expect(e.scenario).toBe(leics.scenario);
    expect(e.undoLabel).toBeNull();
  });
});
