// Undo and redo of the scenario on screen, in a real browser: a slider moved with the keyboard is one step,
// a removed scheme comes back where it was with its figures, a preset switch goes back; by the keys and the
// buttons; and the headline figures read exactly as they did before.
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { PRESETS, DEFAULT_PRESET_ID, presetById } from '../../src/model/presets/index.ts';
import { escape, headline, headlineText, openApp, saveAs, workingState } from './libraryPage.ts';

const leics = presetById(DEFAULT_PRESET_ID)!;
const other = PRESETS.find((p) => p.id !== DEFAULT_PRESET_ID)!;
const p2 = leics.scenario.schemes.find((s) => s.id === 'p2')!;

const undoButton = (page: Page) => page.getByRole('button', { name: /^Undo: / });
const redoButton = (page: Page) => page.getByRole('button', { name: /^Redo: / });
const rowNames = (page: Page) => headline(page).getByRole('rowheader').allTextContents();

async function openScheme(page: Page, name: string) {
  const toggle = page.getByRole('button', { name: new RegExp(escape(name)) }).filter({ has: page.locator('.name') });
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
}

test.beforeEach(async ({ page }) => {
  await openApp(page);
  await expect(undoButton(page)).toHaveAccessibleName('Undo: nothing to undo');
  await expect(undoButton(page)).toBeDisabled();
  await expect(redoButton(page)).toBeDisabled();
});

test('a slider moved step by step with the keyboard is one undo; Ctrl+Z, Ctrl+Shift+Z and Ctrl+Y', async ({ page }) => {
  await openScheme(page, p2.name);
  const before = await headlineText(page);
  const slider = page.getByRole('slider', { name: `Occupancy, ${p2.name}` });
  await slider.focus();
  for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowLeft');
  await expect(slider).toHaveValue('70');
  const moved = await headlineText(page);
  expect(moved).not.toBe(before);
  await expect(undoButton(page)).toHaveAccessibleName(`Undo: change occupancy of ${p2.name}`);
  await expect(undoButton(page)).toBeEnabled();

  await page.keyboard.press('Control+z');
  await expect(slider).toHaveValue('75');
  await expect.poll(() => headlineText(page)).toBe(before);
  await expect(undoButton(page)).toBeDisabled();
  await expect(redoButton(page)).toHaveAccessibleName(`Redo: change occupancy of ${p2.name}`);
  await expect(page.getByRole('status').filter({ hasText: `Undone: change occupancy of ${p2.name}.` })).toBeAttached();

  await page.keyboard.press('Control+Shift+Z');
  await expect(slider).toHaveValue('70');
  await expect.poll(() => headlineText(page)).toBe(moved);
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+y');
  await expect(slider).toHaveValue('70');
  await expect.poll(() => headlineText(page)).toBe(moved);
});

test('a typed value is one step once the field is left; in the field, Ctrl+Z is the field’s own', async ({ page }) => {
  await openScheme(page, p2.name);
  const before = await headlineText(page);
  const slider = page.getByRole('slider', { name: `Occupancy, ${p2.name}` });
  const field = page.getByRole('textbox', { name: `Occupancy, ${p2.name}, exact value in per cent` });
  await field.fill('60');
  await field.press('Enter');
  await expect(slider).toHaveValue('60');
  // Still in the field: the scenario's undo leaves it alone.
  await field.press('Control+z');
  await expect(slider).toHaveValue('60');
  await expect(undoButton(page)).toHaveAccessibleName(`Undo: change occupancy of ${p2.name}`);

  await slider.focus();
  await page.keyboard.press('Control+z');
  await expect(slider).toHaveValue('75');
  await expect(field).toHaveValue('75');
  await expect.poll(() => headlineText(page)).toBe(before);
  await expect(undoButton(page)).toBeDisabled();
});

test('a removed scheme is named in a notice whose Undo brings it back where it was, with its figures', async ({ page }) => {
  const before = await headlineText(page);
  const names = await rowNames(page);
  await page.getByRole('button', { name: `Remove ${p2.name}`, exact: true }).click();
  const notice = page.getByRole('status').filter({ hasText: `Removed ${p2.name}.` });
  await expect(notice).toBeVisible();
  const undo = notice.getByRole('button', { name: 'Undo', exact: true });
  await expect(undo).toBeFocused();
  await expect.poll(() => rowNames(page)).not.toContain(p2.name);

  await undo.click();
  await expect(notice).toHaveCount(0);
  await expect.poll(() => rowNames(page)).toEqual(names);
  await expect.poll(() => headlineText(page)).toBe(before);

  // The scenario bar's buttons do the same, and redo removes it again.
  await page.getByRole('button', { name: `Remove ${p2.name}`, exact: true }).click();
  await undoButton(page).click();
  await expect.poll(() => headlineText(page)).toBe(before);
  await expect(redoButton(page)).toHaveAccessibleName(`Redo: remove ${p2.name}`);
  await redoButton(page).click();
  await expect.poll(() => rowNames(page)).not.toContain(p2.name);
  await expect(redoButton(page)).toBeDisabled();
});

test('Ctrl+Z of a home just added, with the focus in it, sends the focus to the schemes’ heading; a line removed, to its Add button', async ({
  page,
}) => {
  await page.getByRole('button', { name: 'Add a home' }).click();
  const added = page.locator('[data-scheme-id]').last().locator('.toggle');
  await added.focus();
  await page.keyboard.press('Control+z');
  await expect(page.locator('[data-scheme-id]')).toHaveCount(leics.scenario.schemes.length);
  await expect(page.getByRole('heading', { name: 'Schemes', level: 2 })).toBeFocused();
  await page.keyboard.press('Control+Shift+z');
  await expect(page.locator('[data-scheme-id]')).toHaveCount(leics.scenario.schemes.length + 1);
  await expect(page.getByRole('heading', { name: 'Schemes', level: 2 })).toBeFocused();

  const p1 = leics.scenario.schemes[0]!;
  await openScheme(page, p1.name);
  const add = page.getByRole('button', { name: `Add another saving, ${p1.name}` });
  await add.click();
  await page.getByRole('button', { name: new RegExp(`^Remove Other saving \\d+, ${escape(p1.name)}$`) }).click();
  await expect(page.getByRole('button', { name: new RegExp(`^Remove Other saving \\d+, ${escape(p1.name)}$`) })).toHaveCount(0);
  await expect(add).toBeFocused();
});

test('a preset switch is undone and redone; undo back to a saved scenario reads as saved', async ({ page }) => {
  await saveAs(page, 'Plan');
  await expect(workingState(page)).toHaveText('Saved');
  const before = await headlineText(page);
  const picker = page.getByRole('combobox', { name: 'Preset' });
  await picker.selectOption(other.id);
  await expect(headline(page).getByRole('rowheader').first()).toHaveText(new RegExp(`^${escape(other.scenario.schemes[0]!.name)}`));
  const switched = await headlineText(page);
  await expect(undoButton(page)).toHaveAccessibleName(`Undo: switch to the preset “${other.title}”`);

  await undoButton(page).click();
  await expect(picker).toHaveValue(leics.id);
  await expect.poll(() => headlineText(page)).toBe(before);
  await expect(workingState(page)).toHaveText('Saved');

  await picker.focus();
  await page.keyboard.press('Control+Shift+Z');
  await expect(picker).toHaveValue(other.id);
  await expect.poll(() => headlineText(page)).toBe(switched);
});
