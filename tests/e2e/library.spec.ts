// The library in a real browser: saved scenarios and the scenario on screen outlast a reload and a browser
// restart; tabs see each other's changes and never lose one; names are text; storage faults are shown.
import { test, expect } from './fixtures.ts';
import { axeViolations } from './axe.ts';
import { PRESETS, presetById, DEFAULT_PRESET_ID } from '../../src/model/presets/index.ts';
import { PREVIEW_ORIGIN } from './servers.ts';
import {
  appReady,
  headlineText,
  horizonSlider,
  libraryStatus,
  openApp,
  openSaved,
  profile,
  saveAs,
  savedNames,
  savedRow,
  savedTable,
  setHorizon,
  watch,
  workingName,
  workingState,
} from './libraryPage.ts';

const leics = presetById(DEFAULT_PRESET_ID)!;
const warwickshire = PRESETS.find((p) => p.id === 'warwickshire-2020')!;
// The officers' clocks: “last edited” is shown in local time.
test.use({ timezoneId: 'Europe/London' });

/** “1 Mar 2026, 09:05”: en-GB day, short month, year, 24-hour time */
const EN_GB_EDITED = /^\d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec) \d{4}, \d{2}:\d{2}$/;

test('save, reload: the saved scenario is listed and the scenario on screen is as it was left', async ({ page }) => {
  await openApp(page);
  expect(await savedNames(page)).toEqual([]);
  await expect(workingState(page)).toHaveText('Not saved');

  await setHorizon(page, 12);
  await saveAs(page, 'Twelve-year plan');
  await expect(workingName(page)).toHaveText('Twelve-year plan');
  await expect(workingState(page)).toHaveText('Saved');
  const row = savedRow(page, 'Twelve-year plan');
  // In the narrow column the preset it started from is said under the name (its own column is for wider lists).
  await expect(row.getByText(`From ${leics.title}`)).toBeVisible();
  await expect(row.locator('time')).toHaveText(EN_GB_EDITED);

  // An unsaved edit after saving, then straight away a reload: pagehide flushes it.
  await setHorizon(page, 14);
  await expect(workingState(page)).toHaveText('Unsaved changes');
  const figures = await headlineText(page);
  await page.reload();
  await openApp(page);

  expect(await savedNames(page)).toEqual(['Twelve-year plan']);
  await expect(horizonSlider(page)).toHaveValue('14');
  await expect(workingName(page)).toHaveText('Twelve-year plan');
  await expect(workingState(page)).toHaveText('Unsaved changes');
  expect(await headlineText(page)).toBe(figures);
  await expect(page.getByRole('combobox', { name: 'Preset' })).toHaveValue(leics.id);

  // Save changes, reload: saved, and still the same.
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(workingState(page)).toHaveText('Saved');
  await page.reload();
  await openApp(page);
  await expect(workingState(page)).toHaveText('Saved');
  await expect(horizonSlider(page)).toHaveValue('14');
});

for (const { width, height, column } of [
  { width: 1280, height: 720, column: false },
  { width: 800, height: 900, column: true },
]) {
  test(`at ${width}×${height} the saved list fits its column: no sideways scroll, each row's buttons in view`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await openApp(page);
    for (const name of ['First plan', 'Second plan with a much longer name than the others']) await saveAs(page, name);
    const box = savedTable(page).locator('xpath=..');
    expect(await box.evaluate((element) => element.scrollWidth - element.clientWidth)).toBe(0);
    const row = savedRow(page, 'First plan');
    const del = row.getByRole('button', { name: 'Delete “First plan”' });
    await del.scrollIntoViewIfNeeded();
    await expect(del).toBeInViewport();
    // …and inside the library's panel, which the list once widened past the column's edge, out of sight.
    const panel = page.getByRole('region', { name: 'Your scenarios' });
    const [button, list, around] = [(await del.boundingBox())!, (await box.boundingBox())!, (await panel.boundingBox())!];
    expect(button.x + button.width, 'the Delete button ends inside the list').toBeLessThanOrEqual(list.x + list.width);
    expect(list.x + list.width, 'the list ends inside the panel').toBeLessThanOrEqual(around.x + around.width);
    // The preset it started from: in its own column where the list is wide enough, else under the name.
    await expect(savedTable(page).getByRole('columnheader', { name: 'Started from' })).toBeVisible({ visible: column });
    await expect(row.getByText(`From ${leics.title}`)).toBeVisible({ visible: !column });
  });
}

