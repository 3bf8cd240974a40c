// The answer first, in the boardroom (issue #10): on a 1280×720 projector the sentence and the chart stay in view
// while any input moves; the keyboard reaches the chart at once; the figures copy as a table; a phone never
// scrolls sideways. Expected figures come from `npm run evaluate -- leics-2021`, run here as the CLI.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { axeViolations } from './axe.ts';
import { DEFAULT_PRESET_ID, presetById } from '../../src/model/presets/index.ts';
import { formatMonth } from '../../src/format/time.ts';
import type { Output } from '../../src/model/output.ts';

const leics = presetById(DEFAULT_PRESET_ID)!;
const lastScheme = leics.scenario.schemes.at(-1)!;
const p2 = leics.scenario.schemes.find((s) => s.id === 'p2')!;
const root = fileURLToPath(new URL('../../', import.meta.url));

/** `npm run -s evaluate -- leics-2021`, parsed. */
function evaluateCli(): Output {
  const stdout = execFileSync(`${root}node_modules/.bin/tsx`, ['scripts/evaluate.ts', DEFAULT_PRESET_ID], { cwd: root, encoding: 'utf8' });
  return JSON.parse(stdout) as Output;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const sentence = (page: Page) => page.getByTestId('answer-sentence');
const chart = (page: Page) => page.locator('svg[role="application"]');

async function openScheme(page: Page, name: string) {
  const toggle = page.getByRole('button', { name: new RegExp(`${escape(name)}`) }).filter({ has: page.locator('.name') });
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
}

/** The first slider of a scheme's open panel. */
function firstSlider(page: Page, name: string): Locator {
  return page.getByRole('slider', { name: new RegExp(`, ${escape(name)}$`) }).first();
}

/** Fails unless the element's whole box is inside the viewport. */
async function expectInView(page: Page, locator: Locator, what: string) {
  const box = (await locator.boundingBox())!;
  const { width, height } = page.viewportSize()!;
  expect(box, what).not.toBeNull();
  expect(box.y, `${what}: top`).toBeGreaterThanOrEqual(0);
  expect(box.x, `${what}: left`).toBeGreaterThanOrEqual(0);
  expect(box.y + box.height, `${what}: bottom`).toBeLessThanOrEqual(height);
  expect(box.x + box.width, `${what}: right`).toBeLessThanOrEqual(width);
}

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Payback Explorer');
});

