/**
 * Keeps the working scenario: written at most AUTOSAVE_DELAY_MS after a change however long a slider
 * is dragged (a timer started by the first change, not reset by later ones), and at once when the
 * page is hidden or left. Writes happen one after another, in order.
 */

export const AUTOSAVE_DELAY_MS = 500;

/** The window and document events that say the page may not come back. */
export interface PageLife {
  page: Pick<EventTarget, 'addEventListener' | 'removeEventListener'>;
  document: Pick<EventTarget, 'addEventListener' | 'removeEventListener'> & { readonly visibilityState: DocumentVisibilityState };
}

export class Autosave {
  readonly #write: () => Promise<void>;
  readonly #keepNow: () => void;
  readonly #delayMs: number;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #pending = false;
  #writing: Promise<void> = Promise.resolve();

  /**
   * `write` stores the working scenario; it reports its own faults and never rejects. `keepNow` stores
   * it before returning, for a page being left: an asynchronous write started then may never finish.
   */
  constructor(
    write: () => Promise<void>,
    { delayMs = AUTOSAVE_DELAY_MS, keepNow = () => {} }: { delayMs?: number; keepNow?: () => void } = {},
  ) {
    this.#write = write;
    this.#keepNow = keepNow;
    this.#delayMs = delayMs;
  }

  /** Something changed: it is written within the delay. */
  touch(): void {
    this.#pending = true;
    this.#timer ??= setTimeout(() => void this.flush(), this.#delayMs);
  }

  /** Writes now if anything changed since the last write; resolves once every write so far is done. */
  flush(): Promise<void> {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    if (this.#pending) {
      this.#pending = false;
      this.#writing = this.#writing.then(this.#write).catch(() => {});
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
      void this.flush();
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
