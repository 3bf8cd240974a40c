// Figures a board would misread, said plainly (issue #10): the ART, with no up-front cost, has nothing to pay back
// (never "0 years"); the horizon's end is the end of March 2031, in 2030/31; "net of the retained asset",
// "discounted" and NPV are each explained in a sentence that quotes the scenario's own rate.
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { DEFAULT_PRESET_ID, presetById } from '../../src/model/presets/index.ts';
import { escape, headline, openApp } from './libraryPage.ts';

const leics = presetById(DEFAULT_PRESET_ID)!;
const art = leics.scenario.schemes.find((s) => s.id === 'art')!;
const chart = (page: Page) => page.locator('svg[role="application"]');
const readoutHeading = (page: Page) => page.getByRole('region', { name: 'Chart readout' }).locator('.heading');
const explained = (page: Page) => page.getByTestId('curve-explained');
const caption = (page: Page) => headline(page).locator('caption');
const notes = (page: Page) => page.getByTestId('headline-notes');

async function setDiscountRate(page: Page, percent: number) {
  const field = page.getByRole('textbox', { name: /^Discount rate, whole scenario/ });
  await field.fill(String(percent));
  await field.press('Enter');
  await expect(page.getByRole('slider', { name: 'Discount rate, whole scenario' })).toHaveValue(String(percent));
}

test.use({ viewport: { width: 1280, height: 720 } });

test.beforeEach(async ({ page }) => {
  await openApp(page);
});

test('the ART has nothing to pay back and saves from the start: no "0 years", no break-even month', async ({ page }) => {
  const row = headline(page)
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: new RegExp(`^${escape(art.name)}`) }) });
  for (const figure of ['paybackYears', 'netPaybackYears', 'discountedPaybackYears'])
    await expect(row.locator(`[data-figure="${figure}"]`), figure).toHaveText('Nothing to pay back');
  await expect(row.locator('[data-figure="breakEven"]')).toHaveText('Saving from the start');
  await expect(row).not.toContainText('0 years');
  // the chart marks no break-even at the start for it, in any view
  for (const view of ['Gross', 'Net of the retained asset', 'Discounted']) {
    await page.getByRole('radio', { name: view }).check();
    await expect(chart(page).locator('.break-evens text').filter({ hasText: 'Apr 2021' }), view).toHaveCount(0);
  }

  // presented, the ART picked out says the same
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('p');
  await expect(page.getByTestId('presentation')).toBeVisible();
  const index = leics.scenario.schemes.filter((s) => s.enabled).findIndex((s) => s.id === art.id);
  for (let i = 0; i <= index; i++) await page.keyboard.press(']');
  await expect(page.getByTestId('present-showing')).toHaveText(art.name);
  await expect(page.getByTestId('presentation').locator('[data-figure="Payback"]')).toHaveText('Nothing to pay back');
  await expect(page.getByTestId('presentation').locator('[data-figure="Break-even"]')).toHaveText('Saving from the start');
});

test('the horizon ends at the end of March 2031, in 2030/31, on the readout, the axis and in the words', async ({ page }) => {
  // before any move the readout stands at t = N
  await expect(readoutHeading(page)).toHaveText('End of March 2031 (2030/31)');
  const years = await chart(page).locator('.axis-x text').allTextContents();
  expect(years.at(-1)).toBe('2030/31');
  expect(years).not.toContain('2031/32');
  await chart(page).focus();
  // a step back goes from there, one month: February 2031's end
  await page.keyboard.press('ArrowLeft');
  await expect(readoutHeading(page)).toHaveText('End of February 2031 (2030/31)');
  await page.keyboard.press('Home');
  await expect(readoutHeading(page)).toHaveText('Start, April 2021 (2021/22)');
  await page.keyboard.press('End');
  await expect(readoutHeading(page)).toHaveText('End of March 2031 (2030/31)');
  await expect(page.getByTestId('answer-sentence')).toContainText('over 10 years, to March 2031,');
  await expect(caption(page)).toContainText('10-year horizon, to March 2031.');
});

test('net, discounted and NPV are explained with the scenario’s rate, and follow it when it changes', async ({ page }) => {
  await expect(notes(page)).toContainText('Net of the retained asset: the cash position plus what the property would sell for');
  await expect(notes(page)).toContainText('Discounted: each flow counts for less the later it comes, discounted at 3.5% a year.');
  await expect(notes(page)).toContainText('NPV (net present value): the discounted position at the end of March 2031');
  // each explained column's header is described by its note
  await expect(headline(page).getByRole('columnheader', { name: 'Payback, discounted' })).toHaveAccessibleDescription(
    /discounted at 3\.5% a year/,
  );
  await expect(headline(page).getByRole('columnheader', { name: 'NPV' })).toHaveAccessibleDescription(/^NPV \(net present value\)/);
  await page.getByRole('radio', { name: 'Net of the retained asset' }).check();
  await expect(explained(page)).toHaveText(/^Net of the retained asset: /);
  await page.getByRole('radio', { name: 'Discounted' }).check();
  await expect(explained(page)).toHaveText('Discounted: each flow counts for less the later it comes, discounted at 3.5% a year.');
  // the switch is described by its sentence
  await expect(page.getByRole('group', { name: 'Curves' })).toHaveAccessibleDescription(/discounted at 3\.5% a year/);

  await setDiscountRate(page, 5);
  await expect(explained(page)).toHaveText('Discounted: each flow counts for less the later it comes, discounted at 5% a year.');
  await expect(notes(page)).toContainText('discounted at 5% a year.');
  await expect(notes(page)).not.toContainText('3.5%');
});
