import { line } from 'd3-shape';
import type { CurveStyle } from './curveStyle.ts';

/** x(t) for every time point, computed once per layout and shared by every curve. */
export function timePositions(x: (t: number) => number, horizonMonths: number): Float64Array {
  const xs = new Float64Array(horizonMonths + 1);
  for (let t = 0; t <= horizonMonths; t++) xs[t] = x(t);
  return xs;
}

/** A coordinate to a tenth of a pixel, written with integer arithmetic: "183.7", "-2", "0". */
function tenths(v: number): string {
  const r = Math.round(v * 10);
  const a = Math.abs(r);
  const digit = a % 10;
  const text = digit === 0 ? String(a / 10) : `${Math.floor(a / 10)}.${digit}`;
  return r < 0 ? `-${text}` : text;
}

/** How far (in pixels, vertically) the drawn line may pass from a monthly point it skips. */
export const SIMPLIFY_TOLERANCE = 0.2;

/**
 * The path context d3-shape's line draws into. It writes the SVG path string directly, a tenth of a pixel at a
 * time, and skips points that lie within `tolerance` of a straight run: a cash curve is straight within each year
 * (fees rise on anniversaries), so most monthly points add nothing but bytes. Each run keeps a cone of slopes
 * that pass within the tolerance of every point it skipped, so the error never builds up along a gentle bend.
 * Together these make 100 curves × 481 points several times cheaper to serialise and to hand to the DOM.
 */
class PathString {
  #d = '';
  readonly #tolerance: number;
  // The last point written (the anchor), the last point seen but not yet written, and the cone of slopes from the
  // anchor that pass within the tolerance of every point since.
  #anchorX = 0;
  #anchorY = 0;
  #pendingX = 0;
  #pendingY = 0;
  #pending = false;
  #low = -Infinity;
  #high = Infinity;

  constructor(tolerance = SIMPLIFY_TOLERANCE) {
    this.#tolerance = tolerance;
  }

  moveTo(x: number, y: number): void {
    this.#flush();
    this.#d += `M${tenths(x)},${tenths(y)}`;
    this.#anchor(x, y);
  }

  lineTo(x: number, y: number): void {
    if (this.#pending) {
      const dx = x - this.#anchorX;
      const slope = (y - this.#anchorY) / dx;
      if (!(dx > 0 && slope >= this.#low && slope <= this.#high)) {
        this.#flush();
      }
    }
    const dx = x - this.#anchorX;
    if (dx > 0) {
      this.#low = Math.max(this.#low, (y - this.#tolerance - this.#anchorY) / dx);
      this.#high = Math.min(this.#high, (y + this.#tolerance - this.#anchorY) / dx);
      this.#pendingX = x;
      this.#pendingY = y;
      this.#pending = true;
    } else {
      // Not moving right: nothing to straighten, write the point as it is.
      this.#d += `L${tenths(x)},${tenths(y)}`;
      this.#anchor(x, y);
    }
  }

  closePath(): void {
    this.#flush();
    this.#d += 'Z';
  }

  /** The finished path string. */
  toString(): string {
    this.#flush();
    return this.#d;
  }

  #flush(): void {
    if (!this.#pending) return;
    this.#d += `L${tenths(this.#pendingX)},${tenths(this.#pendingY)}`;
    this.#anchor(this.#pendingX, this.#pendingY);
  }

  #anchor(x: number, y: number): void {
    this.#anchorX = x;
    this.#anchorY = y;
    this.#pending = false;
    this.#low = -Infinity;
    this.#high = Infinity;
  }
}

const indexCache = new Map<number, number[]>();
/** [0, 1, … n − 1], shared between curves of the same length. */
function indices(n: number): number[] {
  let cached = indexCache.get(n);
  if (!cached) {
    cached = Array.from({ length: n }, (_, t) => t);
    indexCache.set(n, cached);
  }
  return cached;
}

/**
 * The SVG path of one curve: straight segments between monthly points (the data is monthly; smoothing would
 * invent values between months), with a gap wherever a value is not finite. `tolerance` 0 keeps every point.
 */
export function linePath(
  values: ArrayLike<number>,
  xs: ArrayLike<number>,
  y: (value: number) => number,
  tolerance = SIMPLIFY_TOLERANCE,
): string {
  const path = new PathString(tolerance);
  line<number>()
    .defined((t) => Number.isFinite(values[t]))
    .x((t) => xs[t] as number)
    .y((t) => y(values[t] as number))
    .context(path as unknown as CanvasRenderingContext2D)(indices(Math.min(values.length, xs.length)));
  return path.toString();
}

/**
 * Remembers each curve's last path, so a redraw only rebuilds the curves whose values (or the scales) changed:
 * dragging one scheme's slider re-serialises that scheme and the portfolio, not all hundred curves. Values are
 * copied, not referenced, so a caller that refills its arrays in place cannot fool the comparison.
 */
export class PathCache {
  #entries = new Map<string, { values: Float64Array; layout: string; d: string }>();
  #views = new Map<string, PathView>();

  /**
   * The curve's path with its style, as one object that stays the same while nothing of it changes: Svelte's keyed
   * block then leaves that curve's <path> alone, and a step of one scheme updates two paths, not a hundred.
   */
  view(id: string, values: ArrayLike<number>, layout: string, style: CurveStyle, build: () => string): PathView {
    const d = this.path(id, values, layout, build);
    const kept = this.#views.get(id);
    if (kept && kept.d === d && sameStyle(kept.style, style)) return kept;
    const view = { id, d, style };
    this.#views.set(id, view);
    return view;
  }

  /** `layout` names the scales (domain, range, horizon): a different layout invalidates every path. */
  path(id: string, values: ArrayLike<number>, layout: string, build: () => string): string {
    const entry = this.#entries.get(id);
    if (entry && entry.layout === layout && sameValues(entry.values, values)) return entry.d;
    const d = build();
    this.#entries.set(id, { values: Float64Array.from(values as ArrayLike<number>), layout, d });
    return d;
  }

  /** Forgets curves that are no longer drawn. */
  keep(ids: ReadonlySet<string>): void {
    for (const id of this.#entries.keys()) if (!ids.has(id)) this.#entries.delete(id);
    for (const id of this.#views.keys()) if (!ids.has(id)) this.#views.delete(id);
  }
}

/** One curve as the chart draws it. */
export interface PathView {
  id: string;
  d: string;
  style: CurveStyle;
}

/** Styles are worked out afresh with the curves: the same when they draw alike (the portfolio's is one constant). */
function sameStyle(a: CurveStyle, b: CurveStyle): boolean {
  return a === b || (a.colour === b.colour && a.dash === b.dash && a.width === b.width);
}

function sameValues(a: Float64Array, b: ArrayLike<number>): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!Object.is(a[i], b[i])) return false;
  return true;
}
