/** What the storage tests share: stores that fail or count on demand, and a clock and ids that are deterministic. */
import type { Adder, KeyValueStore, Updater } from '../../src/storage/store.ts';

/** A clock that moves on a minute per call, so "last edited" is deterministic. */
export function minuteClock(start = '2026-03-01T09:00:00Z'): () => Date {
  let at = Date.parse(start);
  return () => {
    const now = new Date(at);
    at += 60_000;
    return now;
  };
}

export function counterIds(): () => string {
  let n = 0;
  return () => `id${++n}`;
}

/** A store that throws `error` from every write while `failing` is on; reads still work. */
export class FaultyStore implements KeyValueStore {
  readonly persistent = true;
  failing = false;
  constructor(
    private readonly inner: KeyValueStore,
    private readonly error: () => unknown,
  ) {}
  get(key: string) {
    return this.inner.get(key);
  }
  entries() {
    return this.inner.entries();
  }
  set(key: string, value: unknown) {
    return this.failing ? Promise.reject(this.error()) : this.inner.set(key, value);
  }
  update(key: string, updater: Updater) {
    return this.failing ? Promise.reject(this.error()) : this.inner.update(key, updater);
  }
  del(key: string) {
    return this.failing ? Promise.reject(this.error()) : this.inner.del(key);
  }
  addMany(adder: Adder, onProgress?: (written: number) => void) {
    return this.failing ? Promise.reject(this.error()) : this.inner.addMany!(adder, onProgress);
  }
}

export const quotaError = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');
