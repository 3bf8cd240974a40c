// Share links in a real browser: “Copy link” puts the whole scenario in the fragment; the link opened in a
// fresh browser shows the same figures and never touches a saved scenario; every bad link is refused with
// its own message and leaves the library and the scenario on screen as they were. Bad links are built here,
// in the test process, with the app's own share helpers.
import type { Browser, Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { PRESETS, presetById, DEFAULT_PRESET_ID } from '../../src/model/presets/index.ts';
import type { Scenario } from '../../src/model/scenario.ts';
import {
  LINK_CORRUPTED,
  LINK_INCOMPLETE,
  LINK_NOT_OBJECT,
  LINK_TOO_LARGE,
  decodeScenarioLink,
  encodeLinkText,
  encodeScenarioLink,
  linkBadCharacter,
  linkNewerVersion,
  linkTooLong,
  shareUrl,
} from '../../src/share/link.ts';
import { compactScenario } from '../../src/share/compact.ts';
import { PREVIEW_ORIGIN } from './servers.ts';
import { headlineText, horizonSlider, openApp, saveAs, savedNames, setHorizon, watch, workingName, workingState } from './libraryPage.ts';

const leics = presetById(DEFAULT_PRESET_ID)!;
const HOME = `${PREVIEW_ORIGIN}/`;

const POLLUTING = '{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},"prototype":{"polluted":"yes"}}';
const polluted = (page: Page) =>
  page.evaluate(() => [{} as { polluted?: unknown }, Object.prototype as { polluted?: unknown }].map((o) => o.polluted ?? null));

const linkField = (page: Page) => page.getByRole('textbox', { name: 'Link to this scenario' });

async function copyLink(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(linkField(page)).toHaveValue(/#s1\./);
  return linkField(page).inputValue();
}

/** A fresh browser context (no storage), watched like the fixture's: no errors, nothing off-origin. */
async function freshPage(browser: Browser) {
  const context = await browser.newContext();
  const seen = watch(context, PREVIEW_ORIGIN);
  const page = await context.newPage();
  return { page, seen, close: () => context.close() };
}

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test('Copy link: the whole scenario in the fragment, on the clipboard and in a field, with its length', async ({ page }) => {
  await openApp(page);
  const url = await copyLink(page);
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);
  expect(url.startsWith(HOME + '#s1.')).toBe(true);
  await expect(page.getByTestId('link-length')).toHaveText(url.length.toLocaleString('en-GB'));
  await expect(page.getByText(/characters: short enough for an email/)).toBeVisible();
  // The fragment decodes, here in Node, to the scenario on screen.
  const decoded = await decodeScenarioLink(new URL(url).hash);
  expect(decoded).toEqual({ ok: true, scenario: leics.scenario, dropped: [] });

  // Edited, the link shown is out of date until copied again.
  await setHorizon(page, 13);
  await expect(page.getByText('The scenario has changed since: copy the link again.')).toBeVisible();
  const again = await copyLink(page);
  expect(again).not.toBe(url);
  await expect(page.getByText('The scenario has changed since')).toHaveCount(0);
});

test('each preset’s link length, as the app shows it; the default with a few edits, or with a short note, stays under 1,000', async ({
  page,
}) => {
  await openApp(page);
  const lengths: Record<string, number> = {};
  for (const preset of PRESETS) {
    await page.getByRole('combobox', { name: 'Preset' }).selectOption(preset.id);
    const url = await copyLink(page);
    lengths[preset.id] = Number((await page.getByTestId('link-length').innerText()).replace(/,/g, ''));
    expect(lengths[preset.id]).toBe(url.length);
    expect(await decodeScenarioLink(new URL(url).hash)).toEqual({ ok: true, scenario: preset.scenario, dropped: [] });
  }
  await page.getByRole('combobox', { name: 'Preset' }).selectOption(leics.id);
  await setHorizon(page, 14);
  await page.getByRole('checkbox', { name: `In the portfolio: ${leics.scenario.schemes[3]!.name}` }).uncheck();
  const edited = await copyLink(page);
  lengths['leics-2021 edited'] = edited.length;
  await page.getByRole('button', { name: 'Reset the scenario to the preset' }).click();
  await expect(horizonSlider(page)).toHaveValue(String(leics.scenario.horizonYears));
  const note = 'Agreed at the March board; fees from the 2024 tender rounds.';
  await page.getByRole('textbox', { name: 'Note on the scenario' }).fill(note);
  await page.getByRole('textbox', { name: 'Note on the scenario' }).blur();
  const noted = await copyLink(page);
  lengths['leics-2021 with a 60-character note'] = noted.length;
  console.log(`link lengths at ${HOME}: ${JSON.stringify(lengths)}`);
  expect(edited.length).toBeLessThan(1_000);
  expect(note).toHaveLength(60);
  expect(noted.length).toBeLessThan(1_000);
  expect(await decodeScenarioLink(new URL(noted).hash)).toEqual({ ok: true, scenario: { ...leics.scenario, note }, dropped: [] });
});

test('a link opened in a fresh browser shows the identical figures, clears the fragment and can be kept', async ({ page, browser }) => {
  await openApp(page);
  await page.getByRole('combobox', { name: 'Preset' }).selectOption('leics-2025');
  await setHorizon(page, 17);
  await page.getByRole('checkbox', { name: `In the portfolio: ${presetById('leics-2025')!.scenario.schemes[1]!.name}` }).uncheck();
  const figures = await headlineText(page);
  // Every scheme's row and the portfolio's, under the header.
  expect(figures.split('\n')).toHaveLength(presetById('leics-2025')!.scenario.schemes.length + 2);
  const url = await copyLink(page);

  const fresh = await freshPage(browser);
  try {
    await openApp(fresh.page, url);
    expect(await headlineText(fresh.page)).toBe(figures);
    await expect(horizonSlider(fresh.page)).toHaveValue('17');
    await expect(fresh.page.getByRole('combobox', { name: 'Preset' })).toHaveValue('leics-2025');
    expect(new URL(fresh.page.url()).hash).toBe('');
    await expect(workingState(fresh.page)).toHaveText('Not saved');
    const offer = fresh.page
      .getByRole('status')
      .filter({ hasText: /^Opened “.*” from a link/ })
      .filter({ has: fresh.page.getByRole('button') });
    await expect(offer).toBeVisible();
    expect(await savedNames(fresh.page)).toEqual([]);

    await offer.getByRole('button', { name: 'Keep it as a new saved scenario' }).click();
    await expect.poll(() => savedNames(fresh.page)).toEqual([presetById('leics-2025')!.scenario.name]);
    await expect(workingState(fresh.page)).toHaveText('Saved');
    // Reloaded, without the fragment, it is still there.
    await fresh.page.reload();
    await openApp(fresh.page);
    expect(await headlineText(fresh.page)).toBe(figures);
  } finally {
    await fresh.close();
  }
  expect(fresh.seen).toEqual({ errors: [], offOrigin: [] });
});

test('a link never overwrites a saved scenario: kept under a clashing name, it is a copy', async ({ page, context }) => {
  await openApp(page);
  await setHorizon(page, 11);
  await saveAs(page, leics.scenario.name);
  const savedFigures = await headlineText(page);

  // The preset as the report gives it, under the same name as the saved one, in a new page.
  await page.close();
  page = await context.newPage();
  await openApp(page, shareUrl(HOME, await encodeScenarioLink(leics.scenario)));
  await expect(horizonSlider(page)).toHaveValue(String(leics.scenario.horizonYears));
  await expect(workingState(page)).toHaveText('Not saved');
  await page.getByRole('button', { name: 'Keep it as a new saved scenario' }).click();
  await expect.poll(() => savedNames(page).then((n) => n.sort())).toEqual([leics.scenario.name, `${leics.scenario.name} (2)`]);
  await expect(workingName(page)).toHaveText(`${leics.scenario.name} (2)`);

  await page.getByRole('button', { name: `Open “${leics.scenario.name}”`, exact: true }).click();
  await expect(horizonSlider(page)).toHaveValue('11');
  expect(await headlineText(page)).toBe(savedFigures);
});

test('a link pasted into the address of the open app opens too', async ({ page }) => {
  await openApp(page);
  const warwickshire = presetById('warwickshire-2020')!;
  const fragment = await encodeScenarioLink({ ...warwickshire.scenario, horizonYears: 8 });
  await page.evaluate((f) => (location.hash = f), fragment);
  await expect(horizonSlider(page)).toHaveValue('8');
  await expect(page.getByRole('combobox', { name: 'Preset' })).toHaveValue(warwickshire.id);
  await expect.poll(() => page.evaluate(() => location.hash)).toBe('');
  // Replacing an untouched preset offers no undo; the scenario that came in is unsaved.
  await expect(page.getByRole('button', { name: 'Bring it back' })).toHaveCount(0);
  await expect(workingState(page)).toHaveText('Not saved');
});

test('a link that replaces unsaved changes offers to bring them back', async ({ page }) => {
  await openApp(page);
  await setHorizon(page, 16);
  await page.evaluate(async (f) => (location.hash = f), await encodeScenarioLink(leics.scenario));
  await expect(horizonSlider(page)).toHaveValue(String(leics.scenario.horizonYears));
  await page.getByRole('button', { name: 'Bring it back' }).click();
  await expect(horizonSlider(page)).toHaveValue('16');
});

test('a link too long for an email suggests a file', async ({ page }) => {
  // Every scheme of two reports, three times over, under fresh ids and with costs of their own.
  const schemes = [...leics.scenario.schemes, ...presetById('leics-2025')!.scenario.schemes];
  const many: Scenario = {
    ...leics.scenario,
    schemes: [...schemes, ...schemes, ...schemes].map((s, i) => ({
      ...s,
      id: `s${i}`,
      name: `${s.name} ${i}`,
      capital: s.capital.map((c) => ({ ...c, amount: c.amount + 1_013 * i })),
      placements: s.placements && { ...s.placements, inHouseWeeklyCost: 3_001 + 37 * i, externalWeeklyFee: 5_003 + 53 * i },
    })),
  };
  const fragment = await encodeScenarioLink(many);
  expect(fragment.length).toBeGreaterThan(2_000);
  await openApp(page, `/#${fragment}`);
  const url = await copyLink(page);
  expect(url.length).toBeGreaterThan(2_000);
  await expect(page.getByText(/too long to send safely: use “Export this scenario” and send the file instead/)).toBeVisible();
});

test('a scenario link carrying __proto__, constructor and prototype keys opens only what is known, and pollutes nothing', async ({
  page,
}) => {
  await openApp(page);
  await saveAs(page, 'Kept');
  const json = JSON.stringify(compactScenario({ ...leics.scenario, horizonYears: 9 }));
  const hostile = `${POLLUTING.slice(0, -1)},${json.slice(1).replace('"i":"p2"', `${POLLUTING.slice(1, -1)},"i":"p2"`)}`;
  const decoded = await decodeScenarioLink(await encodeLinkText(hostile));
  expect(decoded.ok && decoded.dropped).toEqual([
    '__proto__',
    'constructor',
    'prototype',
    'schemes[1].__proto__',
    'schemes[1].constructor',
    'schemes[1].prototype',
  ]);

  await page.evaluate(async (f) => (location.hash = f), await encodeLinkText(hostile));
  await expect(horizonSlider(page)).toHaveValue('9');
  const notice = page.getByRole('status').filter({ hasText: 'Fields this version does not know were left out' });
  await expect(notice).toContainText('6 fields this version does not know were left out: __proto__, constructor, prototype');
  await notice.getByText('Show the others').click();
  await expect(notice.getByRole('listitem')).toHaveText(['schemes[1].__proto__', 'schemes[1].constructor', 'schemes[1].prototype']);
  expect(await polluted(page)).toEqual([null, null]);
  expect(await savedNames(page)).toEqual(['Kept']);
  await expect(workingState(page)).toHaveText('Not saved');
});

/** Every bad link, with the message the app must show for it. */
async function badLinks(): Promise<{ name: string; fragment: string; message: string | RegExp }[]> {
  const good = await encodeScenarioLink(leics.scenario);
  const payload = good.slice(3);
  const middle = Math.floor(payload.length / 2);
  // One character changed into another base64url character: the bytes change, the length does not.
  const flipped = payload[middle] === 'A' ? 'B' : 'A';
  const tooLong = `s1.${'A'.repeat(16_500)}`;
  const occupancy = JSON.stringify(leics.scenario).replace('"occupancy":0.75', '"occupancy":1.5');
  const infinite = JSON.stringify(leics.scenario).replace(/"horizonYears":\d+/, '"horizonYears":1e400');
  const deep = `${'{"a":'.repeat(5_000)}1${'}'.repeat(5_000)}`;
  return [
    { name: 'cut short after 20 characters', fragment: good.slice(0, 20), message: LINK_INCOMPLETE },
    { name: 'cut short by one character', fragment: good.slice(0, -1), message: LINK_INCOMPLETE },
    { name: 'cut to its prefix', fragment: 's1', message: LINK_INCOMPLETE },
    {
      name: 'a character outside base64url',
      fragment: `s1.${payload.slice(0, middle)}*${payload.slice(middle + 1)}`,
      message: linkBadCharacter('*', 3 + middle + 1),
    },
    {
      name: 'a changed character (checksum)',
      fragment: `s1.${payload.slice(0, middle)}${flipped}${payload.slice(middle + 1)}`,
      message: LINK_CORRUPTED,
    },
    { name: 'longer than the hard limit', fragment: tooLong, message: linkTooLong(tooLong.length) },
    { name: 'from a newer version', fragment: `s2.${payload}`, message: linkNewerVersion('2') },
    { name: 'a decompression bomb', fragment: await encodeLinkText(`{"n":"${' '.repeat(2_000_000)}"}`), message: LINK_TOO_LARGE },
    { name: 'JSON that is not an object', fragment: await encodeLinkText('[1,2,3]'), message: LINK_NOT_OBJECT },
    { name: 'nested thousands deep', fragment: await encodeLinkText(deep), message: /^This link's scenario cannot be opened: / },
    {
      name: 'only __proto__ and constructor keys',
      fragment: await encodeLinkText(POLLUTING),
      message: /^This link's scenario cannot be opened: /,
    },
    {
      name: 'a value out of range',
      fragment: await encodeLinkText(occupancy),
      message: /^This link's scenario cannot be opened: .*occupancy.*1\.5/,
    },
    { name: '1e400', fragment: await encodeLinkText(infinite), message: /^This link's scenario cannot be opened: .*horizonYears/ },
  ];
}

test('every bad link shows its own message and leaves the library and the scenario on screen as they were', async ({ page, context }) => {
  await openApp(page);
  await saveAs(page, 'Kept');
  await setHorizon(page, 13);
  await page.waitForTimeout(700); // the autosave has kept horizon 13
  const listBefore = await page.getByRole('table', { name: 'Saved scenarios, last edited first' }).innerText();
  const figuresBefore = await headlineText(page);

  for (const bad of await badLinks()) {
    // In the Node process the same helpers refuse it with the same words.
    const decoded = await decodeScenarioLink(bad.fragment);
    expect(decoded.ok, bad.name).toBe(false);
    if (typeof bad.message === 'string') expect(!decoded.ok && decoded.error, bad.name).toBe(bad.message);

    const tab = await context.newPage();
    await openApp(tab, `/#${bad.fragment}`);
    const alert = tab.getByRole('alert').filter({ hasText: 'This link could not be opened' });
    await expect(alert, bad.name).toBeVisible();
    await expect(alert.getByTestId('incoming-message'), bad.name).toHaveText(bad.message);
    expect(new URL(tab.url()).hash, bad.name).toBe('');
    expect(await tab.getByRole('table', { name: 'Saved scenarios, last edited first' }).innerText(), bad.name).toBe(listBefore);
    expect(await headlineText(tab), bad.name).toBe(figuresBefore);
    await expect(workingName(tab), bad.name).toHaveText('Kept');
    expect(await polluted(tab), bad.name).toEqual([null, null]);
    await tab.close();
  }
  // The first page saw nothing of it either.
  expect(await headlineText(page)).toBe(figuresBefore);
  await expect(horizonSlider(page)).toHaveValue('13');
});
