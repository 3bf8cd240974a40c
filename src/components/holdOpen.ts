import type { Attachment } from 'svelte/attachments';

/** What ends a press, or shows it will not end in a click: after any of these a field is no longer held. */
const PRESS_ENDS = ['mouseup', 'dragstart', 'contextmenu', 'keydown'] as const;

/**
 * An attachment for a field whose note opens while it has the focus (`:focus-within`): when a press elsewhere takes
 * the focus, the field is marked `held` until that press's click, so its note stays open meanwhile. A press takes
 * the focus as it goes down (mousedown, which a tap on a phone sends too, after its touch events), and a note
 * closing then moves everything below it up: on a phone the tap's click then landed on whatever had moved under the
 * finger, and was lost. A keyboard move, a drag, a context menu or the window losing the focus ends the hold at once.
 * What it remembers (whether a press is down, the hold to end) is its own, and goes with it.
 */
export const holdOpenWhilePressed: Attachment<HTMLElement> = (node) => {
  let pressed = false;
  let release: (() => void) | null = null;
  const down = () => (pressed = true);
  const up = () => (pressed = false);
  const end = () => {
    node.classList.remove('held');
    for (const type of PRESS_ENDS) window.removeEventListener(type, later, true);
    window.removeEventListener('blur', end);
    release = null;
  };
  // after the press's click, which comes just after its mouseup
  const later = () => setTimeout(end);
  const onfocusout = (event: FocusEvent) => {
    if (!pressed || release !== null || (event.relatedTarget instanceof Node && node.contains(event.relatedTarget))) return;
    node.classList.add('held');
    release = end;
    for (const type of PRESS_ENDS) window.addEventListener(type, later, true);
    window.addEventListener('blur', end);
  };
  window.addEventListener('mousedown', down, true);
  for (const type of PRESS_ENDS) window.addEventListener(type, up, true);
  window.addEventListener('blur', up);
  node.addEventListener('focusout', onfocusout);
  return () => {
    release?.();
    window.removeEventListener('mousedown', down, true);
    for (const type of PRESS_ENDS) window.removeEventListener(type, up, true);
    window.removeEventListener('blur', up);
    node.removeEventListener('focusout', onfocusout);
  };
};
