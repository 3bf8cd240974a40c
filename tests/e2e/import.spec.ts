// A big library file in a real browser: 800 scenarios (near the file's size limit) are added in one
// transaction with one notice to other tabs, so the import takes about a second, not a minute or two,
// and another open tab refreshes its list once instead of 800 times. The times measured are attached to
// the test's report. When storage is full, none of the file's scenarios is added, and the banner says so.
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { presetById, DEFAULT_PRESET_ID } from '../../src/model/presets/index.ts';
import { FILE_MAX_BYTES, libraryFileText } from '../../src/share/file.ts';
import { nothingAdded } from '../../src/state/libraryMessages.ts';
import { SAVED_CHOICES } from '../../src/components/compare/savedChoices.ts';
import { PREVIEW_ORIGIN } from './servers.ts';
import { libraryStatus, openApp, saveAs, savedNames } from './libraryPage.ts';

const leics = presetById(DEFAULT_PRESET_ID)!;
const COUNT = 800;
/** A long task this long is a freeze anyone would notice; the browser's own threshold is 50 ms. */
const FREEZE_MS = 200;
/**
 * Long tasks (over 50 ms) the other tab may have: its one refresh reads the records with a cursor and the
 * list in slices, draws FIRST_SHOWN rows and lists SAVED_CHOICES in the comparison's pickers, so on an idle
 * machine it has none; a loaded one may have a few. Before the import was one transaction it had one per scenario written (58
 * for 800, 268 under load); with one getAll, 100 rows and four pickers of 801 options, one or two of
 * 65–120 ms (299 ms on a loaded machine, which failed this test in CI).
 */
const LONG_TASKS_ALLOWED = 5;

const names = Array.from({ length: COUNT }, (_, i) => `Imported ${i + 1}`);
const libraryFile = () => ({
  name: 'library.json',
  mimeType: 'application/json',
  buffer: Buffer.from(libraryFileText(names.map((name) => ({ presetId: leics.id, scenario: { ...leics.scenario, name } })))),
});
const importInput = (page: Page) => page.getByLabel('Import a scenario or library file');

const savedCount = (page: Page) => page.locator('summary', { hasText: /^Saved scenarios/ });

/**
 * Records every long task of the page from now on, in window.longTasks, and the longest animation frame
 * (script and the layout after it: what the user feels), in window.longestFrame.
 */
function watchLongTasks(page: Page): Promise<void> {
  return page.evaluate(() => {
    const w = window as unknown as { longTasks: number[]; longestFrame: number };
    w.longTasks = [];
    w.longestFrame = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.longTasks.push(Math.round(entry.duration));
    }).observe({ type: 'longtask' });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.longestFrame = Math.max(w.longestFrame, Math.round(entry.duration));
    }).observe({ type: 'long-animation-frame' });
  });
}

/** Shows every row of the saved list (a long one shows its most recent first). */
async function showAll(page: Page): Promise<void> {
  await page.getByRole('button', { name: /^Show all \d+$/ }).click();
}

