import { describe, expect, it } from 'vitest';
import { toOutputJson } from '../../src/model/output.ts';
import { DEFAULT_PRESET_ID, PRESETS, presetById } from '../../src/model/presets/index.ts';
import { Explorer } from '../../src/state/explorer.svelte.ts';
import { schemeCurveId } from '../../src/state/curves.ts';
import { curveStyles } from '../../src/chart/curveStyle.ts';

const leics = presetById(DEFAULT_PRESET_ID)!;
const other = PRESETS.find((p) => p.id !== DEFAULT_PRESET_ID)!;
const p2 = leics.scenario.schemes.find((s) => s.id === 'p2')!;

/** An explorer whose clock the test moves. */
function explorer(): { e: Explorer; clock: { now: number } } {
  const clock = { now: 0 };
  return { e: new Explorer(DEFAULT_PRESET_ID, { now: () => clock.now }), clock };
}

describe('Explorer undo and redo', () => {
  it('starts with nothing to undo or redo', () => {
    const { e } = explorer();
    expect(e.undoLabel).toBeNull();
    expect(e.redoLabel).toBeNull();
    expect(e.undo()).toBe(false);
    expect(e.redo()).toBe(false);
    expect(e.scenario).toBe(leics.scenario);
  });

  it('a drag of 20 slider steps is one undo, back to the very scenario and figures before it', () => {
    const { e, clock } = explorer();
    const before = e.scenario;
    const figures = toOutputJson(e.result);
    for (let i = 1; i <= 20; i++) {
      clock.now += 50;
      e.setInput('p2', 'placements.occupancy', 0.75 - i / 100);
    }
    expect(e.undoLabel).toBe(`change occupancy of ${p2.name}`);
    const dragged = e.scenario;
    expect(e.undo()).toBe(true);
    expect(e.scenario).toBe(before);
    expect(toOutputJson(e.result)).toEqual(figures);
    expect(e.undoLabel).toBeNull();
    expect(e.redoLabel).toBe(`change occupancy of ${p2.name}`);
    e.redo();
    expect(e.scenario).toBe(dragged);
  });

  it('a pause of more than a second in a drag starts a new step', () => {
    const { e, clock } = explorer();
    e.setInput('p2', 'placements.occupancy', 0.7);
    const paused = e.scenario;
    clock.now += 1001;
    e.setInput('p2', 'placements.occupancy', 0.6);
    e.undo();
    expect(e.scenario).toBe(paused);
    e.undo();
    expect(e.scenario).toBe(leics.scenario);
  });

  it('scenario settings, switches, renames, lines and resets are each a step, named for what they did', () => {
    const { e } = explorer();
    const states = [e.scenario];
    const labels: string[] = [];
    const step = (edit: () => void) => {
      edit();
      states.push(e.scenario);
      labels.push(e.undoLabel!);
    };
    step(() => e.setSetting('discountRate', 0.05));
    step(() => e.setSetting('perspective', e.scenario.perspective === 'council' ? 'whole' : 'council'));
    step(() => e.setEnabled('p2', false));
    step(() => e.rename('p2', 'Renamed'));
    step(() => e.addLine('p2', 'capital'));
    step(() => e.removeLine('p2', 'capital', e.scenario.schemes.find((s) => s.id === 'p2')!.capital.length - 1));
    step(() => e.setInput('p2', 'placements.beds', 9));
    step(() => e.resetScheme('p2'));
    expect(labels).toEqual([
      'change the discount rate',
      'change the perspective',
      `leave ${p2.name} out of the portfolio`,
      `rename ${p2.name} to Renamed`,
      'add a capital line to Renamed',
      expect.stringMatching(/^remove Capital item \d+ from Renamed$/),
      'change beds of Renamed',
      'reset Renamed to the preset',
    ]);
    for (let i = states.length - 2; i >= 0; i--) {
      e.undo();
      expect(e.scenario).toBe(states[i]);
    }
    for (let i = 1; i < states.length; i++) {
      e.redo();
      expect(e.scenario).toBe(states[i]);
    }
  });

  it('an edit that changes nothing is not a step', () => {
    const { e } = explorer();
    e.setInput('p2', 'placements.occupancy', p2.placements!.occupancy);
    e.setSetting('discountRate', leics.scenario.discountRate);
    e.rename('p2', p2.name);
    expect(e.undoLabel).toBeNull();
  });

  it('a new edit after an undo drops the redo', () => {
    const { e } = explorer();
    e.setSetting('horizonYears', 20);
    e.undo();
    e.setEnabled('p3', false);
    expect(e.redoLabel).toBeNull();
    expect(e.redo()).toBe(false);
  });

  it('keeps the last 100 steps', () => {
    const { e } = explorer();
    for (let i = 0; i < 101; i++) e.setEnabled('p2', i % 2 === 1);
    let undone = 0;
    while (e.undo()) undone++;
    expect(undone).toBe(100);
    // The first edit is beyond the limit: the oldest state left is the one after it.
    expect(e.scenario.schemes.find((s) => s.id === 'p2')!.enabled).toBe(false);
  });

  it('undoing a removal puts the scheme back where it was, open as it was, and says what was removed', () => {
    const { e } = explorer();
    e.setExpanded('p3', true);
    const before = e.scenario;
    e.removeScheme('p3');
    expect(e.scenario.schemes.map((s) => s.id)).not.toContain('p3');
    const name = leics.scenario.schemes.find((s) => s.id === 'p3')!.name;
    expect(e.removal?.message).toBe(`Removed ${name}.`);
    expect(e.undoLabel).toBe(`remove ${name}`);
    e.undo();
    expect(e.scenario).toBe(before);
    expect(e.scenario.schemes.map((s) => s.id)).toEqual(leics.scenario.schemes.map((s) => s.id));
    expect(e.expanded.has('p3')).toBe(true);
    expect(e.removal).toBeNull();
  });

  it('a removal leaves the other schemes drawn as they were, and its undo brings the scheme back in its own look', () => {
    const { e } = explorer();
    const looks = () => curveStyles(e.curves);
    const before = looks();
    e.removeScheme('p3');
    const after = looks();
    for (const id of ['p1', 'p2', 'p4', 'art']) expect(after.get(schemeCurveId(id)), id).toEqual(before.get(schemeCurveId(id)));
    e.undo();
    expect(looks()).toEqual(before);
  });

  it('the removal notice’s undo takes back that removal, and any later change withdraws it', async () => {
    const { e } = explorer();
    e.removeScheme('p3');
    await e.removal!.run();
    expect(e.scenario).toBe(leics.scenario);
    e.removeScheme('p3');
    e.setEnabled('p2', false);
    expect(e.removal).toBeNull();
  });

  it('undoing an added or duplicated scheme takes it away; redo brings the copy back with its origin', () => {
    const { e } = explorer();
    const copy = e.duplicateScheme('p2')!;
    expect(e.undoLabel).toBe(`duplicate ${p2.name}`);
    e.undo();
    expect(e.scenario).toBe(leics.scenario);
    expect(e.expanded.has(copy)).toBe(false);
    e.redo();
    expect(e.sourceOf(copy, 'placements.occupancy')).toEqual(e.sourceOf('p2', 'placements.occupancy'));
    expect(e.expanded.has(copy)).toBe(true);
    const home = e.addScheme('home');
    expect(e.undoLabel).toBe('add New home');
    e.undo();
    expect(e.scenario.schemes.some((s) => s.id === home)).toBe(false);
  });

  it('undoing a preset switch restores the previous preset, scenario and origins; reset is a step too', () => {
    const { e } = explorer();
    const copy = e.duplicateScheme('p2')!;
    e.setInput(copy, 'placements.beds', 7);
    const edited = e.scenario;
    const source = e.sourceOf(copy, 'placements.occupancy');
    expect(source).toBeDefined();
    e.choosePreset(other.id);
    expect(e.undoLabel).toBe(`switch to the preset “${other.title}”`);
    expect(e.preset).toBe(other);
    e.undo();
    expect(e.preset).toBe(leics);
    expect(e.scenario).toBe(edited);
    expect(e.sourceOf(copy, 'placements.occupancy')).toEqual(source);
    expect(e.baselineOf(copy)).toBe(p2);
    e.choosePreset(leics.id);
    expect(e.undoLabel).toBe('reset the scenario to the preset');
    expect(e.scenario).toBe(leics.scenario);
    e.undo();
    expect(e.scenario).toBe(edited);
  });

  it('a replacement counts as the caller says: a fresh scenario clears the history, a step is undoable, a quiet one neither', () => {
    const { e } = explorer();
    e.setEnabled('p2', false);
    const named = { ...e.scenario, name: 'Kept' };
    e.replace(named, undefined, 'quiet');
    expect(e.undoLabel).toBe(`leave ${p2.name} out of the portfolio`);
    e.replace(other.scenario, other.id, { step: 'bring back the previous scenario' });
    expect(e.undoLabel).toBe('bring back the previous scenario');
    e.undo();
    expect(e.scenario).toBe(named);
    e.replace(other.scenario, other.id);
    expect(e.undoLabel).toBeNull();
    expect(e.redoLabel).toBeNull();
  });

  it('keeps a companion’s state with each step and hands it back on undo and redo', () => {
    const { e } = explorer();
    let tie = 'A';
    const restored: string[] = [];
    e.keepWith({ capture: () => tie, restore: (kept) => restored.push(kept) });
    e.setEnabled('p2', false);
    tie = 'B';
    e.undo();
    e.redo();
    expect(restored).toEqual(['A', 'B']);
  });
});
