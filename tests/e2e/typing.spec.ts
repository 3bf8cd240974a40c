// Typing as officers do, in a real browser: a refused value leaves the box at once and the figures stay; "0.5"
// in a per-cent field asks 50% or 0.5% before anything changes; an opening month takes "Apr 2022". Expected
// figures come from the model itself, formatted by the app's own formatters; each committed value is one undo.
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { axeViolations } from './axe.ts';
import { evaluateScenario } from '../../src/model/evaluate.ts';
import { presetById, DEFAULT_PRESET_ID } from '../../src/model/presets/index.ts';
import type { Figures } from '../../src/model/result.ts';
import type { Scheme } from '../../src/model/scenario.ts';
import { formatMoney, formatYears, NO_PAYBACK_WITHIN_HORIZON } from '../../src/format/money.ts';
import { financialYear, formatMonth } from '../../src/format/time.ts';
import { escape, headline, headlineText, openApp } from './libraryPage.ts';

const leics = presetById(DEFAULT_PRESET_ID)!;
const p2 = leics.scenario.schemes.find((s) => s.id === 'p2')!;

const undoButton = (page: Page) => page.getByRole('button', { name: /^Undo: / });
const occupancy = (page: Page) => page.getByRole('textbox', { name: `Occupancy, ${p2.name}, exact value in per cent` });
const openingMonth = (page: Page) => page.getByRole('textbox', { name: `Opening month, ${p2.name}, exact value`, exact: true });
/** a field's polite message: what was refused, or the question */
const messageOf = (page: Page, name: string) => page.locator('[aria-live="polite"]').filter({ hasText: name });

/** What the text field's aria-describedby says, as one string. */
const description = (field: Locator) =>
  field.evaluate((el) =>
    (el.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .map((id) => document.getElementById(id)?.textContent?.trim() ?? '')
      .join(' | '),
  );

/** Property 2 changed, the rest as in the preset: its figures and the portfolio's, as the app formats them. */
function expectedWith(change: (s: Scheme) => Scheme): Record<string, Record<string, string>> {
  const result = evaluateScenario({ ...leics.scenario, schemes: leics.scenario.schemes.map((s) => (s.id === 'p2' ? change(s) : s)) });
  const cells = (f: Figures) => ({
    totalInvestment: formatMoney(f.totalInvestment),
    annualSavingYear1: formatMoney(f.annualSavingYear1),
    paybackYears: formatYears(f.paybackYears),
    npv: formatMoney(f.npv),
    breakEven: f.breakEven === null ? NO_PAYBACK_WITHIN_HORIZON : `${formatMonth(f.breakEven)} (${financialYear(f.breakEven)})`,
  });
  return { [p2.name]: cells(result.schemes[1]!.figures), Portfolio: cells(result.portfolio.figures) };
}

async function expectFigures(page: Page, expected: Record<string, Record<string, string>>) {
  for (const [name, cells] of Object.entries(expected)) {
    const row = headline(page)
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: new RegExp(`^${escape(name)}`) }) });
    for (const [figure, text] of Object.entries(cells))
      await expect(row.locator(`[data-figure="${figure}"]`), `${name}: ${figure}`).toHaveText(text);
  }
}

async function openP2(page: Page) {
  const toggle = page.getByRole('button', { name: new RegExp(escape(p2.name)) }).filter({ has: page.locator('.name') });
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
}

test.beforeEach(async ({ page }) => {
  await openApp(page);
  await openP2(page);
});

test('“abc” in occupancy: the box shows the kept 75% again, the message names “abc”, the figures stay, no undo step', async ({ page }) => {
  const before = await headlineText(page);
  const field = occupancy(page);
  for (const leave of ['Enter', 'Tab'] as const) {
    await field.fill('abc');
    await expect(field).toHaveValue('abc');
    await field.press(leave);
    await expect(field).toHaveValue('75');
    await expect(messageOf(page, 'Occupancy')).toHaveText('Occupancy: “abc” is not a number. Kept 75%.');
    expect(await description(field)).toContain('“abc” is not a number');
  }
  await expect(page.getByRole('slider', { name: `Occupancy, ${p2.name}` })).toHaveValue('75');
  expect(await headlineText(page)).toBe(before);
  await expect(undoButton(page)).toHaveAccessibleName('Undo: nothing to undo');
});