test('autosave keeps the scenario on screen within half a second, with the preset it came from', async ({ page }) => {
  await openApp(page);
  await page.getByRole('combobox', { name: 'Preset' }).selectOption(warwickshire.id);
  await setHorizon(page, 11);
  const figures = await headlineText(page);
  // Another page of the same browser reads what is stored, without this one being hidden or closed.
  await page.waitForTimeout(700);
  const other = await page.context().newPage();
  await openApp(other);
  await expect(other.getByRole('combobox', { name: 'Preset' })).toHaveValue(warwickshire.id);
  await expect(horizonSlider(other)).toHaveValue('11');
  expect(await headlineText(other)).toBe(figures);
  await other.close();
});

test('a tab the browser put away in the background comes back to its own scenario, whatever another tab did since', async ({
  page,
  context,
}) => {
  await openApp(page);
  await setHorizon(page, 9);
  const figures = await headlineText(page);
  await page.waitForTimeout(700);
  const tabId = await page.evaluate(() => sessionStorage.getItem('payback-explorer:tab'));
  expect(tabId).toBeTruthy();
  // a new tab starts from the scenario last left, and changes it
  const other = await context.newPage();
  await openApp(other);
  await expect(horizonSlider(other)).toHaveValue('9');
  await setHorizon(other, 13);
  await other.waitForTimeout(700);
  // The first tab is discarded to save memory and later reloaded (Chrome's Memory Saver; a phone
  // does the same): no pagehide runs then. A page holding its session's tab id is that tab back.
  const restored = await context.newPage();
  await restored.addInitScript((id) => sessionStorage.setItem('payback-explorer:tab', id), tabId!);
  await openApp(restored);
  await expect(horizonSlider(restored)).toHaveValue('9');
  expect(await headlineText(restored)).toBe(figures);
  await Promise.all([other.close(), restored.close()]);
});

test('close the browser and launch it again with the same profile: the library and the scenario on screen are there', async () => {
  const { launch, remove } = profile();
  try {
    let context = await launch();
    let seen = watch(context, PREVIEW_ORIGIN);
    let page = context.pages()[0] ?? (await context.newPage());
    await openApp(page);
    await page.getByRole('combobox', { name: 'Preset' }).selectOption(warwickshire.id);
    await saveAs(page, 'Warwickshire, kept');
    await setHorizon(page, 9);
    const figures = await headlineText(page);
    // As a user closes it, within the autosave delay of the last edit: the page's unload handlers run.
    await Promise.all([page.waitForEvent('close'), page.close({ runBeforeUnload: true })]);
    await context.close();
    expect(seen).toEqual({ errors: [], offOrigin: [] });

    context = await launch();
    seen = watch(context, PREVIEW_ORIGIN);
    page = context.pages()[0] ?? (await context.newPage());
    await openApp(page);
    expect(await savedNames(page)).toEqual(['Warwickshire, kept']);
    await expect(page.getByRole('combobox', { name: 'Preset' })).toHaveValue(warwickshire.id);
    await expect(horizonSlider(page)).toHaveValue('9');
    await expect(workingName(page)).toHaveText('Warwickshire, kept');
    await expect(workingState(page)).toHaveText('Unsaved changes');
    expect(await headlineText(page)).toBe(figures);
    await context.close();
    expect(seen).toEqual({ errors: [], offOrigin: [] });
  } finally {
    remove();
  }
});

