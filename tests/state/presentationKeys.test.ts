import { describe, expect, it } from 'vitest';
import { press } from './keyPresses.ts';
import { presentationKey } from '../../src/state/presentationKeys.ts';

describe('presentationKey', () => {
  it('P enters and leaves; Escape only leaves', () => {
    expect(presentationKey(press('p'), false)).toBe('toggle');
    expect(presentationKey(press('P', { shiftKey: true }), true)).toBe('toggle');
    expect(presentationKey(press('Escape'), true)).toBe('leave');
    expect(presentationKey(press('Escape'), false)).toBeNull();
  });

  it('steps, the portfolio and high contrast work only while presenting', () => {
    expect(presentationKey(press(']'), true)).toBe('next');
    expect(presentationKey(press('['), true)).toBe('previous');
    expect(presentationKey(press('0'), true)).toBe('portfolio');
    expect(presentationKey(press('h'), true)).toBe('contrast');
    for (const key of [']', '[', '0', 'h']) expect(presentationKey(press(key), false), key).toBeNull();
  });

  it('leaves keys with Ctrl, Cmd or Alt alone (Ctrl+P prints)', () => {
    expect(presentationKey(press('p', { ctrlKey: true }), false)).toBeNull();
    expect(presentationKey(press('p', { metaKey: true }), false)).toBeNull();
    expect(presentationKey(press(']', { altKey: true }), true)).toBeNull();
  });

  it('leaves every key to a text field or a drop-down list that has focus', () => {
    const field = { tagName: 'INPUT', type: 'text' };
    expect(presentationKey(press('p', { target: field }), false)).toBeNull();
    expect(presentationKey(press('Escape', { target: field }), true)).toBeNull();
    expect(presentationKey(press('0', { target: { tagName: 'SELECT' } }), true)).toBeNull();
    expect(presentationKey(press('p', { target: { tagName: 'DIV', isContentEditable: true } }), false)).toBeNull();
    expect(presentationKey(press('p', { target: null }), false)).toBe('toggle');
  });
});
