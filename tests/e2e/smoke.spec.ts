import { test, expect } from './fixtures.ts';
import { SUBPATH_URL } from './servers.ts';

test('the built app loads and shows a heading', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('h1')).toBeVisible();
  await expect(page.locator('h1')).not.toBeEmpty();
});

test('the built app asks nothing of the network and logs no errors once settled', async ({ page, guard }) => {
  await page.goto('/', { waitUntil: 'networkidle' });
  expect(guard.offOriginRequests).toEqual([]);
  expect(guard.consoleErrors).toEqual([]);
});

test('the built app works from a sub-path on a plain static server', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(request.url());
  });
  await page.goto(SUBPATH_URL);
  await expect(page.locator('h1')).toBeVisible();
  // Relative asset paths (base './') keep every file below the sub-path.
  expect(scripts.length).toBeGreaterThan(0);
  for (const url of scripts) expect(url.startsWith(SUBPATH_URL), url).toBe(true);
});