test('two pages see each other’s changes; the stale one never overwrites and keeps its version as a copy', async ({ page, context }) => {
  await openApp(page);
  await saveAs(page, 'Shared plan');
  const other = await context.newPage();
  await openApp(other);
  await other.getByRole('button', { name: 'Open “Shared plan”' }).click();
  await expect(workingName(other)).toHaveText('Shared plan');
  await expect(workingState(other)).toHaveText('Saved');

  // A rename in one page shows in the other's list.
  await page.getByRole('button', { name: 'Rename “Shared plan”' }).click();
  const renameField = page.getByRole('textbox', { name: 'New name for “Shared plan”' });
  await expect(renameField).toBeFocused();
  await renameField.fill('Shared plan v2');
  await renameField.press('Enter');
  await expect.poll(() => savedNames(other)).toEqual(['Shared plan v2']);
  await expect(workingName(other)).toHaveText('Shared plan v2');
  await expect(page.getByRole('button', { name: 'Rename “Shared plan v2”' })).toBeFocused();

  // Both edit; the first saves; the second is told, and its save writes nothing over the first's.
  await setHorizon(page, 13);
  await setHorizon(other, 7);
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(workingState(page)).toHaveText('Saved');
  const conflict = other.getByRole('alert').filter({ hasText: 'was changed in another tab' });
  await expect(conflict).toBeVisible();
  await other.getByRole('button', { name: 'Save changes' }).click();
  await expect(conflict).toBeVisible();

  await conflict.getByRole('button', { name: 'Save my version as a copy' }).click();
  await expect(conflict).toBeHidden();
  await expect(workingName(other)).toHaveText('Shared plan v2 (2)');
  await expect(horizonSlider(other)).toHaveValue('7');
  await expect.poll(() => savedNames(page).then((n) => n.sort())).toEqual(['Shared plan v2', 'Shared plan v2 (2)']);

  // Neither version was lost: each opens as its page saved it.
  await page.getByRole('button', { name: 'Open “Shared plan v2 (2)”' }).click();
  await expect(horizonSlider(page)).toHaveValue('7');
  await page.getByRole('button', { name: 'Open “Shared plan v2”', exact: true }).click();
  await expect(horizonSlider(page)).toHaveValue('13');
});

test('an unchanged page follows the version another page saved', async ({ page, context }) => {
  await openApp(page);
  await saveAs(page, 'Followed');
  const other = await context.newPage();
  await openApp(other);
  await openSaved(other, 'Followed');
  await setHorizon(page, 15);
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(horizonSlider(other)).toHaveValue('15');
  await expect(workingState(other)).toHaveText('Saved');
  await expect(other.getByRole('alert')).toHaveCount(0);
});

test('a deleted scenario comes back with Undo; duplicate and a clashing name keep copies', async ({ page }) => {
  await openApp(page);
  await saveAs(page, 'Base');
  await saveAs(page, 'Base');
  expect((await savedNames(page)).sort()).toEqual(['Base', 'Base (2)']);
  await expect(libraryStatus(page)).toHaveText('Saved as “Base (2)”: a scenario called “Base” is already saved, and it is left as it was.');

  await page.getByRole('button', { name: 'Duplicate “Base”', exact: true }).click();
  await expect.poll(() => savedNames(page).then((n) => n.sort())).toEqual(['Base', 'Base (2)', 'Base (3)']);

  await page.getByRole('button', { name: 'Delete “Base (3)”' }).click();
  await expect.poll(() => savedNames(page).then((n) => n.sort())).toEqual(['Base', 'Base (2)']);
  const undo = page.getByRole('button', { name: 'Undo', exact: true });
  await expect(undo).toBeFocused();
  await undo.press('Enter');
  await expect.poll(() => savedNames(page).then((n) => n.sort())).toEqual(['Base', 'Base (2)', 'Base (3)']);
  // the notice gone with the focus, the focus goes to the list the scenario came back to, not to the page
  await expect(page.locator('summary', { hasText: /^Saved scenarios/ })).toBeFocused();
  await page.reload();
  await openApp(page);
  expect((await savedNames(page)).sort()).toEqual(['Base', 'Base (2)', 'Base (3)']);
});

