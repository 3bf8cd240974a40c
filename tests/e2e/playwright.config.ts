// The real-browser suite: Debian's Chromium (CHROMIUM_PATH, default /usr/bin/chromium) against the
// built app. Run it with `npm run test:e2e`, which builds dist/ and finds or installs Chromium first.
import { fileURLToPath } from 'node:url';
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, DEFAULT_CHROMIUM } from '../../scripts/ensure-chromium.mjs';
import type { GuardOptions } from './fixtures.ts';
import { LOCAL_ORIGINS, PREVIEW_ORIGIN, PREVIEW_PORT, SUBPATH, SUBPATH_PORT } from './servers.ts';

/** the project root: servers run there, and reports are written there */
const root = fileURLToPath(new URL('../../', import.meta.url));

export const JSON_REPORT = `${root}playwright-report/results.json`;

export default defineConfig<GuardOptions>({
  testDir: fileURLToPath(new URL('.', import.meta.url)),
  outputDir: `${root}test-results`,
  fullyParallel: true,
  workers: 2, // the machines have two cores
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: [['list'], ['json', { outputFile: JSON_REPORT }]],
  use: {
    baseURL: `${PREVIEW_ORIGIN}/`,
    // Any request to another origin is blocked, recorded and fails the test (tests/e2e/fixtures.ts).
    allowedOrigins: LOCAL_ORIGINS,
    serviceWorkers: 'block',
    browserName: 'chromium',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH || DEFAULT_CHROMIUM,
      args: [
        // the flags every launch here uses (scripts/ensure-chromium.mjs says why)
        ...CHROMIUM_ARGS,
        // Belt and braces under the fixture's routing: no host name but 127.0.0.1 resolves.
        '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
      ],
    },
  },
  webServer: [
    {
      command: `node_modules/.bin/vite preview --host 127.0.0.1 --port ${PREVIEW_PORT} --strictPort`,
      cwd: root,
      url: `${PREVIEW_ORIGIN}/`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
    {
      command: `node scripts/serve-dist.mjs --port ${SUBPATH_PORT} --base ${SUBPATH}`,
      cwd: root,
      url: `http://127.0.0.1:${SUBPATH_PORT}${SUBPATH}`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
  ],
});