test.describe('at 1280×720', () => {
  test.use({ viewport: { width: 1280, height: 720 } });

  test('the sentence and the whole chart stay in view while an input of the last scheme is moved', async ({ page }) => {
    await openScheme(page, lastScheme.name);
    // the page itself has nothing to scroll (hidden text deep in a column once stretched it, and focus scrolled it)
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(720);
    const slider = firstSlider(page, lastScheme.name);
    await slider.focus();
    await expectInView(page, sentence(page), 'the answer sentence');
    await expectInView(page, chart(page), 'the chart');
    const before = await sentence(page).textContent();
    for (let step = 0; step < 6; step++) {
      await page.keyboard.press('ArrowLeft');
      await expectInView(page, sentence(page), `the answer sentence after step ${step + 1}`);
      await expectInView(page, chart(page), `the chart after step ${step + 1}`);
    }
    // And with the mouse: press on the slider and drag it along its track.
    const box = (await slider.boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.2, box.y + box.height / 2);
    await page.mouse.down();
    for (const at of [0.4, 0.6, 0.9]) {
      await page.mouse.move(box.x + box.width * at, box.y + box.height / 2, { steps: 4 });
      await expectInView(page, sentence(page), `the answer sentence while dragging to ${at}`);
      await expectInView(page, chart(page), `the chart while dragging to ${at}`);
    }
    await page.mouse.up();
    await expect(sentence(page)).not.toHaveText(before!);
    // The page itself never scrolled: the inputs scroll in their own panel.
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
  });

  test('the answer sentence says what npm run evaluate says, and is announced once it settles', async ({ page }) => {
    const cli = evaluateCli().portfolio;
    const text = (await sentence(page).textContent())!;
    const match =
      /^The portfolio pays back in ([\d.]+) years \((\w+ \d{4})\); net present value £([\d.]+)m over (\d+) years, to (\w+ \d{4}), at ([\d.]+)%\.$/.exec(
        text,
      );
    expect(match, text).not.toBeNull();
    expect(Number(match![1])).toBe(Number(cli.paybackYears!.toFixed(1)));
    expect(match![2]).toBe(formatMonth(cli.breakEven!));
    expect(Number(match![3])).toBe(Number((cli.npv / 1e6).toFixed(1)));
    expect(Number(match![4])).toBe(leics.scenario.horizonYears);
    // a 10-year horizon from April 2021 ends in March 2031
    expect(match![5]).toBe('March 2031');
    expect(Number(match![6]) / 100).toBe(leics.scenario.discountRate);

    const announced = page.getByTestId('answer-announced');
    await expect(announced).toHaveAttribute('aria-live', 'polite');
    await openScheme(page, p2.name);
    await page.getByRole('slider', { name: `Occupancy, ${p2.name}` }).focus();
    await page.keyboard.press('PageDown');
    await page.keyboard.press('PageDown');
    const moved = (await sentence(page).textContent())!;
    expect(moved).not.toBe(text);
    // Polite and settled: the live region ends up saying what the page says.
    await expect(announced).toHaveText(moved);
  });

  test('the keyboard reaches the chart within five Tab stops, the first being “Skip to the chart”', async ({ page }) => {
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Skip to the chart' })).toBeFocused();
    let stops = 1;
    while (stops < 5 && !(await chart(page).evaluate((svg) => svg === document.activeElement))) {
      await page.keyboard.press('Tab');
      stops += 1;
    }
    await expect(chart(page)).toBeFocused();
    // The skip link itself goes straight there, and leaves the address (where share links travel) alone.
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Payback Explorer');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Skip to the chart' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(chart(page)).toBeFocused();
    expect(new URL(page.url()).hash).toBe('');
  });

  test('copying the headline figures gives rows of tab-separated cells', async ({ page }) => {
    const cli = evaluateCli();
    const copied = await page.getByRole('table', { name: /^Investment, funding and savings/ }).evaluate((table) => {
      const selection = window.getSelection()!;
      const range = document.createRange();
      range.selectNodeContents(table);
      selection.removeAllRanges();
      selection.addRange(range);
      return selection.toString();
    });
    const rows = copied.split('\n').map((line) => line.split('\t'));
    const header = rows.find((cells) => cells[0] === 'Scheme');
    expect(header).toEqual([
      'Scheme',
      'Investment',
      'External funding',
      'Annual saving, first year',
      'Payback, gross',
      'Payback, net of the asset',
      'Payback, discounted',
      'NPV',
      'Break-even',
    ]);
    const portfolio = rows.find((cells) => cells[0] === 'Portfolio')!;
    expect(portfolio).toHaveLength(9);
    expect(portfolio[1]).toBe(`£${cli.portfolio.totalInvestment.toLocaleString('en-GB')}`);
    expect(portfolio[4]).toBe(`${cli.portfolio.paybackYears!.toFixed(2)} years`);
    for (const scheme of cli.schemes)
      expect(
        rows.find((cells) => cells[0] === scheme.name),
        scheme.name,
      ).toHaveLength(9);
  });

  test('a source note opens below its input and pushes the next input down, never over it', async ({ page }) => {
    await openScheme(page, p2.name);
    const occupancy = page.getByRole('slider', { name: `Occupancy, ${p2.name}` });
    const beds = page.getByRole('slider', { name: `Beds, ${p2.name}` });
    const note = page.locator(`[id="${await occupancy.getAttribute('aria-describedby')}"]`);
    await expect(note).toBeHidden();
    const gap = async () => (await beds.boundingBox())!.y - (await occupancy.boundingBox())!.y;
    const gapBefore = await gap();
    await page.locator(`label[for="${await occupancy.getAttribute('id')}"]`).click(); // its label: focuses the slider, changes nothing
    await expect(occupancy).toBeFocused();
    await expect(note).toBeVisible();
    await expect(note).toContainText('assuming 75% occupancy');
    const noteBox = (await note.boundingBox())!;
    const bedsBox = (await beds.boundingBox())!;
    expect(bedsBox.y, 'the next slider starts below the note').toBeGreaterThanOrEqual(noteBox.y + noteBox.height);
    expect(await gap(), 'the next slider moved down, away from this one').toBeGreaterThan(gapBefore);
    await expect(occupancy).toHaveValue('75');
  });

  test('a disabled button looks disabled', async ({ page }) => {
    const look = (button: Locator) =>
      button.evaluate((b) => {
        const style = getComputedStyle(b);
        return { cursor: style.cursor, color: style.color, opacity: style.opacity };
      });
    // Nothing is saved yet, so the whole library cannot be exported.
    const disabled = page.getByRole('button', { name: 'Export all saved scenarios' });
    await expect(disabled).toBeDisabled();
    const enabled = await look(page.getByRole('button', { name: 'Export this scenario' }));
    const greyed = await look(disabled);
    expect(greyed.cursor).toBe('not-allowed');
    expect(greyed.color).not.toBe(enabled.color);
    expect(Number(greyed.opacity)).toBeLessThan(1);
  });
});

