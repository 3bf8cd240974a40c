/**
 * Which keys undo and redo the scenario: Ctrl+Z, and Ctrl+Shift+Z or Ctrl+Y (Cmd on a Mac). Not while
 * focus is in a text field: there the browser's own undo takes back the typing, and once the field is
 * left its committed value is one step of the scenario's history.
 */

/** The parts of a key event the choice depends on. */
export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
  /** where focus is: its tag and, for an input, its type */
  target: { tagName?: string; type?: string; isContentEditable?: boolean } | null;
}

/** What of a browser's key event the choices (undo, presentation) read. */
export function keyPress(event: KeyboardEvent): KeyPress {
  const target = event.target instanceof HTMLElement ? event.target : null;
  const type = target instanceof HTMLInputElement ? target.type : undefined;
  return {
    key: event.key,
    ctrlKey: event.ctrlKey,
    metaKey: event.metaKey,
    shiftKey: event.shiftKey,
    altKey: event.altKey,
    target: target && { tagName: target.tagName, type, isContentEditable: target.isContentEditable },
  };
}

/** Inputs whose keys are not text: the scenario's undo works from them (a slider, a switch). */
const NOT_TEXT = new Set(['range', 'checkbox', 'radio', 'button', 'submit', 'reset', 'color', 'file', 'image']);

/** Whether focus is in a text field, where letters and Escape belong to the typing. */
export function inText(target: KeyPress['target']): boolean {
  if (target === null) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName?.toUpperCase();
  return tag === 'TEXTAREA' || (tag === 'INPUT' && !NOT_TEXT.has((target.type ?? 'text').toLowerCase()));
}

export function historyKey(press: KeyPress): 'undo' | 'redo' | null {
  if (!(press.ctrlKey || press.metaKey) || press.altKey || inText(press.target)) return null;
  const key = press.key.toLowerCase();
  if (key === 'z') return press.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && !press.shiftKey) return 'redo';
  return null;
}
