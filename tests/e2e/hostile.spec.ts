// What a link or an address can bring must never brick the app, replace the user's work or blow up the page:
// a scheme id the page uses for itself, a benchmark switch in the address, a field name a million characters
// long. Links are built here, in the test process, with the app's own share helpers.
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { DEFAULT_PRESET_ID, presetById } from '../../src/model/presets/index.ts';
import { bigScenario } from '../../scripts/lib/bigScenario.ts';
import { compactScenario } from '../../src/share/compact.ts';
import { encodeLinkText, encodeScenarioLink } from '../../src/share/link.ts';
import { appReady, headline, horizonSlider, openApp, saveAs, savedNames, setHorizon, workingName, workingState } from './libraryPage.ts';

const leics = presetById(DEFAULT_PRESET_ID)!;

test('a scheme whose id is "portfolio" opens, is kept, and survives a reload and a new tab', async ({ page, context }) => {
  const schemes = leics.scenario.schemes.map((s, i) => (i === 0 ? { ...s, id: 'portfolio', name: 'Home called portfolio' } : s));
  const fragment = await encodeScenarioLink({ ...leics.scenario, name: 'Colliding ids', schemes });
  await openApp(page, `/#${fragment}`);
  await expect(headline(page).getByRole('rowheader', { name: 'Home called portfolio' })).toBeVisible();
  await page.getByRole('button', { name: 'Keep it as a new saved scenario' }).click();
  await expect(workingName(page)).toHaveText('Colliding ids');
  await expect(workingState(page)).toHaveText('Saved');

  await page.reload();
  await appReady(page);
  await expect(headline(page).getByRole('rowheader', { name: 'Home called portfolio' })).toBeVisible();
  await expect(headline(page).getByRole('rowheader', { name: 'Portfolio', exact: true })).toBeVisible();
  await expect(page.locator('svg[role="application"] g.curves path')).toHaveCount(schemes.length + 1);

  const other = await context.newPage();
  await openApp(other);
  await expect(headline(other).getByRole('rowheader', { name: 'Home called portfolio' })).toBeVisible();
  await other.close();
});

test('nothing in the address but a share link changes what is on screen: ?bench=big does nothing', async ({ page }) => {
  await openApp(page);
  await saveAs(page, 'Mine');
  await setHorizon(page, 7);
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(workingState(page)).toHaveText('Saved');

  await openApp(page, '/?bench=big');
  await expect(workingName(page)).toHaveText('Mine');
  await expect(workingState(page)).toHaveText('Saved');
  await expect(
    page.getByText(`${leics.scenario.schemes.length} of ${leics.scenario.schemes.length} schemes in the portfolio`),
  ).toBeVisible();
  expect(await savedNames(page)).toEqual(['Mine']);
});

test('no benchmark or test code ships in the build', () => {
  const assets = fileURLToPath(new URL('../../dist/assets/', import.meta.url));
  const scripts = readdirSync(assets).filter((name) => name.endsWith('.js'));
  expect(scripts.length).toBeGreaterThan(0);
  for (const name of scripts) {
    const text = readFileSync(assets + name, 'utf8');
    // the benchmark generator's seeded random numbers (mulberry32's constant) and its scheme names
    expect(text, name).not.toMatch(/0x6d2b79f5|1831565813|bigScenario|bench=big/i);
  }
});

test('a field name a million characters long is counted and shown short: the page never widens', async ({ page }) => {
  await openApp(page);
  const json = JSON.stringify(compactScenario(leics.scenario));
  const huge = `{"${'a'.repeat(990_000)}":1,"\u202Eevil":2,${json.slice(1)}`;
  const fragment = await encodeLinkText(huge);
  expect(fragment.length).toBeLessThan(16_000);
  await page.evaluate((f) => (location.hash = f), fragment);
  const notice = page.getByRole('status').filter({ hasText: 'fields this version does not know were left out' });
  await expect(notice).toContainText('2 fields this version does not know were left out');
  expect((await notice.textContent())!.length).toBeLessThan(1_000);
  await expect(notice).toContainText('\\u202eevil');
  const widths = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, window: window.innerWidth }));
  expect(widths.page).toBeLessThanOrEqual(widths.window);
});

/** A fault at render time, switched on from outside the app: number formatting throws while the flag is set. */
const breakRenderOnFlag = (page: Page) =>
  page.addInitScript(() => {
    const format = Object.getOwnPropertyDescriptor(Intl.NumberFormat.prototype, 'format')!;
    Object.defineProperty(Intl.NumberFormat.prototype, 'format', {
      get() {
        if (sessionStorage.getItem('break-render') === 'yes') throw new Error('a render-time fault');
        return format.get!.call(this);
      },
    });
  });

test('whatever breaks the page while it draws, it says so plainly, keeps the saved scenarios, and a reload opens the default', async ({
  page,
}) => {
  await breakRenderOnFlag(page);
  await openApp(page);
  await saveAs(page, 'Kept');
  await setHorizon(page, 7);

  await page.evaluate(() => sessionStorage.setItem('break-render', 'yes'));
  await page.reload();
  const alert = page.getByRole('alert').filter({ hasText: 'This scenario could not be shown' });
  await expect(alert).toBeVisible();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    alert.getByRole('button', { name: 'Export my saved scenarios' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^payback-library-\d{4}-\d{2}-\d{2}\.json$/);

  await page.evaluate(() => sessionStorage.removeItem('break-render'));
  await page.reload();
  await appReady(page);
  await expect(horizonSlider(page)).toHaveValue(String(leics.scenario.horizonYears));
  expect(await savedNames(page)).toEqual(['Kept']);
});

test('“Open the default scenario” puts the app back in place at once', async ({ page }) => {
  await breakRenderOnFlag(page);
  await openApp(page);
  await page.evaluate(() => sessionStorage.setItem('break-render', 'yes'));
  await horizonSlider(page).press('ArrowRight');
  const alert = page.getByRole('alert').filter({ hasText: 'This scenario could not be shown' });
  await expect(alert).toBeVisible();
  await page.evaluate(() => sessionStorage.removeItem('break-render'));
  await alert.getByRole('button', { name: /^Open the default scenario/ }).click();
  await expect(headline(page)).toBeVisible();
  await expect(horizonSlider(page)).toHaveValue(String(leics.scenario.horizonYears));
});

test('a link of 120 schemes spread over prime numbers of months opens and shows its figures (it once overflowed the stack)', async ({
  page,
}) => {
  const primes = [
    241, 251, 257, 263, 269, 271, 277, 281, 283, 293, 307, 311, 313, 317, 331, 337, 347, 349, 353, 359, 367, 373, 379, 383, 389,
  ];
  const scenario = bigScenario(120, 40);
  const schemes = scenario.schemes.map((s, i) => ({
    ...s,
    capital: s.capital.map((c, j) => ({ ...c, spreadMonths: primes[(i * 3 + j) % primes.length]! })),
  }));
  await openApp(page, `/#${await encodeScenarioLink({ ...scenario, schemes })}`);
  await expect(page.getByText('120 of 120 schemes in the portfolio')).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: 'This scenario could not be shown' })).toHaveCount(0);
  await expect(headline(page).getByRole('rowheader', { name: 'Portfolio', exact: true })).toBeVisible();
});
