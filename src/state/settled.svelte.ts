/**
 * A value that follows a reactive source at once when it changes now and then, and once it settles when it
 * changes on every frame (a slider dragged): a change within QUIET_MS of the one before waits until the source
 * has been still for QUIET_MS. For what is read after a drag, not during it — the compared tables under the
 * live compared curves — so that a drag step redraws the curves and not every figure of every table.
 * `busy` says a newer value is waiting (for aria-busy and a visible "updating").
 */
import { untrack } from 'svelte';
import { Quiet } from '../schedule/quiet.ts';

export const QUIET_MS = 200;

export class Settled<T> {
  #value: T = $state.raw() as T;
  #busy = $state(false);
  #last = -Infinity;
  #next: T | undefined;
  readonly #quiet = new Quiet(() => this.#take(this.#next as T));

  /** Call while a component is set up (it owns the effect). `now` and `quietMs` for tests. */
  constructor(read: () => T, { quietMs = QUIET_MS, now = Date.now }: { quietMs?: number; now?: () => number } = {}) {
    this.#value = untrack(read);
    $effect(() => {
      const next = read();
      const at = now();
      const still = at - this.#last >= quietMs;
      this.#last = at;
      if (still) {
        this.#quiet.cancel();
        this.#take(next);
      } else {
        this.#next = next;
        this.#busy = true;
        this.#quiet.after(quietMs);
      }
    });
    $effect(() => () => this.#quiet.cancel());
  }

  get value(): T {
    return this.#value;
  }

  get busy(): boolean {
    return this.#busy;
  }

  #take(next: T): void {
    this.#next = undefined;
    this.#value = next;
    this.#busy = false;
  }
}
