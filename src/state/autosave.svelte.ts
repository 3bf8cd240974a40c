/**
 * Keeps the working scenario: written once the changes settle, AUTOSAVE_DELAY_MS after the last one, so
 * that a slider being dragged is not slowed by a write (the whole scenario validated, copied to localStorage
 * and to IndexedDB) in the middle of it; a drag longer than AUTOSAVE_MAX_WAIT_MS is still written that long
 * after its first unwritten change. At once when the page is hidden or left. Writes happen one after another,
 * in order.
 */

import { Quiet } from '../schedule/quiet.ts';

export const AUTOSAVE_DELAY_MS = 500;
export const AUTOSAVE_MAX_WAIT_MS = 10_000;

/** The window and document events that say the page may not come back. */
export interface PageLife {
  page: Pick<EventTarget, 'addEventListener' | 'removeEventListener'>;
  document: Pick<EventTarget, 'addEventListener' | 'removeEventListener'> & { readonly visibilityState: DocumentVisibilityState };
}

export class Autosave {
  readonly #write: (write: { leaving: boolean }) => Promise<void>;
  readonly #keepNow: () => void;
  readonly #delayMs: number;
  readonly #maxWaitMs: number;
  /** the write's moving deadline (a drag moves it at every step) */
  readonly #quiet = new Quiet(() => void this.flush());
  /** when the first change not yet written came */
  #pendingSince: number | undefined;
  #pending = false;
  #writing: Promise<void> = Promise.resolve();

  /**
   * `write` stores the working scenario; it reports its own faults and never rejects. `keepNow` stores
   * it before returning, for a page being left: an asynchronous write started then may never finish,
   * so the write that follows it is told `leaving` (and must leave what `keepNow` stored in place).
   */
  constructor(
    write: (write: { leaving: boolean }) => Promise<void>,
    {
      delayMs = AUTOSAVE_DELAY_MS,
      maxWaitMs = AUTOSAVE_MAX_WAIT_MS,
      keepNow = () => {},
    }: { delayMs?: number; maxWaitMs?: number; keepNow?: () => void } = {},
  ) {
    this.#write = write;
    this.#keepNow = keepNow;
    this.#delayMs = delayMs;
    this.#maxWaitMs = maxWaitMs;
  }

  /** Something changed: it is written once changes pause for the delay, or the longest wait is up. */
  touch(): void {
    const now = Date.now();
    this.#pending = true;
    this.#pendingSince ??= now;
    this.#quiet.after(Math.min(this.#delayMs, this.#pendingSince + this.#maxWaitMs - now));
  }

  /**
   * Writes now if anything changed since the last write; resolves once every write so far is done.
   * `leaving`: the page is being hidden or left.
   */
  flush({ leaving = false }: { leaving?: boolean } = {}): Promise<void> {
    this.#quiet.cancel();
    this.#pendingSince = undefined;
    if (this.#pending) {
      this.#pending = false;
      this.#writing = this.#writing.then(() => this.#write({ leaving })).catch(() => {});
    }
    return this.#writing;
  }

  /**
   * Touches now and on every change of what `read` reads (reactive state); on `pagehide` and when the
   * page is hidden, keeps it at once and flushes. Returns the stop.
   */
  watch(read: () => unknown, life: PageLife = { page: window, document }): () => void {
    const stopEffect = $effect.root(() => {
      $effect(() => {
        read();
        this.touch();
      });
    });
    const leave = () => {
      this.#keepNow();
      void this.flush({ leaving: true });
    };
    const onPageHide = () => leave();
    const onVisibility = () => {
      if (life.document.visibilityState === 'hidden') leave();
    };
    life.page.addEventListener('pagehide', onPageHide);
    life.document.addEventListener('visibilitychange', onVisibility);
    return () => {
      stopEffect();
      life.page.removeEventListener('pagehide', onPageHide);
      life.document.removeEventListener('visibilitychange', onVisibility);
    };
  }
}
