/**
 * Long work on the main thread in slices, so the page still paints and answers input: items are
 * worked through until a slice's time is spent, then the page gets a turn before the next slice.
 * A slice is far under the 200 ms after which a page feels stuck (and the 50 ms of a "long task").
 */

export const SLICE_MS = 30;

export interface SliceOptions {
  /** stops between slices: what is left is not done and the promise resolves false */
  signal?: AbortSignal;
  /** lets the page have its turn (a new task, after any input and painting waiting for it) */
  pause?: () => Promise<void>;
  now?: () => number;
}

export const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** Works `work` through every item; true when all were done. With little to do it never pauses, so it ends in the same task. */
export async function inSlices<T>(
  items: Iterable<T>,
  work: (item: T) => void,
  { signal, pause = nextTask, now = () => performance.now() }: SliceOptions = {},
): Promise<boolean> {
  if (signal?.aborted) return false;
  let deadline = now() + SLICE_MS;
  for (const item of items) {
    if (now() > deadline) {
      await pause();
      if (signal?.aborted) return false;
      deadline = now() + SLICE_MS;
    }
    work(item);
  }
  return !signal?.aborted;
}