test.describe('at 1366×768', () => {
  test.use({ viewport: { width: 1366, height: 768 } });

  test('the headline figures need no sideways scroll, and the chart and sentence are in view', async ({ page }) => {
    await openScheme(page, p2.name);
    const region = page.getByRole('region', { name: 'Headline figures table' });
    const { scrollWidth, clientWidth } = await region.evaluate((el) => ({ scrollWidth: el.scrollWidth, clientWidth: el.clientWidth }));
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
    const portfolio = page.getByRole('table', { name: /^Investment, funding and savings/ }).locator('tfoot tr');
    for (const figure of [
      'totalInvestment',
      'annualSavingYear1',
      'paybackYears',
      'netPaybackYears',
      'discountedPaybackYears',
      'npv',
      'breakEven',
    ]) {
      const box = (await portfolio.locator(`[data-figure="${figure}"]`).boundingBox())!;
      expect(box.x + box.width, figure).toBeLessThanOrEqual(1366);
    }
    await expectInView(page, sentence(page), 'the answer sentence');
    await expectInView(page, chart(page), 'the chart');
  });
});

test.describe('on a phone, 390×844', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the page never scrolls sideways with a scheme open, and the sentence and chart come before the inputs', async ({ page }) => {
    await openScheme(page, p2.name);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const firstInput = (await page.getByRole('slider').first().boundingBox())!;
    const chartBox = (await chart(page).boundingBox())!;
    const sentenceBox = (await sentence(page).boundingBox())!;
    expect(sentenceBox.y).toBeLessThan(chartBox.y);
    expect(chartBox.y + chartBox.height).toBeLessThanOrEqual(firstInput.y);
  });
});

test.describe('accessibility', () => {
  // The app's Content-Security-Policy (rightly) refuses injected scripts; axe is the test's, not the page's.
  test.use({ bypassCSP: true });

  for (const viewport of [
    { width: 1280, height: 720 },
    { width: 390, height: 844 },
  ]) {
    test(`axe-core finds no violations at ${viewport.width}×${viewport.height} with a scheme open`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await openScheme(page, lastScheme.name);
      await firstSlider(page, lastScheme.name).focus();
      const violations = await axeViolations(page);
      expect(violations).toEqual([]);
    });
  }
});
