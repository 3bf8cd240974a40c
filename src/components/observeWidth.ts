import type { Attachment } from 'svelte/attachments';

/**
 * An attachment that reports an element's width (its clientWidth) whenever it changes, read in a ResizeObserver's
 * callback, once the browser has laid the page out. `bind:clientWidth` also reads it at once as the element is
 * drawn, which makes the browser lay out the whole page in the middle of drawing it (6 ms for the tornado on a
 * hundred-scheme page) and again at the end of the frame.
 */
export function observeWidth(report: (width: number) => void): Attachment<HTMLElement> {
  return (node) => {
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => report(node.clientWidth));
    observer.observe(node);
    return () => observer.disconnect();
  };
}
