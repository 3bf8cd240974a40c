/**
 * A deadline that moves: `fire` runs once the deadline set by the last `after` has passed. Poked on every
 * frame of a drag, it only writes the new deadline down; its one timer, when it wakes before the deadline,
 * sleeps again for what is left. Clearing and setting a timer at every step cost more than the step's own
 * work in the autosave and the announcement.
 */
export class Quiet {
  readonly #fire: () => void;
  readonly #now: () => number;
  #timer: ReturnType<typeof setTimeout> | undefined;
  /** when the timer set wakes */
  #wakes = Infinity;
  #due = Infinity;

  constructor(fire: () => void, now: () => number = Date.now) {
    this.#fire = fire;
    this.#now = now;
  }

  /** `fire` runs `ms` from now (and not at any earlier deadline). */
  after(ms: number): void {
    this.#due = this.#now() + Math.max(0, ms);
    // a timer waking later than the new deadline is too late: only then is it set again
    if (this.#timer === undefined || this.#wakes > this.#due) this.#arm(this.#due);
  }

  /** Nothing runs until the next `after`. */
  cancel(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#wakes = Infinity;
    this.#due = Infinity;
  }

  get pending(): boolean {
    return this.#timer !== undefined;
  }

  #arm(at: number): void {
    clearTimeout(this.#timer);
    this.#wakes = at;
    this.#timer = setTimeout(() => this.#wake(), Math.max(0, at - this.#now()));
  }

  #wake(): void {
    this.#timer = undefined;
    this.#wakes = Infinity;
    if (this.#now() < this.#due) return this.#arm(this.#due);
    this.#due = Infinity;
    this.#fire();
  }
}
