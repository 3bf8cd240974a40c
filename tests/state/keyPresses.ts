/** Key presses for the key-choice tests (undo, presentation mode): no modifier, focus on a slider, unless told. */
import type { KeyPress } from '../../src/state/historyKeys.ts';

const slider = { tagName: 'INPUT', type: 'range' };

export const press = (key: string, mods: Partial<KeyPress> = {}): KeyPress => ({
  key,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  target: slider,
  ...mods,
});
