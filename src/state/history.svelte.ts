/**
 * The working scenario's undo and redo, as the page sees them: what the next undo and redo would take
 * back or make again. The stacks and their rules are src/model/history.ts's; this holds them as state,
 * with the clock that decides when a pause starts a new step (given, so tests need not wait).
 */
import { closed, emptyStacks, HISTORY_LIMITS, recorded, redone, undone, type Edit, type Limits, type Stacks } from '../model/history.ts';

export class History<T> {
  #stacks: Stacks<T> = $state.raw(emptyStacks());
  readonly #now: () => number;
  readonly #limits: Limits;

  constructor({ now = Date.now, limits = HISTORY_LIMITS }: { now?: () => number; limits?: Limits } = {}) {
    this.#now = now;
    this.#limits = limits;
  }

  /** what an undo would take back ("change occupancy of Property 2"), or null when there is nothing */
  get undoLabel(): string | null {
    return this.#stacks.undo.at(-1)?.label ?? null;
  }

  get redoLabel(): string | null {
    return this.#stacks.redo.at(-1)?.label ?? null;
  }

  /** how many steps can be taken back */
  get depth(): number {
    return this.#stacks.undo.length;
  }

  /** `edit` is about to change the state, which is `before` until then. */
  record(before: T, edit: Edit): void {
    this.#stacks = recorded(this.#stacks, before, edit, this.#now(), this.#limits);
  }

  /** The state to put in place of `current` to take back the last step, or undefined when there is none. */
  undo(current: T): T | undefined {
    const step = undone(this.#stacks, current);
    if (step === null) return undefined;
    this.#stacks = step.stacks;
    return step.state;
  }

  redo(current: T): T | undefined {
    const step = redone(this.#stacks, current);
    if (step === null) return undefined;
    this.#stacks = step.stacks;
    return step.state;
  }

  /** Something changed that is not a step of its own: the next edit starts a new step. */
  close(): void {
    this.#stacks = closed(this.#stacks);
  }

  /** A different scenario: its history starts here. */
  clear(): void {
    this.#stacks = emptyStacks();
  }
}
