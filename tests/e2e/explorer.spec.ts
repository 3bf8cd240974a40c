// The live explorer in a real browser, against the built app. Expected figures come from the model itself,
// imported here in the test process, and the app's own formatters: what `npm run evaluate -- leics-2021` gives.
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { axeViolations } from './axe.ts';
import { evaluateScenario } from '../../src/model/evaluate.ts';
import { presetById, PRESETS, DEFAULT_PRESET_ID } from '../../src/model/presets/index.ts';
import type { Figures } from '../../src/model/result.ts';
import type { Scenario } from '../../src/model/scenario.ts';
import { formatMoney, formatYears } from '../../src/format/money.ts';
import { breakEvenText, paybackText } from '../../src/format/payback.ts';

const leics = presetById(DEFAULT_PRESET_ID)!;
const p2 = leics.scenario.schemes.find((s) => s.id === 'p2')!;

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** What each headline cell should read, formatted exactly as the app formats the model's figures. */
function expectedCells(f: Figures): Record<string, string> {
  return {
    totalInvestment: formatMoney(f.totalInvestment),
    externalFunding: formatMoney(f.externalFunding),
    annualSavingYear1: formatMoney(f.annualSavingYear1),
    paybackYears: paybackText(f, 'paybackYears'),
    netPaybackYears: paybackText(f, 'netPaybackYears'),
    discountedPaybackYears: paybackText(f, 'discountedPaybackYears'),
    npv: formatMoney(f.npv),
    breakEven: breakEvenText(f),
  };
}

function figuresRow(page: Page, name: string): Locator {
  const table = page.getByRole('table', { name: /^Investment, funding and savings/ });
  return table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: new RegExp(`^${escape(name)}`) }) });
}

const cell = (row: Locator, figure: string) => row.locator(`[data-figure="${figure}"]`);

async function expectFigures(page: Page, name: string, figures: Figures) {
  const row = figuresRow(page, name);
  for (const [figure, text] of Object.entries(expectedCells(figures))) {
    await expect(cell(row, figure), `${name}: ${figure}`).toHaveText(text);
  }
}

function withScheme(scenario: Scenario, id: string, change: (s: Scenario['schemes'][number]) => Scenario['schemes'][number]): Scenario {
  return { ...scenario, schemes: scenario.schemes.map((s) => (s.id === id ? change(s) : s)) };
}

async function openScheme(page: Page, name: string) {
  const toggle = page.getByRole('button', { name: new RegExp(`${escape(name)}`) }).filter({ has: page.locator('.name') });
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
}

/** The chart's curve for a scheme: curves are drawn in scenario order, enabled schemes only, the portfolio last. */
function curvePath(page: Page, index: number): Locator {
  return page.locator('svg[role="application"] g.curves path').nth(index);
}

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Payback Explorer');
});

test('the default scenario’s figures on screen are the model’s (npm run evaluate -- leics-2021)', async ({ page }) => {
  const result = evaluateScenario(leics.scenario);
  for (const scheme of result.schemes) await expectFigures(page, scheme.name, scheme.figures);
  await expectFigures(page, 'Portfolio', result.portfolio.figures);
});

test('moving “Occupancy, Property 2 — …” with the keyboard changes its payback and its curve', async ({ page }) => {
  await openScheme(page, p2.name);
  const slider = page.getByRole('slider', { name: `Occupancy, ${p2.name}` });
  const curve = curvePath(page, leics.scenario.schemes.indexOf(p2));
  const pathBefore = await curve.getAttribute('d');
  const paybackBefore = await cell(figuresRow(page, p2.name), 'paybackYears').textContent();

  await slider.focus();
  await page.keyboard.press('ArrowLeft'); // 75 % → 74 %
  await page.keyboard.press('PageDown'); // a tenth of the range: → 64 %
  await expect(slider).toHaveValue('64');

  const moved = evaluateScenario(withScheme(leics.scenario, 'p2', (s) => ({ ...s, placements: { ...s.placements!, occupancy: 0.64 } })));
  await expectFigures(page, p2.name, moved.schemes[1]!.figures);
  await expectFigures(page, 'Portfolio', moved.portfolio.figures);
  expect(await cell(figuresRow(page, p2.name), 'paybackYears').textContent()).not.toBe(paybackBefore);
  await expect(curve).not.toHaveAttribute('d', pathBefore!);

  await page.keyboard.press('Home');
  await expect(slider).toHaveValue('0');
  await expect(cell(figuresRow(page, p2.name), 'paybackYears')).toHaveText(
    formatYears(
      evaluateScenario(withScheme(leics.scenario, 'p2', (s) => ({ ...s, placements: { ...s.placements!, occupancy: 0 } }))).schemes[1]!
        .figures.paybackYears,
    ),
  );
  // Property 2's occupancy is the report's; once moved, it says so.
  await expect(slider.locator('xpath=ancestor::div[contains(@class, "input-row")]')).toContainText('Changed');
});

