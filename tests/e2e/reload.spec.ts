// An edit and, straight away, a reload: the edit is there for every scenario the app opens, however large
// (the quick copy written when the page is left fits localStorage); and where localStorage cannot keep
// that copy, the page says so at the next autosave, before any reload.
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { largestScenario, scenarioFile } from '../../scripts/lib/largestScenario.ts';
import { DEFAULT_PRESET_ID } from '../../src/model/presets/index.ts';
import { FILE_MAX_BYTES } from '../../src/share/file.ts';
import { QUICK_COPY_FAILED } from '../../src/state/libraryMessages.ts';
import { appReady, horizonSlider, openApp, setHorizon } from './libraryPage.ts';

/** Fills this site's localStorage to the last character, in pieces halving in size; returns the characters added. */
const fillLocalStorage = (page: Page): Promise<number> =>
  page.evaluate(() => {
    let total = 0;
    let piece = 1 << 20;
    for (let i = 0; piece >= 1;) {
      try {
        localStorage.setItem(`filler${i}`, 'x'.repeat(piece));
        total += piece;
        i += 1;
      } catch {
        piece >>= 1;
      }
    }
    return total;
  });

/** Frees what fillLocalStorage took. */
const freeLocalStorage = (page: Page): Promise<void> =>
  page.evaluate(() => {
    for (const key of Object.keys(localStorage)) if (key.startsWith('filler')) localStorage.removeItem(key);
  });

test('the largest scenario a file can hold: an edit and an immediate reload keep the edit', async ({ page }) => {
  test.setTimeout(120_000);
  const scenario = largestScenario();
  const file = Buffer.from(scenarioFile(scenario, DEFAULT_PRESET_ID), 'utf8');
  expect(file.length).toBeGreaterThan(FILE_MAX_BYTES * 0.95);
  expect(file.length).toBeLessThanOrEqual(FILE_MAX_BYTES);

  await openApp(page);
  await page
    .getByLabel('Import a scenario or library file')
    .setInputFiles({ name: 'largest.json', mimeType: 'application/json', buffer: file });
  const count = page.getByText('500 of 500 schemes in the portfolio');
  await expect(count).toBeVisible({ timeout: 30_000 });
  await expect(horizonSlider(page)).toHaveValue(String(scenario.horizonYears));
  // Kept by the autosave in IndexedDB, as it is opened.
  await page.waitForTimeout(1_500);

  // No waiting for the autosave: only the copy written as the page is left can keep the edit.
  await setHorizon(page, scenario.horizonYears + 3);
  await page.reload();
  await appReady(page);
  await expect(count).toBeVisible({ timeout: 30_000 });
  await expect(horizonSlider(page)).toHaveValue(String(scenario.horizonYears + 3));
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('a localStorage with no room left is said at the next autosave, and Try again clears it once there is room', async ({ page }) => {
  await openApp(page);
  // The autosave as the page opens writes the quick copy, then removes it once IndexedDB has the scenario: a
  // fill that lands between the two leaves the copy's room free when it is removed, and the next copy fits. So
  // wait for that autosave, fill, and fill again whatever it may have freed meanwhile.
  await page.waitForTimeout(1_500);
  expect(await fillLocalStorage(page)).toBeGreaterThan(1_000_000);
  await page.waitForTimeout(500);
  await fillLocalStorage(page);
  await setHorizon(page, 12);
  const banner = page.getByRole('alert').filter({ hasText: 'A reload could lose your latest change' });
  // Told at the autosave (half a second after the edit settles), with the page still open and nothing lost
  // yet: nothing else writes the quick copy before a reload. The wait is generous, not a speed limit: a loaded
  // machine running the largest scenario's test beside this one took over 2 s to get there.
  await expect(banner).toBeVisible({ timeout: 10_000 });
  await expect(banner).toContainText(QUICK_COPY_FAILED);

  await freeLocalStorage(page);
  await banner.getByRole('button', { name: 'Try again' }).click();
  await expect(banner).toHaveCount(0);
  await setHorizon(page, 13);
  await page.reload();
  await appReady(page);
  await expect(horizonSlider(page)).toHaveValue('13');
});
