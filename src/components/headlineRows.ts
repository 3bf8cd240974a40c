/**
 * Which schemes' rows the headline table draws on screen. Up to SCREEN_ROWS schemes, all of them. A larger
 * portfolio shows its first FIRST_ROWS and every scheme open for editing (so the row of the scheme being dragged
 * is always there), until "Show all" asks for the rest: a table of a hundred rows ran four times the page's height,
 * and redrawing it cost every slider step more than a frame (the headline figures CSV has every scheme).
 */
export const SCREEN_ROWS = 20;
export const FIRST_ROWS = 10;

/** whether a portfolio's table is long enough to be shown cut (and so to offer Show all) */
export const cutsShort = (count: number): boolean => count > SCREEN_ROWS;

export function headlineRows<T extends { id: string }>(
  schemes: readonly T[],
  open: ReadonlySet<string>,
  all: boolean,
): { shown: T[]; more: number } {
  if (all || !cutsShort(schemes.length)) return { shown: [...schemes], more: 0 };
  const shown = schemes.filter((scheme, i) => i < FIRST_ROWS || open.has(scheme.id));
  return { shown, more: schemes.length - shown.length };
}
