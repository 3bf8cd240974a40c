// The `test` every e2e spec uses. It guards two promises the app makes: it asks nothing of the
// network at run time, and it logs no errors. Any request to an origin outside `allowedOrigins`
// is blocked and recorded; any console error or uncaught exception is recorded; either fails the test.
import { test as base, expect } from '@playwright/test';

export type GuardOptions = {
  /** Origins (`http://127.0.0.1:4391`) the page may request; everything else is off-origin. */
  allowedOrigins: string[];
};

export type Guard = {
  /** `GET http://…` for each request to another origin, in the order made. */
  offOriginRequests: string[];
  /** Console errors and uncaught exceptions, in the order seen. */
  consoleErrors: string[];
};

function isAllowed(url: string, allowedOrigins: readonly string[]): boolean {
  // data: and blob: URLs never reach the network; Playwright does not route them anyway.
  if (url.startsWith('data:') || url.startsWith('blob:')) return true;
  try {
    return allowedOrigins.includes(new URL(url).origin);
  } catch {
    return false;
  }
}

export const test = base.extend<GuardOptions & { guard: Guard }>({
  allowedOrigins: [[], { option: true }],

  guard: [
    async ({ context, allowedOrigins }, use) => {
      const guard: Guard = { offOriginRequests: [], consoleErrors: [] };

      await context.route('**/*', async (route) => {
        const request = route.request();
        if (isAllowed(request.url(), allowedOrigins)) return route.fallback();
        guard.offOriginRequests.push(`${request.method()} ${request.url()}`);
        return route.abort('blockedbyclient');
      });
      await context.routeWebSocket(/.*/, async (ws) => {
        if (isAllowed(ws.url().replace(/^ws/, 'http'), allowedOrigins)) return ws.connectToServer();
        guard.offOriginRequests.push(`WEBSOCKET ${ws.url()}`);
        return ws.close();
      });
      context.on('console', (message) => {
        if (message.type() !== 'error') return;
        const { url, lineNumber } = message.location();
        guard.consoleErrors.push(url ? `${message.text()} (${url}:${lineNumber})` : message.text());
      });
      context.on('weberror', (webError) => {
        guard.consoleErrors.push(`uncaught ${webError.error().stack ?? webError.error().message}`);
      });

      await use(guard);

      expect.soft(guard.offOriginRequests, 'the page requested something outside its own origin').toEqual([]);
      expect.soft(guard.consoleErrors, 'the page logged errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
