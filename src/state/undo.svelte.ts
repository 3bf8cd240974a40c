/** The one thing the page offers to undo: the last delete, or the scenario with unsaved changes that another replaced. */

export interface Undo {
  message: string;
  label: string;
  run: () => Promise<void>;
}

export class UndoOffer {
  #undo: Undo | null = $state.raw(null);

  get current(): Undo | null {
    return this.#undo;
  }

  /** Offers `undo` in place of whatever was offered before (null: nothing to offer). */
  offer(undo: Undo | null): void {
    this.#undo = undo;
  }

  dismiss(): void {
    this.#undo = null;
  }

  /** Runs the undo on offer, once. */
  async run(): Promise<void> {
    const undo = this.#undo;
    this.#undo = null;
    await undo?.run();
  }
}
