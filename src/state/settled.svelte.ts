/**
 * A value that follows a reactive source at once when it changes now and then, and once it settles when it
 * changes on every frame (a slider dragged): a change within QUIET_MS of the one before waits until the source
 * has been still for QUIET_MS. For what is read after a drag, not during it — the compared tables under the
 * live compared curves — so that a drag step redraws the curves and not every figure of every table.
 * `busy` says a newer value is waiting (for aria-busy and a visible "updating").
 */
import { untrack } from 'svelte';

export const QUIET_MS = 200;

export class Settled<T> {
  #value: T = $state.raw() as T;
  #busy = $state(false);
  #last = -Infinity;
  #timer: ReturnType<typeof setTimeout> | undefined;

  /** Call while a component is set up (it owns the effect). `now` and `quietMs` for tests. */
  constructor(read: () => T, { quietMs = QUIET_MS, now = () => performance.now() }: { quietMs?: number; now?: () => number } = {}) {
    this.#value = untrack(read);
    $effect(() => {
      const next = read();
      const at = now();
      const still = at - this.#last >= quietMs;
      this.#last = at;
      clearTimeout(this.#timer);
      if (still) this.#take(next);
      else {
        this.#busy = true;
        this.#timer = setTimeout(() => this.#take(next), quietMs);
      }
      return () => clearTimeout(this.#timer);
    });
  }

  get value(): T {
    return this.#value;
  }

  get busy(): boolean {
    return this.#busy;
  }

  #take(next: T): void {
    this.#value = next;
    this.#busy = false;
  }
}
