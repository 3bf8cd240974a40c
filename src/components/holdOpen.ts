import type { Attachment } from 'svelte/attachments';

/**
 * Whether a press is going down: between mousedown and mouseup, the events a tap is made of too (after its touch
 * events, which end before the tap moves the focus), so one pair of listeners serves a mouse and a finger alike.
 */
let pressed = false;
let listening = false;
function listen(): void {
  if (listening) return;
  listening = true;
  window.addEventListener('mousedown', () => (pressed = true), true);
  window.addEventListener('mouseup', () => (pressed = false), true);
}

/**
 * An attachment for a field whose note opens while it has the focus (`:focus-within`): when a press elsewhere takes
 * the focus, the field is marked `held` until that press's click, so its note stays open meanwhile. A press takes
 * the focus as it goes down (mousedown), and a note closing then moves everything below it up: on a phone the tap's
 * click then landed on whatever had moved under the finger, and was lost. Keyboard focus moves close it at once.
 */
export const holdOpenWhilePressed: Attachment<HTMLElement> = (node) => {
  listen();
  const onfocusout = (event: FocusEvent) => {
    if (!pressed || (event.relatedTarget instanceof Node && node.contains(event.relatedTarget))) return;
    node.classList.add('held');
    // after the press's click, which comes just after its mouseup
    window.addEventListener('mouseup', () => setTimeout(() => node.classList.remove('held')), { once: true, capture: true });
  };
  node.addEventListener('focusout', onfocusout);
  return () => node.removeEventListener('focusout', onfocusout);
};
