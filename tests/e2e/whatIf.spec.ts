// What if… for all schemes, in a real browser: fee inflation set on every scheme gives the model's own
// figures for that what-if (src/model/whatIf.ts, evaluated here in the test process), names the scheme it
// leaves, and one Ctrl+Z puts back the very headline there was; a delay the same; and axe finds nothing.
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { axeViolations } from './axe.ts';
import { evaluateScenario } from '../../src/model/evaluate.ts';
import { DEFAULT_PRESET_ID, presetById } from '../../src/model/presets/index.ts';
import type { Figures } from '../../src/model/result.ts';
import { applyWhatIf, type WhatIf } from '../../src/model/whatIf.ts';
import { formatMoney } from '../../src/format/money.ts';
import { breakEvenText, paybackText } from '../../src/format/payback.ts';
import { escape, headline, headlineText, openApp } from './libraryPage.ts';

const leics = presetById(DEFAULT_PRESET_ID)!;
const p4 = leics.scenario.schemes.find((s) => s.id === 'p4')!;

const panel = (page: Page): Locator => page.locator('.what-if');
const undoButton = (page: Page) => page.getByRole('button', { name: /^Undo: / });

/** Every headline cell of every row, as the app formats the model's figures for the what-if. */
async function expectHeadline(page: Page, w: WhatIf) {
  const result = evaluateScenario(applyWhatIf(leics.scenario, w).scenario);
  const rows = [...result.schemes.map((s) => [s.name, s.figures] as const), ['Portfolio', result.portfolio.figures] as const];
  for (const [name, f] of rows) {
    const row = headline(page)
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: new RegExp(`^${escape(name)}`) }) });
    for (const [figure, text] of Object.entries(cells(f))) {
      await expect(row.locator(`[data-figure="${figure}"]`), `${name}: ${figure}`).toHaveText(text);
    }
  }
}

function cells(f: Figures): Record<string, string> {
  return {
    totalInvestment: formatMoney(f.totalInvestment),
    annualSavingYear1: formatMoney(f.annualSavingYear1),
    paybackYears: paybackText(f, 'paybackYears'),
    discountedPaybackYears: paybackText(f, 'discountedPaybackYears'),
    npv: formatMoney(f.npv),
    breakEven: breakEvenText(f),
  };
}

async function openPanel(page: Page) {
  const toggle = page.getByRole('button', { name: 'What if… (all schemes)' });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
}

test.beforeEach(async ({ page }) => {
  await openApp(page);
});

test('fee inflation at 8% for all schemes gives the model’s figures, names Property 4, and is one Ctrl+Z', async ({ page }) => {
  const before = await headlineText(page);
  await openPanel(page);
  await expect(panel(page)).toContainText(`${p4.name} has no fees of its own`);
  const field = page.getByRole('textbox', { name: 'Fee inflation, all schemes, exact value in per cent' });
  await field.fill('8');
  await field.press('Enter');

  await expectHeadline(page, { kind: 'feeInflation', rate: 0.08 });
  expect(await headlineText(page)).not.toBe(before);
  await expect(page.getByRole('status').filter({ hasText: 'Set fee inflation to 8% for 4 schemes.' })).toBeAttached();
  await expect(undoButton(page)).toHaveAccessibleName('Undo: set fee inflation to 8% for 4 schemes');

  // out of the text field, where Ctrl+Z is the field's own
  await page.getByRole('slider', { name: 'Fee inflation, all schemes' }).focus();
  await page.keyboard.press('Control+z');
  await expect.poll(() => headlineText(page)).toBe(before);
  await expect(field).toHaveValue('0');
  await expect(undoButton(page)).toHaveAccessibleName('Undo: nothing to undo');
});

test('an opening delay of 12 months is applied on a press and undone', async ({ page }) => {
  const before = await headlineText(page);
  await openPanel(page);
  const months = page.getByRole('textbox', { name: 'Opening delay, all schemes, exact value in months' });
  await months.fill('12');
  await months.press('Enter');
  const press = page.getByRole('button', { name: 'Open every scheme 12 months later' });
  await press.click();
  await expect(page.getByRole('status').filter({ hasText: 'Opened 5 schemes 12 months later.' })).toBeAttached();
  await expectHeadline(page, { kind: 'delay', months: 12 });

  await expect(press).toBeFocused();
  await page.keyboard.press('Control+z');
  await expect.poll(() => headlineText(page)).toBe(before);
});

test.describe('accessibility', () => {
  // The app's Content-Security-Policy (rightly) refuses injected scripts; axe is the test's, not the page's.
  test.use({ bypassCSP: true });

  test('axe-core finds no violations with the panel open and a what-if applied', async ({ page }) => {
    await openPanel(page);
    await page.getByRole('button', { name: 'Add 10% to every capital item' }).click();
    await expect(page.getByRole('status').filter({ hasText: /^Added 10% to the capital of 4 schemes\./ })).toBeAttached();
    const violations = await axeViolations(page);
    expect(violations).toEqual([]);
  });
});
