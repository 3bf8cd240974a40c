// The service worker's three events, against a fake scope: what it caches, what it deletes, what it answers from where.
import { describe, expect, it } from 'vitest';
import { cachePrefix, startServiceWorker, type ExtendableEvent, type FetchEvent, type WorkerScope } from '../../src/offline/sw.ts';

const SCOPE = 'https://intranet.example/council/payback/';
const FILES = ['assets/index-abc.js', 'favicon.svg', 'index.html'];

type Listener = (event: ExtendableEvent & Partial<FetchEvent>) => void;

/** A worker scope whose caches are maps and whose network is `online` (or a rejection when it is not). */
function fakeWorker(host: Record<string, string | number>, online = { on: true }) {
  const stores = new Map<string, Map<string, Response>>();
  const listeners = new Map<string, Listener>();
  const fetched: string[] = [];
  let skipped = false;
  let claimed = false;
  const network = async (request: Request): Promise<Response> => {
    fetched.push(request.url);
    if (!online.on) throw new TypeError('Failed to fetch');
    const body = host[request.url];
    if (typeof body === 'number') return new Response('', { status: body });
    return body === undefined ? new Response('Not found', { status: 404 }) : new Response(body);
  };
  const open = async (name: string) => {
    const store = stores.get(name) ?? new Map<string, Response>();
    stores.set(name, store);
    return {
      addAll: async (requests: Request[]) => {
        const responses = await Promise.all(requests.map(network));
        if (responses.some((response) => !response.ok)) throw new TypeError('addAll: a response was not ok');
        requests.forEach((request, i) => store.set(request.url, responses[i]!));
      },
      match: async (url: string, options?: { ignoreSearch?: boolean }) =>
        store.get(options?.ignoreSearch ? url.split('?')[0]! : url)?.clone(),
    };
  };
  const worker = {
    location: { href: `${SCOPE}sw.js` },
    registration: { scope: SCOPE },
    caches: {
      open,
      keys: async () => [...stores.keys()],
      delete: async (name: string) => stores.delete(name),
    } as unknown as CacheStorage,
    fetch: network,
    skipWaiting: async () => {
      skipped = true;
    },
    clients: {
      claim: async () => {
        claimed = true;
      },
    },
    addEventListener: (type: string, listener: Listener) => listeners.set(type, listener),
  } as WorkerScope;

  /** Fires an event; resolves to what it waited for, or what it answered (undefined when left to the browser). */
  async function fire(type: string, request?: Partial<Request>): Promise<Response | undefined> {
    let waited: Promise<unknown> = Promise.resolve();
    let answer: Promise<Response> | undefined;
    listeners.get(type)!({
      waitUntil: (promise) => (waited = promise),
      request: request as Request,
      respondWith: (response) => (answer = response),
    });
    await waited;
    return answer;
  }
  return { worker, stores, fetched, fire, skipped: () => skipped, claimed: () => claimed };
}

const BUILD = { [`${SCOPE}assets/index-abc.js`]: 'script A', [`${SCOPE}favicon.svg`]: '<svg/>', [`${SCOPE}index.html`]: 'page A' };
const get = (url: string, mode: RequestMode = 'cors'): Partial<Request> => ({ url, method: 'GET', mode });

async function installed(online = { on: true }) {
  const fake = fakeWorker({ ...BUILD }, online);
  startServiceWorker(fake.worker, FILES, 'v1');
  await fake.fire('install');
  await fake.fire('activate');
  return fake;
}

describe('install', () => {
  it('fetches every file of the build, beside the worker, into one cache for this scope and version, then takes over', async () => {
    const fake = await installed();
    expect([...fake.stores.keys()]).toEqual([`${cachePrefix(SCOPE)}v1`]);
    expect([...fake.stores.get(`${cachePrefix(SCOPE)}v1`)!.keys()].sort()).toEqual(FILES.map((file) => SCOPE + file));
    expect(fake.skipped()).toBe(true);
    expect(fake.claimed()).toBe(true);
  });

  it('fails whole when a file is missing, so a half-copied release never installs', async () => {
    const fake = fakeWorker({ [`${SCOPE}index.html`]: 'page' });
    startServiceWorker(fake.worker, FILES, 'v1');
    await expect(fake.fire('install')).rejects.toThrow();
    expect(fake.skipped()).toBe(false);
  });
});

describe('activate', () => {
  it("deletes this app's other versions at this scope, and no other cache", async () => {
    const fake = fakeWorker({ ...BUILD });
    const others = [`${cachePrefix(SCOPE)}v0`, `${cachePrefix('https://intranet.example/other-app/')}v0`, 'someone else'];
    for (const name of others) await fake.worker.caches.open(name);
    startServiceWorker(fake.worker, FILES, 'v1');
    await fake.fire('install');
    await fake.fire('activate');
    expect([...fake.stores.keys()].sort()).toEqual([others[1], `${cachePrefix(SCOPE)}v1`, others[2]].sort());
  });
});

describe('fetch', () => {
  it("answers the build's files from the cache, whatever their query, without the network", async () => {
    const online = { on: true };
    const fake = await installed(online);
    online.on = false;
    const before = fake.fetched.length;
    expect(await (await fake.fire('fetch', get(`${SCOPE}assets/index-abc.js?v=2`)))!.text()).toBe('script A');
    expect(fake.fetched.length).toBe(before);
  });

  it('asks the host for a page load first: a new release is what the next load gets', async () => {
    const fake = await installed();
    fake.worker.fetch = async () => new Response('page B');
    expect(await (await fake.fire('fetch', get(SCOPE, 'navigate')))!.text()).toBe('page B');
  });

  it("falls back to this version's page when the host cannot be reached or fails", async () => {
    const online = { on: true };
    const fake = await installed(online);
    online.on = false;
    expect(await (await fake.fire('fetch', get(`${SCOPE}?x=1`, 'navigate')))!.text()).toBe('page A');
    online.on = true;
    fake.worker.fetch = async () => new Response('', { status: 503 });
    expect(await (await fake.fire('fetch', get(SCOPE, 'navigate')))!.text()).toBe('page A');
    fake.worker.fetch = async () => new Response('Not found', { status: 404 });
    expect((await fake.fire('fetch', get(`${SCOPE}nowhere`, 'navigate')))!.status).toBe(404);
  });

  it('leaves everything else to the browser: other files, other folders, other hosts, anything but GET', async () => {
    const fake = await installed();
    expect(await fake.fire('fetch', get(`${SCOPE}not-in-the-build.js`))).toBeUndefined();
    expect(await fake.fire('fetch', get('https://intranet.example/council/favicon.svg'))).toBeUndefined();
    expect(await fake.fire('fetch', get('https://elsewhere.example/council/payback/index.html', 'navigate'))).toBeUndefined();
    expect(await fake.fire('fetch', { ...get(`${SCOPE}index.html`), method: 'POST' })).toBeUndefined();
  });
});
