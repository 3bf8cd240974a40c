/**
 * The presentation mode's keys: P to enter or leave, Escape to leave, ] and [ to step through the schemes, 0 for
 * the whole portfolio again, H for high contrast. Never with Ctrl, Cmd or Alt, and never while focus is in a text
 * field (a number typed, or Escape taking back a typed value, belongs to the field).
 */
import { inText, type KeyPress } from './historyKeys.ts';

export type PresentationAction = 'toggle' | 'leave' | 'next' | 'previous' | 'portfolio' | 'contrast';

/** The keys as the presentation's key list says them, in its order. */
export const PRESENTATION_KEYS: readonly { keys: string; does: string }[] = [
  { keys: ']', does: 'next scheme' },
  { keys: '[', does: 'previous scheme' },
  { keys: '0', does: 'the whole portfolio' },
  { keys: 'H', does: 'high contrast on or off' },
  { keys: 'Esc or P', does: 'leave' },
];

/** A focused drop-down list takes letters and digits to jump to an option. */
const inList = (target: KeyPress['target']) => target?.tagName?.toUpperCase() === 'SELECT';

export function presentationKey(press: KeyPress, presenting: boolean): PresentationAction | null {
  if (press.ctrlKey || press.metaKey || press.altKey || inText(press.target) || inList(press.target)) return null;
  const key = press.key;
  if (key === 'p' || key === 'P') return 'toggle';
  if (!presenting) return null;
  if (key === 'Escape') return 'leave';
  if (key === ']') return 'next';
  if (key === '[') return 'previous';
  if (key === '0') return 'portfolio';
  if (key === 'h' || key === 'H') return 'contrast';
  return null;
}
