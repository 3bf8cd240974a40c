import { describe, expect, it } from 'vitest';
import { emptyStacks, closed, recorded, redone, undone, type Stacks } from '../../src/model/history.ts';

const LIMITS = { size: 100, gapMs: 1000 };

/** Records `before` → … as edits `key` at the times given, from the states 0, 1, 2, … */
function edits(keys: readonly (string | undefined)[], times: readonly number[] = keys.map((_, i) => i * 10)): Stacks<number> {
  return keys.reduce<Stacks<number>>(
    (stacks, key, i) => recorded(stacks, i, { label: `edit ${i}`, key }, times[i]!, LIMITS),
    emptyStacks(),
  );
}

describe('history', () => {
  it('a drag of 20 steps of one input is one undo, back to the state before the drag, named for its last edit', () => {
    const stacks = edits(Array.from({ length: 20 }, () => 'p2 occupancy'));
    expect(stacks.undo).toEqual([{ label: 'edit 19', state: 0 }]);
    const back = undone(stacks, 20)!;
    expect(back.state).toBe(0);
    expect(back.stacks.undo).toEqual([]);
    expect(redone(back.stacks, 0)!.state).toBe(20);
  });

  it('a pause longer than the gap starts a new step; a slow drag without one stays one', () => {
    expect(edits(['k', 'k', 'k'], [0, 900, 1800]).undo).toHaveLength(1);
    expect(edits(['k', 'k', 'k'], [0, 900, 1901]).undo.map((s) => s.state)).toEqual([0, 2]);
  });

  it('another input, or an edit without a key, in between starts a new step', () => {
    expect(edits(['a', 'b', 'a']).undo.map((s) => s.state)).toEqual([0, 1, 2]);
    expect(edits(['a', undefined, 'a']).undo.map((s) => s.state)).toEqual([0, 1, 2]);
    expect(edits([undefined, undefined]).undo).toHaveLength(2);
  });

  it('after an undo, a redo or a change outside the history, the same input starts a new step', () => {
    const dragged = edits(['a', 'a']);
    const afterUndo = undone(recorded(dragged, 2, { label: 'b', key: 'b' }, 30, LIMITS), 3)!.stacks;
    expect(recorded(afterUndo, 2, { label: 'a again', key: 'a' }, 40, LIMITS).undo.map((s) => s.label)).toEqual(['edit 1', 'a again']);
    expect(recorded(closed(dragged), 2, { label: 'a again', key: 'a' }, 30, LIMITS).undo).toHaveLength(2);
  });

  it('keeps at most the limit: the 101st edit drops the oldest', () => {
    const stacks = edits(Array.from({ length: 101 }, () => undefined));
    expect(stacks.undo).toHaveLength(100);
    expect(stacks.undo[0]!.state).toBe(1);
    expect(stacks.undo.at(-1)!.state).toBe(100);
  });

  it('a new edit after an undo drops what could be redone', () => {
    const stacks = undone(edits([undefined, undefined]), 2)!.stacks;
    expect(stacks.redo).toHaveLength(1);
    const next = recorded(stacks, 1, { label: 'other' }, 100, LIMITS);
    expect(next.redo).toEqual([]);
    expect(redone(next, 5)).toBeNull();
  });

  it('undo and redo walk the states back and forth exactly, each step keeping its name', () => {
    let stacks = edits([undefined, undefined, undefined]);
    let state = 3;
    const seen: number[] = [];
    for (;;) {
      const back = undone(stacks, state);
      if (back === null) break;
      ({ stacks, state } = back);
      seen.push(state);
    }
    expect(seen).toEqual([2, 1, 0]);
    expect(stacks.redo.map((s) => s.label)).toEqual(['edit 2', 'edit 1', 'edit 0']);
    const forward = redone(stacks, state)!;
    expect(forward.state).toBe(1);
    expect(forward.stacks.undo).toEqual([{ label: 'edit 0', state: 0 }]);
  });
});
