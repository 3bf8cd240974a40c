/**
 * Undo and redo as plain data: two stacks of whole states, each step named for the edit it takes back or
 * makes again. A state is kept whole (never a diff), so an undo puts back the very object that was there.
 * Consecutive edits with the same key (one slider dragged, one field typed into) make one step, named for
 * the last of them, unless a pause longer than the gap comes between them.
 */

/** One step: what the edit was called, and the state to go to (before it on the undo stack, after it on redo). */
export interface Step<T> {
  label: string;
  state: T;
}

export interface Stacks<T> {
  readonly undo: readonly Step<T>[];
  readonly redo: readonly Step<T>[];
  /** the last edit, while later edits with its key still join its step; null after an undo, a redo or a new start */
  readonly open: { key: string; at: number } | null;
}

/** An edit as the history sees it: its name, and the key that lets the next edit with the same key join it. */
export interface Edit {
  label: string;
  key?: string;
}

export interface Limits {
  /** how many steps the undo stack keeps; the oldest go first */
  size: number;
  /** a pause longer than this (ms) between two edits with the same key starts a new step */
  gapMs: number;
}

export const HISTORY_LIMITS: Limits = { size: 100, gapMs: 1000 };

export function emptyStacks<T>(): Stacks<T> {
  return { undo: [], redo: [], open: null };
}

/** The stacks after `edit`, made at time `at` to the state `before`: a new step, or the open one extended; redo is gone. */
export function recorded<T>(stacks: Stacks<T>, before: T, edit: Edit, at: number, limits: Limits = HISTORY_LIMITS): Stacks<T> {
  const open = edit.key === undefined ? null : { key: edit.key, at };
  const { open: last } = stacks;
  if (last !== null && open !== null && last.key === open.key && at - last.at <= limits.gapMs && stacks.undo.length > 0) {
    // the step is named for where the drag ended ("set fee inflation to 8%…", not the first value it passed)
    const step = stacks.undo.at(-1)!;
    const undo = step.label === edit.label ? stacks.undo : [...stacks.undo.slice(0, -1), { ...step, label: edit.label }];
    return { undo, redo: [], open };
  }
  const undo = [...stacks.undo, { label: edit.label, state: before }];
  return { undo: undo.length > limits.size ? undo.slice(undo.length - limits.size) : undo, redo: [], open };
}

/** Takes back the last step from the state `current`: the state to put in place, and the stacks after; null when there is none. */
export function undone<T>(stacks: Stacks<T>, current: T): { state: T; stacks: Stacks<T> } | null {
  const step = stacks.undo.at(-1);
  if (step === undefined) return null;
  const redo = [...stacks.redo, { label: step.label, state: current }];
  return { state: step.state, stacks: { undo: stacks.undo.slice(0, -1), redo, open: null } };
}

/** Makes again the last step taken back: the state to put in place, and the stacks after; null when there is none. */
export function redone<T>(stacks: Stacks<T>, current: T): { state: T; stacks: Stacks<T> } | null {
  const step = stacks.redo.at(-1);
  if (step === undefined) return null;
  const undo = [...stacks.undo, { label: step.label, state: current }];
  return { state: step.state, stacks: { undo, redo: stacks.redo.slice(0, -1), open: null } };
}

/** A change made outside the history (not undoable on its own): nothing later joins the step before it. */
export function closed<T>(stacks: Stacks<T>): Stacks<T> {
  return stacks.open === null ? stacks : { ...stacks, open: null };
}
