// Files in a real browser: a scenario or the whole library exported as JSON and imported elsewhere shows the
// same figures; the cash-flow table exports as the model's CSV; a bad file is refused, saying why, and
// changes nothing. Expected CSVs and refusals come from the app's own modules, run here in Node.
import { readFileSync } from 'node:fs';
import type { Download, Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { evaluateDetailed } from '../../src/model/evaluate.ts';
import { presetById, DEFAULT_PRESET_ID } from '../../src/model/presets/index.ts';
import {
  FILE_EMPTY,
  FILE_NOT_JSON,
  FILE_MAX_BYTES,
  FILE_NOT_OBJECT,
  fileNewerVersion,
  fileTooLarge,
  libraryFileText,
  scenarioFileText,
} from '../../src/share/file.ts';
import { yearlyCsv } from '../../src/share/yearlyCsv.ts';
import { headlineCsv } from '../../src/share/headlineCsv.ts';
import { PREVIEW_ORIGIN } from './servers.ts';
import { headlineText, horizonSlider, openApp, saveAs, savedNames, setHorizon, watch, workingState } from './libraryPage.ts';

const leics = presetById(DEFAULT_PRESET_ID)!;

async function downloaded(page: Page, button: string): Promise<{ name: string; text: string }> {
  const [download]: [Download, void] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ]);
  const path = await download.path();
  return { name: download.suggestedFilename(), text: readFileSync(path, 'utf8') };
}

async function importFile(page: Page, name: string, contents: string | Buffer): Promise<void> {
  const buffer = typeof contents === 'string' ? Buffer.from(contents, 'utf8') : contents;
  await page.getByLabel('Import a scenario or library file').setInputFiles({ name, mimeType: 'application/json', buffer });
}

test('a scenario exported as JSON and imported in another browser shows the same figures, and can be kept', async ({ page, browser }) => {
  await openApp(page);
  await page.getByRole('combobox', { name: 'Preset' }).selectOption('leics-2020-plan');
  await setHorizon(page, 13);
  await saveAs(page, 'Plan for export');
  const figures = await headlineText(page);
  const file = await downloaded(page, 'Export this scenario');
  expect(file.name).toBe('payback-plan-for-export.json');
  const json = JSON.parse(file.text) as Record<string, unknown>;
  expect(json).toMatchObject({ format: 'payback-explorer', kind: 'scenario', version: 1, presetId: 'leics-2020-plan' });
  expect((json.scenario as { name: string }).name).toBe('Plan for export');

  const context = await browser.newContext();
  const seen = watch(context, PREVIEW_ORIGIN);
  try {
    const other = await context.newPage();
    await openApp(other);
    await importFile(other, file.name, file.text);
    await expect(horizonSlider(other)).toHaveValue('13');
    expect(await headlineText(other)).toBe(figures);
    await expect(other.getByRole('combobox', { name: 'Preset' })).toHaveValue('leics-2020-plan');
    await expect(workingState(other)).toHaveText('Not saved');
    expect(await savedNames(other)).toEqual([]);
    await other.getByRole('button', { name: 'Keep it as a new saved scenario' }).click();
    await expect.poll(() => savedNames(other)).toEqual(['Plan for export']);
  } finally {
    await context.close();
  }
  expect(seen).toEqual({ errors: [], offOrigin: [] });
});

test('the whole library exported and imported: every scenario added, clashing names kept as copies', async ({ page }) => {
  await openApp(page);
  await saveAs(page, 'First');
  await setHorizon(page, 9);
  await saveAs(page, 'Second');
  const file = await downloaded(page, 'Export all saved scenarios');
  expect(file.name).toMatch(/^payback-library-\d{4}-\d{2}-\d{2}\.json$/);
  expect(JSON.parse(file.text)).toMatchObject({ format: 'payback-explorer', kind: 'library', version: 1 });

  await importFile(page, file.name, file.text);
  await expect.poll(() => savedNames(page).then((n) => n.sort())).toEqual(['First', 'First (2)', 'Second', 'Second (2)']);
  // Last edited first, as listed and exported.
  await expect(page.getByTestId('library-status')).toHaveText('Added 2 scenarios to your library: “Second (2)”, “First (2)”.');
  await page.getByRole('button', { name: 'Open “Second (2)”' }).click();
  await expect(horizonSlider(page)).toHaveValue('9');
});

