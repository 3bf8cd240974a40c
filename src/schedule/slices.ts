/**
 * Long work on the main thread in slices, so the page still paints and answers input: items (inSlices) or
 * a generator's steps (runInSlices) are worked through until a slice's time is spent, then the page gets a
 * turn before the next slice. A slice is far under the 200 ms after which a page feels stuck (and the 50 ms
 * of a "long task"); a background run's is shorter still, so the page keeps every frame.
 */

export const SLICE_MS = 30;

export interface SliceOptions {
  /** stops between slices: what is left is not done and the promise resolves false */
  signal?: AbortSignal;
  /** lets the page have its turn (a new task, after any input and painting waiting for it) */
  pause?: () => Promise<void>;
  now?: () => number;
}

/** Waits for a new task: a MessageChannel message is not clamped to 4 ms as a nested setTimeout(0) is. */
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

/**
 * Waits until the page has painted the frame it is working on: a task after the next animation frame, so work
 * started there never lengthens the frame that shows what was just clicked. Where there are no frames (a test,
 * a hidden tab), a new task, or at most 100 ms.
 */
export function afterNextPaint(): Promise<void> {
  if (typeof requestAnimationFrame === 'undefined') return nextTask();
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, 100);
    requestAnimationFrame(
      () =>
        void nextTask().then(() => {
          clearTimeout(timer);
          resolve();
        }),
    );
  });
}

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

export interface RunOptions<P> {
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

/**
 * A background run's slice: 5 ms (a step may run a few ms past it) leaves the rest of a 60-per-second frame for
 * style, layout and paint, as a question is worked out while the page stays live.
 */
export const BACKGROUND_SLICE_MS = 5;

/**
 * Runs a piece of work (a generator, as src/model/questions/work.ts's) in slices: it steps the work for a few
 * milliseconds, then hands the main thread back to the browser before the next slice. A run can be cancelled
 * between steps.
 */
export function runInSlices<T, P>(work: Generator<P, T, void>, options: RunOptions<P> = {}): SlicedRun<T> {
  const { sliceMs = BACKGROUND_SLICE_MS, onProgress, now = () => performance.now(), pause = nextTask } = options;
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
