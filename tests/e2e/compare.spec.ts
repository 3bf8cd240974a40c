// Compare scenarios in a real browser: two saved scenarios that differ in occupancy, both curves labelled, the
// differing input with both values, a compared scenario's note; the scenario on screen compared live; Open puts a compared one on screen.
import { test, expect } from './fixtures.ts';
import type { Page } from '@playwright/test';
import { axeViolations } from './axe.ts';
import { DEFAULT_PRESET_ID, presetById } from '../../src/model/presets/index.ts';
import { openApp, saveAs, savedRow, setHorizon, workingName } from './libraryPage.ts';

const leics = presetById(DEFAULT_PRESET_ID)!;
const p1 = leics.scenario.schemes[0]!;

// The app's Content-Security-Policy (rightly) refuses injected scripts; axe is the test's, not the page's.
test.use({ bypassCSP: true });

const section = (page: Page) => page.locator('section').filter({ has: page.getByRole('heading', { name: 'Compare scenarios', level: 2 }) });
/** The compare chart's curve labels, each as its full text. */
const curveLabels = (page: Page) =>
  section(page)
    .locator('.end-labels text')
    .evaluateAll((texts) => texts.map((t) => t.querySelector('title')?.textContent ?? t.textContent?.trim() ?? ''));
const curvePaths = (page: Page) =>
  section(page)
    .locator('.curves path')
    .evaluateAll((paths) => paths.map((p) => p.getAttribute('d')));

async function setOccupancy(page: Page, percent: number): Promise<void> {
  const slider = page.getByRole('slider', { name: `Occupancy, ${p1.name}` });
  await slider.fill(String(percent));
  await expect(slider).toHaveValue(String(percent));
}

test('compare two saved scenarios: both curves labelled, the differing input with both values, live, and Open', async ({ page }) => {
  await openApp(page);
  await saveAs(page, 'Plan A');
  await setOccupancy(page, 50);
  const note = page.getByRole('textbox', { name: 'Note on the scenario' });
  await note.fill('Occupancy at 50% as the finance board asked, 14 November.');
  await note.blur();
  await saveAs(page, 'Plan B');

  const compare = section(page);
  await compare.getByLabel('Base').selectOption({ label: 'Plan A' });
  await compare.getByLabel('Compare with (1)').selectOption({ label: 'Plan B' });
  await expect.poll(() => curveLabels(page)).toEqual(['Base: Plan A', '1: Plan B']);
  // each compared scenario's note is shown with it
  await expect(compare.getByRole('listitem').filter({ hasText: '1: Plan B' })).toContainText(
    'Occupancy at 50% as the finance board asked, 14 November.',
  );

  const inputs = compare.getByRole('region', { name: 'Inputs that differ, Plan B' });
  const row = inputs.getByRole('row', { name: /^Occupancy/ });
  await expect(row.getByRole('cell')).toHaveText([`${p1.placements!.occupancy * 100}%`, '50%', /^−\d+ percentage points$/]);
  await expect(compare.getByTestId('compare-standout')).toContainText(/NPV £[\d.,]+[km]? lower/);
  // the same ten years: nothing to warn of
  await expect(compare.getByTestId('compare-periods')).toHaveCount(0);

  // The scenario on screen as a third: moving its occupancy moves its curve.
  await compare.getByLabel('Compare with (2)').selectOption('working');
  await expect.poll(async () => (await curveLabels(page)).length).toBe(3);
  const before = await curvePaths(page);
  await setOccupancy(page, 90);
  await expect.poll(async () => (await curvePaths(page))[2]).not.toBe(before[2]);
  expect((await curvePaths(page)).slice(0, 2)).toEqual(before.slice(0, 2));

  expect(await axeViolations(page)).toEqual([]);

  // Open puts Plan A on screen (the unsaved change to Plan B can be brought back, as the library does).
  await compare.getByRole('button', { name: 'Open Plan A' }).click();
  await expect(workingName(page)).toHaveText('Plan A');
  await expect(page.getByRole('slider', { name: `Occupancy, ${p1.name}` })).toHaveValue(String(p1.placements!.occupancy * 100));
});

test('scenarios over different horizons are said not to be like for like, each period named', async ({ page }) => {
  await openApp(page);
  await saveAs(page, 'Ten years');
  await setHorizon(page, 20);
  await saveAs(page, 'Twenty years');
  const compare = section(page);
  await compare.getByLabel('Base').selectOption({ label: 'Ten years' });
  await compare.getByLabel('Compare with (1)').selectOption({ label: 'Twenty years' });
  await expect(compare.getByTestId('compare-periods')).toHaveText(
    'Not like for like: the base, Ten years, covers 10 years, April 2021 to March 2031; Twenty years covers 20 years, ' +
      'April 2021 to March 2041. Their NPVs are over different periods, and each shows a payback or break-even only within its own.',
  );
  expect(await axeViolations(page)).toEqual([]);
});

test('a saved scenario deleted while it is compared stays in its picker, said to be deleted, and is still compared', async ({ page }) => {
  await openApp(page);
  await saveAs(page, 'Plan A');
  await setOccupancy(page, 50);
  await saveAs(page, 'Plan B');
  const compare = section(page);
  await compare.getByLabel('Compare with (1)').selectOption({ label: 'Plan A' });
  await expect.poll(async () => (await curveLabels(page))[1]).toBe('1: Plan A');

  await savedRow(page, 'Plan A').getByRole('button', { name: 'Delete “Plan A”' }).click();
  await expect(savedRow(page, 'Plan A')).toHaveCount(0);
  const picker = compare.getByLabel('Compare with (1)');
  await expect(picker.locator('option:checked')).toHaveText('Plan A (deleted from your library)');
  expect((await curveLabels(page))[1]).toBe('1: Plan A');
});

test('at 1280×720, "Compare scenarios" under the chart brings the compare section into view with the keyboard in it', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await openApp(page);
  await expect(section(page)).not.toBeInViewport();
  await page.getByRole('navigation', { name: 'Further down' }).getByRole('button', { name: 'Compare scenarios' }).click();
  await expect(section(page).getByRole('heading', { name: 'Compare scenarios' })).toBeInViewport();
  await expect(section(page)).toBeFocused();
});
