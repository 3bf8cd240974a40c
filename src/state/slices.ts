/**
 * Runs a piece of work (a generator from src/model/questions/work.ts) in time slices: it steps the work for a
 * few milliseconds, then hands the main thread back to the browser (a new task, so it can paint and take input)
 * before the next slice. One long question never becomes one long task. A run can be cancelled between steps.
 */

/** Wait for a new task: a MessageChannel message is not clamped to 4 ms as a nested setTimeout(0) is. */
export function nextTask(): Promise<void> {
  if (typeof MessageChannel === 'undefined') return new Promise((resolve) => setTimeout(resolve, 0));
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

export interface SliceOptions<P> {
  /** how long one slice may step the work before it yields to the browser */
  sliceMs?: number;
  /** after each slice, with the work's last progress */
  onProgress?: (progress: P) => void;
  /** the clock (tests give their own) */
  now?: () => number;
  /** how a slice hands back to the browser (tests give fake timers' setTimeout) */
  pause?: () => Promise<void>;
}

export interface SlicedRun<T> {
  /** the work's answer, or undefined when the run was cancelled first */
  readonly done: Promise<T | undefined>;
  cancel(): void;
}

/** A slice of 5 ms (a step may run a few ms past it) leaves the rest of a 60-per-second frame for style, layout and paint. */
export const SLICE_MS = 5;

export function runInSlices<T, P>(work: Generator<P, T, void>, options: SliceOptions<P> = {}): SlicedRun<T> {
  const { sliceMs = SLICE_MS, onProgress, now = () => performance.now(), pause = nextTask } = options;
  let cancelled = false;
  const done = (async () => {
    // the first slice waits too, so starting a run never adds work to the task (a click, an edit) that started it
    for (;;) {
      await pause();
      if (cancelled) return undefined;
      const until = now() + sliceMs;
      let last: P | undefined;
      do {
        const step = work.next();
        if (step.done) return step.value;
        last = step.value;
      } while (now() < until);
      if (onProgress) onProgress(last);
    }
  })();
  return {
    done,
    cancel: () => {
      cancelled = true;
    },
  };
}
