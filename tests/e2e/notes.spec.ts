// Notes in a real browser (schema version 2): a note typed for the scenario and one for a scheme survive a
// save and a reload, a share link opened in a fresh browser, and a file exported and imported elsewhere; a
// folded scheme shows that it has a note; the printed sheet shows both.
import { readFileSync } from 'node:fs';
import type { Browser, Download, Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { presetById, DEFAULT_PRESET_ID } from '../../src/model/presets/index.ts';
import { PREVIEW_ORIGIN } from './servers.ts';
import { appReady, openApp, saveAs, watch, workingName, workingState } from './libraryPage.ts';

const leics = presetById(DEFAULT_PRESET_ID)!;
const scheme = leics.scenario.schemes[1]!;
const SCENARIO_NOTE = 'Agreed at the March board.\nFees from the 2024 tender <b>round</b>.';
const SCHEME_NOTE = 'Occupancy as the home manager expects it — J. Smith, 3 March';

const scenarioNote = (page: Page) => page.getByRole('textbox', { name: 'Note on the scenario' });
const schemeNote = (page: Page) => page.getByRole('textbox', { name: `Note on ${scheme.name}` });

async function openScheme(page: Page): Promise<void> {
  const item = page.locator(`[data-scheme-id="${scheme.id}"]`);
  const toggle = item.locator('button.toggle');
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  await schemeNote(page).waitFor();
}

/** Both notes are on screen, as typed, and the folded row says it has one. */
async function expectNotes(page: Page): Promise<void> {
  await expect(scenarioNote(page)).toHaveValue(SCENARIO_NOTE);
  await openScheme(page);
  await expect(schemeNote(page)).toHaveValue(SCHEME_NOTE);
}

async function freshPage(browser: Browser) {
  const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  const seen = watch(context, PREVIEW_ORIGIN);
  const page = await context.newPage();
  return { page, seen, close: () => context.close() };
}

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test('a note for the scenario and for a scheme survives save, reload, a link in a fresh browser and a file', async ({ page, browser }) => {
  await openApp(page);
  await scenarioNote(page).fill(SCENARIO_NOTE);
  await scenarioNote(page).blur();
  await openScheme(page);
  await schemeNote(page).fill(SCHEME_NOTE);
  await schemeNote(page).blur();
  // one undo step each, named for it
  await expect(page.getByRole('button', { name: /^Undo/ })).toHaveAccessibleName(new RegExp(`change the note on ${scheme.name}`));

  // folded, the scheme's row says it has a note
  await page.locator(`[data-scheme-id="${scheme.id}"] button.toggle`).click();
  await expect(page.locator(`[data-scheme-id="${scheme.id}"]`).getByTestId('has-note')).toHaveText('Note');
  await expect(page.locator('[data-scheme-id]').getByTestId('has-note')).toHaveCount(1);

  await saveAs(page, 'With notes');
  await page.reload();
  await appReady(page);
  await expect(workingName(page)).toHaveText('With notes');
  await expect(workingState(page)).toHaveText('Saved');
  await expectNotes(page);

  // printed
  await page.emulateMedia({ media: 'print' });
  const notes = page.getByTestId('print-notes');
  await expect(notes).toContainText('Fees from the 2024 tender <b>round</b>.');
  await expect(notes).toContainText(`${scheme.name}: ${SCHEME_NOTE}`);
  await page.emulateMedia({ media: 'screen' });

  // a share link, opened in a fresh browser
  await page.getByRole('button', { name: 'Copy link' }).click();
  const link = page.getByRole('textbox', { name: 'Link to this scenario' });
  await expect(link).toHaveValue(/#s1\./);
  const url = await link.inputValue();
  const linked = await freshPage(browser);
  try {
    await openApp(linked.page, url);
    await expectNotes(linked.page);
  } finally {
    await linked.close();
  }
  expect(linked.seen).toEqual({ errors: [], offOrigin: [] });

  // a file, exported here and imported in a fresh browser
  const [download]: [Download, void] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export this scenario' }).click(),
  ]);
  const text = readFileSync(await download.path(), 'utf8');
  expect(JSON.parse(text)).toMatchObject({ scenario: { version: 2, note: SCENARIO_NOTE } });
  const filed = await freshPage(browser);
  try {
    await openApp(filed.page);
    await filed.page
      .getByLabel('Import a scenario or library file')
      .setInputFiles({ name: download.suggestedFilename(), mimeType: 'application/json', buffer: Buffer.from(text, 'utf8') });
    await expectNotes(filed.page);
  } finally {
    await filed.close();
  }
  expect(filed.seen).toEqual({ errors: [], offOrigin: [] });
});
