// The service worker that keeps the built app working offline. scripts/offline.ts turns this file into dist/sw.js,
// a classic script, with the build's file list and version; it must import nothing.
//
// - install: every file of the build is fetched afresh (past the HTTP cache) into one cache named for the version,
//   then this worker takes over at once: a new release is served from the next load.
// - activate: this app's caches of other versions go; nothing else is touched (the scenarios are in IndexedDB and
//   localStorage, and another app on the same host keeps its caches).
// - fetch: a page load asks the host first and falls back to the cached page; the build's own files come from the
//   cache. Anything else, and anything outside the worker's folder, is left to the browser.

export type ExtendableEvent = { waitUntil(promise: Promise<unknown>): void };
export type FetchEvent = ExtendableEvent & { readonly request: Request; respondWith(response: Promise<Response>): void };

/** What the worker uses of its global scope (TypeScript's DOM library has no ServiceWorkerGlobalScope). */
export type WorkerScope = {
  readonly location: { readonly href: string };
  readonly registration: { readonly scope: string };
  readonly caches: CacheStorage;
  fetch(request: Request): Promise<Response>;
  skipWaiting(): Promise<void>;
  readonly clients: { claim(): Promise<void> };
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
};

/** The page every load falls back to, as a path relative to the worker. */
export const APP_PAGE = 'index.html';

/** This app's caches at this scope start with this; the version follows. */
export const cachePrefix = (scope: string): string => `payback-explorer ${scope} `;

/** Wires the worker's events. `files` are the build's files relative to the worker's own address. */
export function startServiceWorker(worker: WorkerScope, files: readonly string[], version: string): void {
  const prefix = cachePrefix(worker.registration.scope);
  const cacheName = prefix + version;
  const precached = new Set(files.map((file) => new URL(file, worker.location.href).href));
  const appPage = new URL(APP_PAGE, worker.location.href).href;

  const fromCache = async (url: string): Promise<Response | undefined> => (await worker.caches.open(cacheName)).match(url);

  worker.addEventListener('install', (event) => {
    event.waitUntil(
      (async () => {
        const cache = await worker.caches.open(cacheName);
        // all or nothing: one missing file and this version never installs, the one before stays
        await cache.addAll([...precached].map((url) => new Request(url, { cache: 'reload' })));
        await worker.skipWaiting();
      })(),
    );
  });

  worker.addEventListener('activate', (event) => {
    event.waitUntil(
      (async () => {
        const names = await worker.caches.keys();
        await Promise.all(names.filter((name) => name.startsWith(prefix) && name !== cacheName).map((name) => worker.caches.delete(name)));
        await worker.clients.claim();
      })(),
    );
  });

  worker.addEventListener('fetch', (event) => {
    const { request } = event;
    if (request.method !== 'GET' || !request.url.startsWith(worker.registration.scope)) return;
    if (request.mode === 'navigate') {
      event.respondWith(loadPage(request));
      return;
    }
    const url = request.url.split(/[?#]/)[0] ?? request.url;
    if (precached.has(url)) event.respondWith(fromCache(url).then((cached) => cached ?? worker.fetch(request)));
  });

  /** The host's page while it answers; this version's own page when it cannot (offline, or a server error). */
  async function loadPage(request: Request): Promise<Response> {
    try {
      const response = await worker.fetch(request);
      if (response.status < 500) return response;
      return (await fromCache(appPage)) ?? response;
    } catch (error) {
      const cached = await fromCache(appPage);
      if (cached) return cached;
      throw error;
    }
  }
}
