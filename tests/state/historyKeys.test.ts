import { describe, expect, it } from 'vitest';
import { historyKey, type KeyPress } from '../../src/state/historyKeys.ts';
import { press } from './keyPresses.ts';

describe('historyKey', () => {
  it('Ctrl+Z undoes; Ctrl+Shift+Z and Ctrl+Y redo; Cmd does the same', () => {
    expect(historyKey(press('z', { ctrlKey: true }))).toBe('undo');
    expect(historyKey(press('Z', { ctrlKey: true, shiftKey: true }))).toBe('redo');
    expect(historyKey(press('y', { ctrlKey: true }))).toBe('redo');
    expect(historyKey(press('z', { metaKey: true }))).toBe('undo');
    expect(historyKey(press('z', { metaKey: true, shiftKey: true }))).toBe('redo');
  });

  it('leaves other keys, and Z without Ctrl or with Alt, alone', () => {
    expect(historyKey(press('z'))).toBeNull();
    expect(historyKey(press('x', { ctrlKey: true }))).toBeNull();
    expect(historyKey(press('z', { ctrlKey: true, altKey: true }))).toBeNull();
    expect(historyKey(press('y', { ctrlKey: true, shiftKey: true }))).toBeNull();
  });

  it('works from a slider, a checkbox, a button or the page, not from a text field', () => {
    const ctrlZ = (target: KeyPress['target']) => historyKey(press('z', { ctrlKey: true, target }));
    expect(ctrlZ({ tagName: 'INPUT', type: 'checkbox' })).toBe('undo');
    expect(ctrlZ({ tagName: 'BUTTON' })).toBe('undo');
    expect(ctrlZ({ tagName: 'BODY' })).toBe('undo');
    expect(ctrlZ(null)).toBe('undo');
    expect(ctrlZ({ tagName: 'INPUT', type: 'text' })).toBeNull();
    expect(ctrlZ({ tagName: 'INPUT' })).toBeNull();
    expect(ctrlZ({ tagName: 'TEXTAREA' })).toBeNull();
    expect(ctrlZ({ tagName: 'DIV', isContentEditable: true })).toBeNull();
  });
});
