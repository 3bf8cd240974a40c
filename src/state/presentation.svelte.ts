/**
 * Presentation mode's own state, kept apart from the scenario (nothing here is saved, shared or undone): whether
 * it is on, the high-contrast theme, which scheme is picked out (null: the whole portfolio), and the inputs pinned
 * on screen for discussion. The schemes to step through are handed in, so a scheme switched off or removed simply
 * drops out of the steps.
 */

/** One input pinned on screen: a scheme's input by its path inside the scheme (`placements.occupancy`). */
export interface Pin {
  schemeId: string;
  path: string;
}

/** As many pinned inputs as fit beside the chart at 1280×720 in large type. */
export const MAX_PINS = 3;

export class Presentation {
  #on = $state(false);
  #highContrast = $state(false);
  #focus: string | null = $state(null);
  #pins: readonly Pin[] = $state.raw([]);

  get on(): boolean {
    return this.#on;
  }

  get highContrast(): boolean {
    return this.#highContrast;
  }

  /** the scheme picked out, or null for the whole portfolio */
  get focus(): string | null {
    return this.#focus;
  }

  get pins(): readonly Pin[] {
    return this.#pins;
  }

  enter(): void {
    this.#on = true;
  }

  leave(): void {
    this.#on = false;
  }

  setHighContrast(on: boolean): void {
    this.#highContrast = on;
  }

  /** The scheme picked out if it is still among `ids`, else null (the portfolio). */
  focusAmong(ids: readonly string[]): string | null {
    return this.#focus !== null && ids.includes(this.#focus) ? this.#focus : null;
  }

  /** The next (1) or previous (−1) of `ids`, in order, with the portfolio before the first and after the last. */
  step(delta: 1 | -1, ids: readonly string[]): void {
    const focus = this.focusAmong(ids);
    const at = focus === null ? ids.length : ids.indexOf(focus);
    const next = (at + delta + ids.length + 1) % (ids.length + 1);
    this.#focus = next === ids.length ? null : (ids[next] as string);
  }

  showPortfolio(): void {
    this.#focus = null;
  }

  isPinned(schemeId: string, path: string): boolean {
    return this.#pins.some((p) => p.schemeId === schemeId && p.path === path);
  }

  /** Pins an input; once MAX_PINS are pinned the oldest makes way. */
  pin(schemeId: string, path: string): void {
    if (this.isPinned(schemeId, path)) return;
    this.#pins = [...this.#pins, { schemeId, path }].slice(-MAX_PINS);
  }

  unpin(schemeId: string, path: string): void {
    this.#pins = this.#pins.filter((p) => !(p.schemeId === schemeId && p.path === path));
  }
}
