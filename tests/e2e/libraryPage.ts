// Helpers for the library and link specs: the page's own controls, found by role and name as a user would.
import { chromium, expect, type BrowserContext, type Locator, type Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import config from './playwright.config.ts';

export const headline = (page: Page): Locator => page.getByRole('table', { name: /^Investment, funding and savings/ });

/** The headline figures, row by row, cell by cell, read from the text (innerText would follow the layout). */
export const headlineText = (page: Page): Promise<string> =>
  headline(page)
    .locator('tr')
    .evaluateAll((rows) =>
      rows.map((row) => Array.from(row.querySelectorAll('th, td'), (cell) => cell.textContent?.trim() ?? '').join(' | ')).join('\n'),
    );

export const savedTable = (page: Page): Locator => page.getByRole('table', { name: 'Saved scenarios, last edited first' });

/** The names in the saved list, in order. */
export async function savedNames(page: Page): Promise<string[]> {
  if ((await savedTable(page).count()) === 0) return [];
  return savedTable(page).locator('tbody th .name').allInnerTexts();
}

export const savedRow = (page: Page, name: string): Locator =>
  savedTable(page)
    .locator('tbody tr')
    .filter({ has: page.locator('.name', { hasText: new RegExp(`^${escape(name)}$`) }) });

export const workingName = (page: Page): Locator => page.getByTestId('working-name');
export const workingState = (page: Page): Locator => page.getByTestId('working-state');
export const libraryStatus = (page: Page): Locator => page.getByTestId('library-status');

export function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Opens the app and waits until the saved list has been read. */
export async function openApp(page: Page, path = '/'): Promise<void> {
  await page.goto(path);
  await appReady(page);
}

/** Waits until the app has started and read the saved list (after a goto or a reload). */
export async function appReady(page: Page): Promise<void> {
  await page.getByRole('group', { name: 'Files' }).waitFor();
  await page.locator('summary', { hasText: /^Saved scenarios/ }).waitFor();
  await page.waitForFunction(() => !document.body.textContent?.includes('Reading your saved scenarios'));
}

/** “Save…” / “Save as new…”, a name, Save; waits for the status. */
export async function saveAs(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name: /^Save( as new)?…$/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Save as a new scenario' });
  await dialog.getByRole('textbox', { name: 'Name' }).fill(name);
  await dialog.getByRole('button', { name: 'Save', exact: true }).click();
  await dialog.waitFor({ state: 'hidden' });
  await libraryStatus(page)
    .filter({ hasText: /^Saved as/ })
    .waitFor({ state: 'attached' });
}

/** Opens a saved scenario from the list and waits until it is the one on screen, saved. */
export async function openSaved(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name: `Open “${name}”`, exact: true }).click();
  await expect(workingName(page)).toHaveText(name);
  await expect(workingState(page)).toHaveText('Saved');
}

/** Types a horizon, in years, into the scenario bar's exact field. */
export async function setHorizon(page: Page, years: number): Promise<void> {
  const field = page.getByRole('textbox', { name: /^Horizon, whole scenario/ });
  await field.fill(String(years));
  await field.press('Enter');
  await expect(page.getByRole('slider', { name: 'Horizon, whole scenario' })).toHaveValue(String(years));
}

export const horizonSlider = (page: Page): Locator => page.getByRole('slider', { name: 'Horizon, whole scenario' });

/**
 * A browser with a profile on disk, as a user's is: closing and launching it again keeps IndexedDB.
 * Launched with the suite's own Chromium and flags.
 */
export function profile(): { launch: () => Promise<BrowserContext>; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'payback-profile-'));
  const { launchOptions, baseURL } = config.use ?? {};
  return {
    launch: () =>
      chromium.launchPersistentContext(dir, {
        executablePath: launchOptions?.executablePath,
        args: launchOptions?.args,
        baseURL,
        serviceWorkers: 'block',
      }),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** Console errors and off-origin requests of a context the fixture does not watch (a persistent one). */
export function watch(context: BrowserContext, origin: string): { errors: string[]; offOrigin: string[] } {
  const seen = { errors: [] as string[], offOrigin: [] as string[] };
  context.on('console', (message) => {
    if (message.type() === 'error') seen.errors.push(message.text());
  });
  context.on('weberror', (error) => seen.errors.push(error.error().message));
  context.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) seen.offOrigin.push(url);
  });
  return seen;
}
