// Registers the service worker (sw.js, written beside index.html by the build) that keeps the app working offline.

/** The worker's address and scope, relative to the page: the app's own folder, wherever it is hosted. */
export const WORKER_URL = './sw.js';
export const WORKER_SCOPE = './';

/**
 * Registers the worker where the browser has service workers (not over plain http from another host, nor in some
 * private windows). A refusal is not a fault: the app works as it did, online only, so it is not reported.
 */
export async function registerServiceWorker(container: ServiceWorkerContainer | undefined): Promise<boolean> {
  if (!container) return false;
  try {
    await container.register(WORKER_URL, { scope: WORKER_SCOPE });
    return true;
  } catch {
    return false;
  }
}