test('a library file with one bad scenario adds the others and names the one refused', async ({ page }) => {
  await openApp(page);
  const bad = { ...leics.scenario, name: 'Broken', horizonYears: 1e6 };
  const text = libraryFileText([
    { presetId: leics.id, scenario: { ...leics.scenario, name: 'Good one' } },
    { presetId: leics.id, scenario: bad },
  ]);
  await importFile(page, 'library.json', text);
  await expect.poll(() => savedNames(page)).toEqual(['Good one']);
  const alert = page.getByRole('alert').filter({ hasText: 'Some scenarios in the file could not be read' });
  await expect(alert).toContainText(/Broken: .*horizonYears/);
});

test('the cash-flow table exports as CSV: the model’s yearly table by financial year, to the penny', async ({ page }) => {
  await openApp(page);
  await setHorizon(page, 13);
  const file = await downloaded(page, 'Export the cash-flow table (CSV)');
  expect(file.name).toBe(`payback-cip-residential-model-scrutiny-9-march-2021.csv`);
  expect(file.text).toBe(yearlyCsv(evaluateDetailed({ ...leics.scenario, horizonYears: 13 })));
  // the financial year kept as text for Excel
  expect(file.text.split('\r\n')[1]).toMatch(/^Portfolio,"=""2021\/22""",/);
});

test('the headline figures export as CSV for a board paper: the figures on screen, scheme by scheme', async ({ page }) => {
  await openApp(page);
  await setHorizon(page, 13);
  const file = await downloaded(page, 'Export the headline figures (CSV)');
  expect(file.name).toBe('payback-cip-residential-model-scrutiny-9-march-2021-figures.csv');
  expect(file.text).toBe(headlineCsv(evaluateDetailed({ ...leics.scenario, horizonYears: 13 }).result));
  expect(file.text.split('\r\n')[1]).toMatch(/^Portfolio,/);
});

test('every bad file is refused with its message; the library and the scenario on screen stay as they were', async ({ page }) => {
  // Six files, one after another, one of them megabytes long: more than one ordinary test's time.
  test.slow();
  await openApp(page);
  await saveAs(page, 'Kept');
  await setHorizon(page, 14);
  const listBefore = await page.getByRole('table', { name: 'Saved scenarios, last edited first' }).innerText();
  const figuresBefore = await headlineText(page);
  const newer = scenarioFileText(leics.scenario).replace('"version": 1,', '"version": 7,');
  const outOfRange = scenarioFileText({ ...leics.scenario, discountRate: 3 });
  // A byte over the limit: the size alone refuses it, before any of it is read.
  const tooLarge = Buffer.alloc(FILE_MAX_BYTES + 1, 0x20);
  const cases: { name: string; contents: string | Buffer; message: string | RegExp }[] = [
    { name: 'empty', contents: '', message: FILE_EMPTY },
    { name: 'not JSON', contents: 'name,amount\nhome,1\n', message: FILE_NOT_JSON },
    { name: 'JSON, not an object', contents: '[1, 2]', message: FILE_NOT_OBJECT },
    { name: 'a byte over 5 MB', contents: tooLarge, message: fileTooLarge(tooLarge.length) },
    { name: 'from a newer version', contents: newer, message: fileNewerVersion(7) },
    { name: 'a value out of range', contents: outOfRange, message: /^This file's scenario cannot be opened: .*discountRate/ },
  ];
  for (const bad of cases) {
    await importFile(page, `${bad.name}.json`, bad.contents);
    const alert = page.getByRole('alert').filter({ hasText: 'This file could not be opened' });
    await expect(alert.getByTestId('incoming-message'), bad.name).toHaveText(bad.message);
    expect(await page.getByRole('table', { name: 'Saved scenarios, last edited first' }).innerText(), bad.name).toBe(listBefore);
    expect(await headlineText(page), bad.name).toBe(figuresBefore);
    await alert.getByRole('button', { name: /^Dismiss/ }).click();
  }
});

test('a file with a byte-order mark and a name holding HTML opens, the name shown as text', async ({ page }) => {
  await openApp(page);
  const name = '<b>bold</b><img src=x onerror="window.__hacked=1">';
  await importFile(page, 'bom.json', `\uFEFF${scenarioFileText({ ...leics.scenario, name, horizonYears: 8 })}`);
  await expect(horizonSlider(page)).toHaveValue('8');
  await expect(page.getByTestId('working-name')).toHaveText(name);
  await page.getByRole('button', { name: 'Keep it as a new saved scenario' }).click();
  await expect.poll(() => savedNames(page)).toEqual([name]);
  await expect(page.locator('b', { hasText: 'bold' })).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { __hacked?: number }).__hacked)).toBeUndefined();
});