test('“0.5” in occupancy asks 50% or 0.5%; Enter takes 50%, the model’s figures at 50%, one undo step', async ({ page }) => {
  const before = await headlineText(page);
  const field = occupancy(page);
  await field.fill('0.5');
  await field.press('Enter');
  const question = page.getByRole('group', { name: /did you mean 50% or 0\.5%/ });
  await expect(question).toBeVisible();
  await expect(field).toHaveValue('75');
  expect(await headlineText(page)).toBe(before);
  const fifty = question.getByRole('button', { name: '50%', exact: true });
  await expect(fifty).toBeFocused();

  await page.keyboard.press('Enter');
  await expect(question).toHaveCount(0);
  await expect(field).toHaveValue('50');
  await expect(field).toBeFocused();
  await expectFigures(
    page,
    expectedWith((s) => ({ ...s, placements: { ...s.placements!, occupancy: 0.5 } })),
  );
  await expect(undoButton(page)).toHaveAccessibleName(`Undo: change occupancy of ${p2.name}`);

  await undoButton(page).click();
  await expect(field).toHaveValue('75');
  await expect.poll(() => headlineText(page)).toBe(before);
  await expect(undoButton(page)).toBeDisabled();
});

test('“0.5” then 0.5% is 0.5%; “0.5%” typed with its sign is taken without asking', async ({ page }) => {
  const field = occupancy(page);
  await field.fill('0.5');
  await field.press('Tab');
  await page
    .getByRole('group', { name: /did you mean/ })
    .getByRole('button', { name: '0.5%', exact: true })
    .click();
  await expect(field).toHaveValue('0.5');
  await expectFigures(
    page,
    expectedWith((s) => ({ ...s, placements: { ...s.placements!, occupancy: 0.005 } })),
  );

  await field.fill('60');
  await field.press('Enter');
  await field.fill('0.5%');
  await field.press('Enter');
  await expect(page.getByRole('group', { name: /did you mean/ })).toHaveCount(0);
  await expect(field).toHaveValue('0.5');
});

test('“Apr 2022” in the opening month is month 12 and says April 2022; “Mar 2021” is refused, naming the range', async ({ page }) => {
  const field = openingMonth(page);
  await field.fill('Apr 2022');
  await field.press('Enter');
  await expect(field).toHaveValue('12');
  expect(await description(field)).toContain('April 2022');
  await expect(page.getByRole('slider', { name: `Opening month, ${p2.name}`, exact: true })).toHaveAttribute(
    'aria-valuetext',
    'month 12 — April 2022',
  );
  await expectFigures(
    page,
    expectedWith((s) => ({ ...s, openingMonth: 12 })),
  );
  await expect(undoButton(page)).toHaveAccessibleName(`Undo: change opening month of ${p2.name}`);

  const after = await headlineText(page);
  await field.fill('Mar 2021');
  await field.press('Enter');
  await expect(field).toHaveValue('12');
  await expect(messageOf(page, 'Opening month')).toHaveText(
    'Opening month: “Mar 2021” is not between month 0 (April 2021) and month 480 (April 2061). Kept month 12 — April 2022.',
  );
  expect(await headlineText(page)).toBe(after);
});

test.describe('accessibility', () => {
  // The app's Content-Security-Policy (rightly) refuses injected scripts; axe is the test's, not the page's.
  test.use({ bypassCSP: true });

  test('axe-core finds no violations with a refused value’s message and a question showing', async ({ page }) => {
    const beds = page.getByRole('textbox', { name: `Beds, ${p2.name}, exact value`, exact: true });
    await beds.fill('abc');
    await beds.press('Enter');
    await expect(messageOf(page, 'Beds')).toContainText('“abc” is not a number');
    await occupancy(page).fill('0.5');
    await occupancy(page).press('Enter');
    await expect(page.getByRole('group', { name: /did you mean/ })).toBeVisible();
    // off the scheme's toggle the opening click left it on (its hover colours are not this test's)
    await page.mouse.move(0, 0);
    const violations = await axeViolations(page);
    expect(violations).toEqual([]);
  });
});

test.describe('on a phone, 390×844, by touch', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });

  test('a tap below a field whose note is open lands where it was aimed: the note stays open until the finger lifts', async ({ page }) => {
    const horizon = page.getByRole('textbox', { name: /^Horizon, whole scenario/ });
    await horizon.fill('20');
    await horizon.press('Enter');
    await expect(page.getByText('Changed from the preset’s 10 years.')).toBeVisible();
    const whatIf = page.getByRole('button', { name: 'What if… (all schemes)' });
    await whatIf.scrollIntoViewIfNeeded();
    await whatIf.tap();
    await expect(whatIf).toHaveAttribute('aria-expanded', 'true');
    // and once the tap is over, the horizon's note closes, as focus has left it
    await expect(page.getByText('Changed from the preset’s 10 years.')).toBeHidden();
  });
});
