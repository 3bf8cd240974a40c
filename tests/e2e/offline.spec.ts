// Offline and installable: after one visit the app loads and works with the network cut, from the root and from a
// sub-path; a new build takes over on the next load and the working scenario survives it.
import { cpSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { LOCAL_ORIGINS, SUBPATH_URL, UPDATE_ORIGIN, UPDATE_PORT } from './servers.ts';
import { appReady, headline, headlineText, horizonSlider, openApp, setHorizon } from './libraryPage.ts';
import { serveDist } from '../../scripts/serve-dist.mjs';
import { writeServiceWorker } from '../../scripts/offline.ts';

// The rest of the suite blocks service workers; these tests are about one.
test.use({ serviceWorkers: 'allow', allowedOrigins: [...LOCAL_ORIGINS, UPDATE_ORIGIN] });

/** Waits for the service worker to be active, then reloads so that it controls the page. */
async function installed(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await appReady(page);
  expect(await page.evaluate(() => navigator.serviceWorker.controller?.state)).toBe('activated');
}

/** Opens `url`, lets the service worker take the page, and makes an edit to the working scenario. */
async function visitAndEdit(page: Page, url: string, horizon: number): Promise<string> {
  await openApp(page, url);
  await installed(page);
  await setHorizon(page, horizon);
  // the autosave has written the edit once the headline figures show it
  await expect(headline(page)).toBeVisible();
  return headlineText(page);
}

/** The cut network leaves the app, the edit and its figures exactly as they were. */
async function reloadOffline(page: Page, horizon: number, figures: string): Promise<void> {
  await page.context().setOffline(true);
  await page.reload();
  await appReady(page);
  await expect(horizonSlider(page)).toHaveValue(String(horizon));
  expect(await headlineText(page)).toBe(figures);
  expect(figures).toContain('£');
  await expect(page.getByRole('alert')).toHaveCount(0);
}

test('after one visit the app loads offline with the working scenario intact', async ({ page }) => {
  const figures = await visitAndEdit(page, '/', 12);
  await reloadOffline(page, 12, figures);
});

test('after one visit the app loads offline from a sub-path', async ({ page }) => {
  const figures = await visitAndEdit(page, SUBPATH_URL, 17);
  expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toBe(`${SUBPATH_URL}sw.js`);
  await reloadOffline(page, 17, figures);
});

test('the manifest and its icons load from the app folder', async ({ page }) => {
  await openApp(page, SUBPATH_URL);
  const href = await page.locator('link[rel="manifest"]').evaluate((link: HTMLLinkElement) => link.href);
  expect(href).toBe(`${SUBPATH_URL}manifest.webmanifest`);
  const manifest = await (await page.request.get(href)).json();
  expect(manifest.start_url).toBe('./');
  expect(manifest.scope).toBe('./');
  for (const icon of manifest.icons as { src: string; type: string }[]) {
    const response = await page.request.get(new URL(icon.src, href).href);
    expect(response.ok(), icon.src).toBe(true);
    expect(response.headers()['content-type']).toBe(icon.type);
  }
});

test('a new build takes over on the next load, and the working scenario survives it', async ({ page }) => {
  // Build A is dist/ as built; build B is A with a changed page and a renamed script, as a new release would be.
  const dir = mkdtempSync(join(tmpdir(), 'payback-update-'));
  const [a, b, served] = [join(dir, 'a'), join(dir, 'b'), join(dir, 'served')];
  cpSync('dist', a, { recursive: true });
  cpSync('dist', b, { recursive: true });
  const script = readdirSync(join(b, 'assets')).find((name) => name.endsWith('.js'));
  if (!script) throw new Error('dist/assets has no script');
  renameSync(join(b, 'assets', script), join(b, 'assets', `b-${script}`));
  const html = readFileSync(join(b, 'index.html'), 'utf8')
    .replace(`assets/${script}`, `assets/b-${script}`)
    .replace('<title>', '<meta name="build" content="B" />\n    <title>');
  writeFileSync(join(b, 'index.html'), html);
  const versionA = (await writeServiceWorker(a)).version;
  const versionB = (await writeServiceWorker(b)).version;
  expect(versionB).not.toBe(versionA);

  symlinkSync(a, served);
  const server = await serveDist({ root: served, port: UPDATE_PORT, base: '/' });
  try {
    const figures = await visitAndEdit(page, `${UPDATE_ORIGIN}/`, 23);
    const cacheNames = () => page.evaluate(() => caches.keys());
    expect((await cacheNames()).filter((name) => name.endsWith(versionA))).toHaveLength(1);

    // The release: the served folder becomes build B.
    rmSync(served);
    symlinkSync(b, served);
    await page.reload();
    await appReady(page);
    // B's worker installs beside A's page and takes over; A's cache goes, and nothing else does. (Installing
    // fetches and caches the whole build: on a loaded machine that has taken over 5 s, so it is given 20.)
    await expect.poll(cacheNames, { timeout: 20_000 }).toEqual([expect.stringMatching(new RegExp(`${versionB}$`))]);
    await page.reload();
    await appReady(page);
    await expect(page.locator('meta[name="build"]')).toHaveAttribute('content', 'B');
    await expect(horizonSlider(page)).toHaveValue('23');
    expect(await headlineText(page)).toBe(figures);

    // and B, not A, is what the cut network gets
    await reloadOffline(page, 23, figures);
    await expect(page.locator('meta[name="build"]')).toHaveAttribute('content', 'B');
  } finally {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
