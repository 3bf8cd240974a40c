/**
 * Reading and replacing one input of a scheme by its path inside the scheme, in the format of
 * `inputPaths()` without the scheme id: `placements.occupancy`, `capital.0.amount`, `otherSavings.1.annual`.
 * Replacing builds new objects along the path only, so every other part of the scheme keeps its identity
 * (the model's per-scheme cache and Svelte's keyed blocks both rely on that).
 */
import type { CostBasis, Scheme } from './scenario.ts';

export type InputValue = number | CostBasis;

/** Thrown for a path the scheme does not have: a programming error, never a user's. */
const NO_SUCH_INPUT = 'the scheme has no input at';

type Container = Record<string, unknown> | unknown[];

function isContainer(value: unknown): value is Container {
  return typeof value === 'object' && value !== null;
}

function step(container: Container, key: string): unknown {
  if (Array.isArray(container)) return /^\d+$/.test(key) ? container[Number(key)] : undefined;
  return Object.hasOwn(container, key) ? container[key] : undefined;
}

/** The value at `path` in `scheme`, or undefined when the scheme has no such input. */
export function readInput(scheme: Scheme, path: string): InputValue | undefined {
  let at: unknown = scheme;
  for (const key of path.split('.')) {
    if (!isContainer(at)) return undefined;
    at = step(at, key);
  }
  return typeof at === 'number' || typeof at === 'string' ? (at as InputValue) : undefined;
}

function replaced(container: unknown, keys: readonly string[], value: InputValue, path: string): unknown {
  const [key, ...rest] = keys;
  if (key === undefined) return value;
  if (!isContainer(container)) throw new RangeError(`${NO_SUCH_INPUT} ${path}`);
  const current = step(container, key);
  if (current === undefined && rest.length > 0) throw new RangeError(`${NO_SUCH_INPUT} ${path}`);
  const next = replaced(current, rest, value, path);
  if (Array.isArray(container)) {
    if (!/^\d+$/.test(key) || Number(key) >= container.length) throw new RangeError(`${NO_SUCH_INPUT} ${path}`);
    const copy = container.slice();
    copy[Number(key)] = next;
    return copy;
  }
  return { ...container, [key]: next };
}

/** A copy of `scheme` with the input at `path` set to `value`; the same object when nothing changes. */
export function withInput(scheme: Scheme, path: string, value: InputValue): Scheme {
  if (readInput(scheme, path) === undefined) throw new RangeError(`${NO_SUCH_INPUT} ${path}`);
  if (readInput(scheme, path) === value) return scheme;
  return replaced(scheme, path.split('.'), value, path) as Scheme;
}