/** Reads or writes one raw record of the app's IndexedDB, as another version of the app would. */
async function rawRecord(page: import('@playwright/test').Page, key: string, value?: unknown): Promise<unknown> {
  return page.evaluate(
    ([key, value]) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('payback-explorer');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction('library', value === undefined ? 'readonly' : 'readwrite');
          const request =
            value === undefined ? tx.objectStore('library').get(key as string) : tx.objectStore('library').put(value, key as string);
          tx.oncomplete = () => {
            db.close();
            resolve(value === undefined ? request.result : undefined);
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    [key, value] as const,
  );
}

test('a record saved by a newer version is listed, never opened or rewritten, and the user is told to reload', async ({ page }) => {
  await openApp(page);
  const newer = {
    id: 'from-the-future',
    name: 'From a newer app',
    presetId: leics.id,
    updatedAt: '2031-01-01T09:00:00.000Z',
    version: 3,
    revision: 4,
    scenario: { version: 3, name: 'From a newer app', schemes: [], somethingNew: { deep: [1, 2, 3] } },
  };
  await rawRecord(page, 'scenario:from-the-future', newer);
  const damaged = {
    id: 'damaged',
    name: 'Damaged',
    presetId: null,
    updatedAt: '2026-01-01T09:00:00.000Z',
    version: 1,
    revision: 1,
    scenario: { version: 1, horizonYears: 'lots' },
  };
  await rawRecord(page, 'scenario:damaged', damaged);
  await page.reload();
  await appReady(page);

  const row = savedRow(page, 'From a newer app');
  await expect(row).toContainText('Saved by a newer version of Payback Explorer: reload the page to open it.');
  await expect(row.locator('time')).toHaveText('1 Jan 2031, 09:00');
  await expect(savedRow(page, 'Damaged')).toContainText('This saved scenario is damaged and cannot be opened.');
  const figures = await headlineText(page);

  await row.getByRole('button', { name: 'Open “From a newer app”' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'saved by a newer version of Payback Explorer' })).toContainText(
    'Reload the page to get the newer app',
  );
  await row.getByRole('button', { name: 'Duplicate “From a newer app”' }).click();
  await row.getByRole('button', { name: 'Rename “From a newer app”' }).click();
  const field = page.getByRole('textbox', { name: 'New name for “From a newer app”' });
  await field.fill('Renamed by an older app');
  await field.press('Enter');
  await savedRow(page, 'Damaged').getByRole('button', { name: 'Open “Damaged”' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'This saved scenario cannot be opened' })).toContainText('horizonYears');

  expect(await headlineText(page)).toBe(figures);
  expect(await rawRecord(page, 'scenario:from-the-future')).toEqual(newer);
  expect(await rawRecord(page, 'scenario:damaged')).toEqual(damaged);
  expect((await savedNames(page)).sort()).toEqual(['Damaged', 'From a newer app']);
});

test('a name holding HTML or script is shown as text and runs nothing', async ({ page }) => {
  const hostile = '<img src=x onerror="window.__hacked=1"><script>window.__hacked=2</script>';
  await openApp(page);
  await saveAs(page, hostile);
  await expect(savedRow(page, hostile)).toHaveCount(1);
  await expect(workingName(page)).toHaveText(hostile);
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { __hacked?: number }).__hacked)).toBeUndefined();
});

test('without IndexedDB the app works, says scenarios will not be kept, and still exports', async ({ page }) => {
  await page.addInitScript(() => Object.defineProperty(window, 'indexedDB', { value: undefined }));
  await openApp(page);
  await expect(page.getByRole('status').filter({ hasText: 'Scenarios will not be kept in this browser window' })).toBeVisible();
  await setHorizon(page, 12);
  await saveAs(page, 'For now');
  expect(await savedNames(page)).toEqual(['For now']);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export this scenario' }).click();
  expect((await download).suggestedFilename()).toBe('payback-for-now.json');
});

