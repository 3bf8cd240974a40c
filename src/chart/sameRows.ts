/**
 * Rows a chart draws (its end labels, its break-even marks, its readout) are worked out afresh for every step of
 * a drag. SameRows hands back last step's object for each row that has not changed, so Svelte's keyed block
 * leaves that row's elements alone: a step of one scheme of a hundred then redraws that scheme's rows and the
 * portfolio's, not a hundred and one. Not reactive state: a memo the chart that draws the rows owns.
 */
export class SameRows<T extends { id: string }> {
  #last = new Map<string, T>();

  keep(rows: readonly T[]): T[] {
    const next = new Map<string, T>();
    const kept = rows.map((row) => {
      const last = this.#last.get(row.id);
      const same = last !== undefined && alike(last, row) ? last : row;
      next.set(row.id, same);
      return same;
    });
    this.#last = next;
    return kept;
  }
}

/** The same fields with the same values; a field that is a plain object (a style) compared field by field. */
function alike(a: object, b: object): boolean {
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  for (const key of keys) {
    const [x, y] = [(a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]];
    if (Object.is(x, y)) continue;
    if (!isPlain(x) || !isPlain(y) || !flatAlike(x, y)) return false;
  }
  return true;
}

function flatAlike(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => Object.is(a[key], b[key]));
}

function isPlain(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && Object.getPrototypeOf(x) === Object.prototype;
}
