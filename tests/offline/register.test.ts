// Registering the service worker: beside the page, for the page's own folder, and never a fault when refused.
import { describe, expect, it } from 'vitest';
import { registerServiceWorker } from '../../src/offline/register.ts';

const container = (register: (url: string, options: RegistrationOptions) => Promise<unknown>) =>
  ({ register }) as unknown as ServiceWorkerContainer;

describe('registerServiceWorker', () => {
  it("registers sw.js relative to the page, scoped to the page's folder, so any host and path works", async () => {
    const calls: [string, RegistrationOptions][] = [];
    const registered = await registerServiceWorker(container(async (url, options) => calls.push([url, options])));
    expect(registered).toBe(true);
    expect(calls).toEqual([['./sw.js', { scope: './' }]]);
  });

  it('does nothing where the browser has no service workers', async () => {
    expect(await registerServiceWorker(undefined)).toBe(false);
  });

  it('takes a refusal quietly: the app still works, online', async () => {
    const refused = container(() => Promise.reject(new DOMException('Failed to register a ServiceWorker', 'SecurityError')));
    expect(await registerServiceWorker(refused)).toBe(false);
  });
});
