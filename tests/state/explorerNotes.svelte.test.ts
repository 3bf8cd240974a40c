// Notes (schema version 2): the scenario's and each scheme's, set by Explorer.setNote as one undoable step.
import { describe, expect, it } from 'vitest';
import { NOTE_LENGTH } from '../../src/model/fieldRules.ts';
import { Explorer } from '../../src/state/explorer.svelte.ts';
import { scenarioChanges, schemeStanding } from '../../src/state/changes.ts';

const p2 = (explorer: Explorer) => explorer.scenario.schemes.find((s) => s.id === 'p2')!;

describe('Explorer.setNote', () => {
  it("sets the scenario's note as one step, named for it, and undo takes it back to none", () => {
    const explorer = new Explorer('leics-2021');
    explorer.setNote(null, 'Agreed by the board, 4 March');
    expect(explorer.scenario.note).toBe('Agreed by the board, 4 March');
    expect(explorer.undoLabel).toBe("change the scenario's note");
    expect(explorer.undo()).toBe(true);
    expect('note' in explorer.scenario).toBe(false);
    expect(explorer.undo()).toBe(false);
  });

  it("sets a scheme's note, leaving the other schemes the same objects", () => {
    const explorer = new Explorer('leics-2021');
    const before = explorer.scenario.schemes;
    explorer.setNote('p2', 'Fees from the 2024 tender');
    expect(p2(explorer).note).toBe('Fees from the 2024 tender');
    expect(explorer.undoLabel).toBe(`change the note on ${p2(explorer).name}`);
    expect(explorer.scenario.schemes.filter((s, i) => s !== before[i]).map((s) => s.id)).toEqual(['p2']);
  });

  it('an empty or blank note removes the field; the same note again is no step', () => {
    const explorer = new Explorer('leics-2021');
    explorer.setNote('p2', 'Why');
    explorer.setNote('p2', 'Why');
    explorer.setNote('p2', '  \n ');
    expect('note' in p2(explorer)).toBe(false);
    explorer.undo();
    expect(p2(explorer).note).toBe('Why');
    explorer.undo();
    expect('note' in p2(explorer)).toBe(false);
    expect(explorer.undoLabel).toBeNull();
  });

  it('a note longer than the limit is cut to it', () => {
    const explorer = new Explorer('leics-2021');
    explorer.setNote(null, 'x'.repeat(NOTE_LENGTH + 10));
    expect(explorer.scenario.note).toHaveLength(NOTE_LENGTH);
  });

  it('resetting a scheme to the preset keeps its note, as it keeps its name', () => {
    const explorer = new Explorer('leics-2021');
    explorer.setInput('p2', 'placements.occupancy', 0.5);
    explorer.setNote('p2', 'Why');
    explorer.resetScheme('p2');
    expect(p2(explorer).note).toBe('Why');
    expect(p2(explorer).placements?.occupancy).toBe(explorer.baselineOf('p2')?.placements?.occupancy);
  });

  it('a note is no difference from the preset: "What changed" and the row counts leave it out', () => {
    const explorer = new Explorer('leics-2021');
    explorer.setNote(null, 'Why');
    explorer.setNote('p2', 'Who');
    expect(scenarioChanges(explorer.scenario, explorer)).toEqual([]);
    expect(schemeStanding(p2(explorer), explorer, explorer.scenario.startMonth)).toEqual({ kind: 'preset', inputs: 0, lines: 0 });
  });
});