test('switching a scheme off changes the portfolio', async ({ page }) => {
  await page.getByRole('checkbox', { name: `In the portfolio: ${p2.name}` }).uncheck();
  const without = evaluateScenario(withScheme(leics.scenario, 'p2', (s) => ({ ...s, enabled: false })));
  await expectFigures(page, 'Portfolio', without.portfolio.figures);
  await expect(figuresRow(page, p2.name)).toContainText('left out of the portfolio');
  // One curve fewer: four schemes and the portfolio.
  await expect(page.locator('svg[role="application"] g.curves path')).toHaveCount(leics.scenario.schemes.length);
});

test('a typed bad value shows its message beside the field and changes nothing', async ({ page }) => {
  await openScheme(page, p2.name);
  const field = page.getByRole('textbox', { name: `Occupancy, ${p2.name}, exact value in per cent` });
  const figuresBefore = await page.getByRole('table', { name: /^Investment, funding and savings/ }).innerText();
  const pathsBefore = await page.locator('svg[role="application"] g.curves path').evaluateAll((ps) => ps.map((p) => p.getAttribute('d')));

  for (const bad of ['150', 'lots', '']) {
    await field.fill(bad);
    await field.press('Enter');
    const message = page.locator('[aria-live="polite"]').filter({ hasText: 'Occupancy' });
    await expect(message).toBeVisible();
    await expect(message).toContainText('Kept 75%');
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await expect(field).toHaveValue('75');
  }
  await expect(page.getByRole('slider', { name: `Occupancy, ${p2.name}` })).toHaveValue('75');
  expect(await page.getByRole('table', { name: /^Investment, funding and savings/ }).innerText()).toBe(figuresBefore);
  expect(await page.locator('svg[role="application"] g.curves path').evaluateAll((ps) => ps.map((p) => p.getAttribute('d')))).toEqual(
    pathsBefore,
  );

  // A good value then goes through, and the message goes.
  await field.fill('80');
  await field.press('Enter');
  await expect(page.locator('[aria-live="polite"]').filter({ hasText: 'Occupancy' })).toHaveCount(0);
  await expect(page.getByRole('slider', { name: `Occupancy, ${p2.name}` })).toHaveValue('80');
});

test('switching presets shows that preset’s schemes', async ({ page }) => {
  const picker = page.getByRole('combobox', { name: 'Preset' });
  for (const preset of PRESETS) {
    await picker.selectOption(preset.id);
    const result = evaluateScenario(preset.scenario);
    const rows = page.getByRole('table', { name: /^Investment, funding and savings/ }).getByRole('rowheader');
    await expect(rows).toHaveText([...preset.scenario.schemes.map((s) => new RegExp(`^${escape(s.name)}`)), 'Portfolio']);
    await expectFigures(page, 'Portfolio', result.portfolio.figures);
  }
});

test('an input shows where it came from on a click of its label and on keyboard focus', async ({ page }) => {
  await openScheme(page, p2.name);
  const slider = page.getByRole('slider', { name: `Occupancy, ${p2.name}` });
  const noteId = await slider.getAttribute('aria-describedby');
  const note = page.locator(`[id="${noteId}"]`);
  await expect(note).toBeHidden();
  // The note opens in the flow, below its input, so hovering (which would shift the inputs under the pointer) does not open it.
  await page.locator(`label[for="${await slider.getAttribute('id')}"]`).click();
  await expect(note).toBeVisible();
  await expect(note).toContainText('paragraph 14b');
  await expect(note).toContainText('assuming 75% occupancy');
  await page.getByRole('slider', { name: `Beds, ${p2.name}` }).focus();
  await expect(note).toBeHidden();
  await slider.focus();
  await expect(note).toBeVisible();
});

test.describe('accessibility', () => {
  // The app's Content-Security-Policy (rightly) refuses injected scripts; axe is the test's, not the page's.
  test.use({ bypassCSP: true });

  test('axe-core finds no violations on the main view', async ({ page }) => {
    // The view with everything it can show: an open scheme, a changed input, a refused value, the yearly table.
    await openScheme(page, p2.name);
    await page.getByRole('slider', { name: `Occupancy, ${p2.name}` }).press('ArrowRight');
    const beds = page.getByRole('textbox', { name: `Beds, ${p2.name}, exact value` });
    await beds.fill('2.5');
    await beds.press('Enter');
    await expect(page.locator('[aria-live="polite"]').filter({ hasText: '“2.5” is not a whole number' })).toBeVisible();
    await page.getByText('Table by financial year').click();
    const violations = await axeViolations(page);
    expect(violations).toEqual([]);
  });
});