test('storage full: a banner, nothing lost from the screen, and Try again saves once there is room', async ({ page, context }) => {
  // A real QuotaExceededError from Chromium: the site's quota set to one byte before it first stores anything.
  const cdp = await context.newCDPSession(page);
  await cdp.send('Storage.overrideQuotaForOrigin', { origin: PREVIEW_ORIGIN, quotaSize: 1 });
  await openApp(page);
  await setHorizon(page, 12);
  const banner = page.getByRole('alert').filter({ hasText: 'storage for this site is full' });
  // The autosave says so first.
  await expect(banner).toBeVisible();

  await page.getByRole('button', { name: 'Save…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Save as a new scenario' });
  await dialog.getByRole('textbox', { name: 'Name' }).fill('Needs room');
  await dialog.getByRole('button', { name: 'Save', exact: true }).click();
  // The dialog closes so the banner and its Try again are in reach.
  await expect(dialog).toBeHidden();
  await expect(banner).toBeVisible();
  await expect(banner).toContainText('Your scenario is still open here');
  await expect(horizonSlider(page)).toHaveValue('12');
  expect(await savedNames(page)).toEqual([]);

  await cdp.send('Storage.overrideQuotaForOrigin', { origin: PREVIEW_ORIGIN, quotaSize: 1e9 });
  await banner.getByRole('button', { name: 'Try again' }).click();
  await expect(banner).toBeHidden();
  await expect.poll(() => savedNames(page)).toEqual(['Needs room']);
  await expect(workingName(page)).toHaveText('Needs room');
  await page.reload();
  await openApp(page);
  await expect(horizonSlider(page)).toHaveValue('12');
  await expect(workingName(page)).toHaveText('Needs room');
});

test('saved scenarios deleted outside the page (another page deletes the database, or site data is cleared) leave its list at once', async ({
  page,
  context,
}) => {
  await openApp(page);
  await saveAs(page, 'Plan');
  const other = await context.newPage();
  await openApp(other);
  await expect.poll(() => savedNames(other)).toEqual(['Plan']);
  await other.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const request = indexedDB.deleteDatabase('payback-explorer');
        request.onsuccess = resolve;
        request.onerror = () => reject(request.error);
      }),
  );
  await expect.poll(() => savedNames(page)).toEqual([]);
  await expect(page.locator('summary', { hasText: /^Saved scenarios/ })).toHaveText('Saved scenarios (0)');
  // The scenario open here went with it: still on screen, and it can be saved again.
  const banner = page.getByRole('alert').filter({ hasText: '“Plan” was deleted in another tab' });
  await expect(banner).toBeVisible();
  await banner.getByRole('button', { name: 'Save my version as a new scenario' }).click();
  await expect.poll(() => savedNames(page)).toEqual(['Plan']);
  await expect.poll(() => savedNames(other)).toEqual(['Plan']);

  // The browser clearing the site's data closes the connection under the page: the list follows too.
  const cdp = await context.newCDPSession(page);
  await cdp.send('Storage.clearDataForOrigin', { origin: PREVIEW_ORIGIN, storageTypes: 'indexeddb' });
  await expect.poll(() => savedNames(page)).toEqual([]);
  await expect.poll(() => savedNames(other)).toEqual([]);
});

test('whether storage is persistent is shown', async ({ page }) => {
  await openApp(page);
  await expect(page.getByTestId('persistence')).toHaveText(/^Storage is (not )?persistent/);
});

test.describe('accessibility', () => {
  // The app's Content-Security-Policy (rightly) refuses injected scripts; axe is the test's, not the page's.
  test.use({ bypassCSP: true, permissions: ['clipboard-read', 'clipboard-write'] });

  test('axe-core finds no violations with the library’s banners, link, list, undo and dialog showing', async ({ page, context }) => {
    await openApp(page);
    await saveAs(page, 'Spare');
    await saveAs(page, 'Contested');
    const other = await context.newPage();
    await openApp(other);
    await openSaved(other, 'Contested');
    await setHorizon(other, 7);
    await setHorizon(page, 13);
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect(other.getByRole('alert').filter({ hasText: 'was changed in another tab' })).toBeVisible();
    await other.getByRole('button', { name: 'Copy link' }).click();
    await other.getByRole('button', { name: 'Delete “Spare”' }).click();
    await expect(other.getByRole('button', { name: 'Undo', exact: true })).toBeVisible();
    await other.getByRole('button', { name: 'Rename “Contested”' }).click();
    expect(await axeViolations(other)).toEqual([]);

    await other.getByRole('button', { name: 'Save as new…' }).click();
    await expect(other.getByRole('dialog', { name: 'Save as a new scenario' })).toBeVisible();
    await expect(other.getByRole('textbox', { name: 'Name', exact: true })).toBeFocused();
    expect(await axeViolations(other)).toEqual([]);
    await other.keyboard.press('Escape');
    await expect(other.getByRole('dialog')).toBeHidden();
    await expect(other.getByRole('button', { name: 'Save as new…' })).toBeFocused();
  });
});