/** Records every text the import notice's progress line shows, in window.progressSeen. */
function watchProgress(page: Page): Promise<void> {
  return page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { progressSeen: string[] }).progressSeen = seen;
    new MutationObserver(() => {
      const text = document.querySelector('[data-testid="import-progress"]')?.textContent?.trim();
      if (text && seen.at(-1) !== text) seen.push(text);
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
}

test(`a library file of ${COUNT} scenarios is added in one go, and another open tab follows without freezing`, async ({
  page,
  context,
}, testInfo) => {
  test.setTimeout(60_000);
  await openApp(page);
  await saveAs(page, 'Imported 1');
  const other = await context.newPage();
  await openApp(other);
  await expect(savedCount(other)).toHaveText('Saved scenarios (1)');

  const file = libraryFile();
  // As large as the attack review's file: under the limit, so it is read.
  expect(file.buffer.length).toBeGreaterThan(4_500_000);
  expect(file.buffer.length).toBeLessThanOrEqual(FILE_MAX_BYTES);
  await watchLongTasks(other);
  await watchProgress(page);

  const started = Date.now();
  await importInput(page).setInputFiles(file);
  await expect(libraryStatus(page)).toHaveText(new RegExp(`^Added ${COUNT} scenarios to your library`), { timeout: 30_000 });
  const importMs = Date.now() - started;
  await expect(savedCount(page)).toHaveText(`Saved scenarios (${COUNT + 1})`);
  await expect(savedCount(other)).toHaveText(`Saved scenarios (${COUNT + 1})`, { timeout: 30_000 });
  const followedMs = Date.now() - started;

  // One more frame, so the rows' layout is measured too.
  await other.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
  const longTasks = await other.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks);
  const longestFrame = await other.evaluate(() => (window as unknown as { longestFrame: number }).longestFrame);
  const progress = await page.evaluate(() => (window as unknown as { progressSeen: string[] }).progressSeen);
  testInfo.annotations.push({
    type: 'measured',
    description:
      `import ${importMs} ms; the other tab listed them all ${followedMs} ms after the file was chosen; ` +
      `its long tasks: ${longTasks.length} (${longTasks.join(', ')} ms); its longest animation frame ${longestFrame} ms`,
  });
  console.log(`import.spec: ${testInfo.annotations.at(-1)?.description}; progress shown: ${progress.join(' | ')}`);
  expect(
    longTasks.filter((ms) => ms > FREEZE_MS),
    `long tasks over ${FREEZE_MS} ms in the other tab`,
  ).toEqual([]);
  expect(longTasks.length, 'long tasks in the other tab').toBeLessThanOrEqual(LONG_TASKS_ALLOWED);
  // The progress was shown as the scenarios were written, then the notice went.
  expect(progress).toContainEqual(expect.stringMatching(new RegExp(`^Adding \\d+ of ${COUNT}…$`)));
  await expect(page.getByTestId('import-progress')).toHaveCount(0);

  // The comparison's pickers list the saved scenarios edited last, not 801 each, and say so.
  await expect(other.getByLabel('Base').locator('optgroup[label="Saved scenarios"] option')).toHaveCount(SAVED_CHOICES);
  await expect(other.getByText(`${COUNT + 1 - SAVED_CHOICES} more are in your library`)).toBeVisible();
  await expect(other.getByLabel('Base')).toHaveAccessibleDescription(new RegExp(`${COUNT + 1 - SAVED_CHOICES} more are in your library`));

  // Every one added, in both tabs; the one already saved kept its name, so the file's copy of it became "(2)".
  const expected = ['Imported 1', 'Imported 1 (2)', ...names.slice(1)].sort();
  for (const tab of [page, other]) {
    await showAll(tab);
    expect((await savedNames(tab)).sort()).toEqual(expected);
  }
});

test('storage full: none of the file’s scenarios is added, the banner says so, and Try again adds them all', async ({ page, context }) => {
  test.setTimeout(60_000);
  // A real QuotaExceededError from Chromium: the site's quota, set before it first stores anything, has room
  // for a scenario or two, not for the file's 5 MB.
  const cdp = await context.newCDPSession(page);
  await cdp.send('Storage.overrideQuotaForOrigin', { origin: PREVIEW_ORIGIN, quotaSize: 1_000_000 });
  await openApp(page);
  await saveAs(page, 'Kept');
  await importInput(page).setInputFiles(libraryFile());
  const banner = page.getByRole('alert').filter({ hasText: 'storage for this site is full' });
  await expect(banner).toContainText(nothingAdded(COUNT), { timeout: 30_000 });
  await expect(page.getByTestId('import-progress')).toHaveCount(0);
  expect(await savedNames(page)).toEqual(['Kept']);
  await page.reload();
  await openApp(page);
  expect(await savedNames(page)).toEqual(['Kept']);

  await importInput(page).setInputFiles(libraryFile());
  await expect(banner).toBeVisible({ timeout: 30_000 });
  await cdp.send('Storage.overrideQuotaForOrigin', { origin: PREVIEW_ORIGIN, quotaSize: 1e9 });
  await banner.getByRole('button', { name: 'Try again' }).click();
  await expect(banner).toBeHidden();
  await expect(savedCount(page)).toHaveText(`Saved scenarios (${COUNT + 1})`, { timeout: 30_000 });
});
