// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { holdOpenWhilePressed } from '../../src/components/holdOpen.ts';

/** A field with its own input, held by the attachment, and somewhere else to press. */
function field() {
  const node = document.createElement('div');
  const input = document.createElement('input');
  const elsewhere = document.createElement('button');
  node.append(input);
  document.body.append(node, elsewhere);
  const detach = holdOpenWhilePressed(node) as () => void;
  input.focus();
  return { node, input, elsewhere, detach };
}

const press = (type: string) => window.dispatchEvent(new MouseEvent(type, { bubbles: true }));
const afterTimers = () => new Promise((resolve) => setTimeout(resolve, 5));
const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups.splice(0)) c();
  document.body.innerHTML = '';
});

describe('holdOpenWhilePressed', () => {
  it('a press elsewhere that takes the focus holds the field until the press is over', async () => {
    const f = field();
    cleanups.push(f.detach);
    press('mousedown');
    f.elsewhere.focus();
    expect(f.node.classList.contains('held')).toBe(true);
    press('mouseup');
    expect(f.node.classList.contains('held')).toBe(true);
    await afterTimers();
    expect(f.node.classList.contains('held')).toBe(false);
  });

  it('a focus move by the keyboard is not held', () => {
    const f = field();
    cleanups.push(f.detach);
    f.elsewhere.focus();
    expect(f.node.classList.contains('held')).toBe(false);
  });

  it('a press that never ends in a mouseup (a drag, a key) does not leave the field held, nor the next Tab', async () => {
    const f = field();
    cleanups.push(f.detach);
    press('mousedown');
    f.elsewhere.focus();
    expect(f.node.classList.contains('held')).toBe(true);
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab' }));
    await afterTimers();
    expect(f.node.classList.contains('held')).toBe(false);
    f.input.focus();
    f.elsewhere.focus();
    expect(f.node.classList.contains('held')).toBe(false);
  });

  it('taken away while held, it lets go', () => {
    const f = field();
    press('mousedown');
    f.elsewhere.focus();
    f.detach();
    expect(f.node.classList.contains('held')).toBe(false);
  });
});
