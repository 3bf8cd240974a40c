// Presentation mode (issue #10): in front of a board on a 1280×720 projector, by the keyboard alone — P to enter,
// ] and [ through the schemes, 0 for the portfolio, a pinned input moved by its arrows, Escape to leave — with no
// text under 24 px, no curve label cut off, the sentence and the plot in view; and axe-clean in presentation,
// high contrast and the dark theme.
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { axeViolations } from './axe.ts';
import { DEFAULT_PRESET_ID, presetById } from '../../src/model/presets/index.ts';

const leics = presetById(DEFAULT_PRESET_ID)!;
const enabled = leics.scenario.schemes.filter((s) => s.enabled);
const first = enabled[0]!;

const presentation = (page: Page) => page.getByTestId('presentation');
const showing = (page: Page) => page.getByTestId('present-showing');
const sentence = (page: Page) => page.getByTestId('answer-sentence');
const chart = (page: Page) => page.locator('svg[role="application"]');

async function enter(page: Page) {
  await page.keyboard.press('p');
  await expect(presentation(page)).toBeVisible();
}

/** Pins the first scheme's occupancy from the list, by the keyboard. */
async function pinOccupancy(page: Page) {
  const list = page.getByLabel('Show an input');
  await list.focus();
  await page.keyboard.press('ArrowDown'); // the first input of the first scheme: its occupancy
  await expect(list).toHaveValue(`${first.id}|placements.occupancy`);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Show', exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  const slider = page.getByRole('slider', { name: `Occupancy, ${first.name}`, exact: true });
  await expect(slider).toBeFocused();
  return slider;
}

/** Every visible text's font size, smallest first: text nodes whose parent is rendered and more than a pixel. */
function textSizes(page: Page) {
  return page.evaluate(() => {
    const found: { px: number; text: string }[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent!.trim();
      const parent = node.parentElement;
      if (!text || !parent || !parent.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue;
      const box = parent.getBoundingClientRect();
      // 1×1 px, clipped: the visually hidden helper text for screen readers, never seen.
      if (box.width <= 1 || box.height <= 1) continue;
      found.push({ px: parseFloat(getComputedStyle(parent).fontSize), text: text.slice(0, 40) });
    }
    return found.sort((a, b) => a.px - b.px);
  });
}

/** Every curve's end label whose box is not wholly inside the chart's SVG. */
function labelsCutOff(page: Page) {
  return chart(page).evaluate((svg) => {
    const outer = svg.getBoundingClientRect();
    return [...svg.querySelectorAll('.end-labels text')]
      .map((t) => ({ text: t.textContent!.trim(), box: t.getBoundingClientRect() }))
      .filter(({ box }) => box.left < outer.left || box.right > outer.right || box.top < outer.top || box.bottom > outer.bottom)
      .map(
        ({ text, box }) =>
          `${text}: ${Math.round(box.left)}–${Math.round(box.right)} in ${Math.round(outer.left)}–${Math.round(outer.right)}`,
      );
  });
}

async function expectInView(page: Page, what: string, locator: ReturnType<Page['locator']>) {
  const box = (await locator.boundingBox())!;
  expect(box.x, `${what}: left`).toBeGreaterThanOrEqual(0);
  expect(box.y, `${what}: top`).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width, `${what}: right`).toBeLessThanOrEqual(1280);
  expect(box.y + box.height, `${what}: bottom`).toBeLessThanOrEqual(720);
}

test.use({ viewport: { width: 1280, height: 720 } });

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Payback Explorer');
});

test('by the keyboard alone: P enters, ] and [ step through the schemes, 0 is the portfolio, a pinned input moves by its arrows, Escape leaves', async ({
  page,
}) => {
  const present = page.getByRole('button', { name: 'Present' });
  await expect(present).toHaveAttribute('aria-keyshortcuts', 'P');
  await enter(page);
  await expect(present).toBeHidden();
  await expect(showing(page)).toHaveText('Portfolio');
  await expect(chart(page).locator('path.dimmed')).toHaveCount(0);

  await page.keyboard.press(']');
  await expect(showing(page)).toHaveText(first.name);
  // That scheme's curve is picked out and every other curve dimmed.
  await expect(chart(page).locator('.curves path.picked')).toHaveCount(1);
  await expect(chart(page).locator('.curves path.dimmed')).toHaveCount(enabled.length);
  await page.keyboard.press(']');
  await expect(showing(page)).toHaveText(enabled[1]!.name);
  await page.keyboard.press('[');
  await expect(showing(page)).toHaveText(first.name);
  await page.keyboard.press('0');
  await expect(showing(page)).toHaveText('Portfolio');
  await expect(chart(page).locator('.curves path.dimmed')).toHaveCount(0);
  // The keys are on screen.
  await expect(page.getByRole('region', { name: 'Keys' })).toContainText('] next scheme');

  // The first scheme picked out, its occupancy pinned and moved down by its arrow keys: its figures follow.
  await page.keyboard.press(']');
  const slider = await pinOccupancy(page);
  const payback = presentation(page).locator('[data-figure="Payback"]');
  const npv = presentation(page).locator('[data-figure="NPV"]');
  const before = { payback: await payback.textContent(), npv: await npv.textContent(), value: await slider.inputValue() };
  for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowLeft');
  expect(Number(await slider.inputValue())).toBe(Number(before.value) - 10);
  await expect(payback).not.toHaveText(before.payback!);
  await expect(npv).not.toHaveText(before.npv!);
  await expect(showing(page)).toHaveText(first.name);
  // An ordinary edit of the scenario: Ctrl+Z takes it back.
  await page.keyboard.press('Control+z');
  await expect(npv).toHaveText(before.npv!);
  await expect(slider).toHaveValue(before.value);

  await page.keyboard.press('Escape');
  await expect(presentation(page)).toBeHidden();
  await expect(present).toBeFocused();
  expect(await page.evaluate(() => document.fullscreenElement)).toBeNull();
});

test('the screen goes full where the browser allows it, and leaving full screen by the browser leaves presentation mode', async ({
  page,
}) => {
  await enter(page);
  await expect.poll(() => page.evaluate(() => document.fullscreenElement === document.documentElement)).toBe(true);
  // The browser's own way out (its Escape, or F11): presentation mode follows.
  await page.evaluate(() => document.exitFullscreen());
  await expect(presentation(page)).toBeHidden();
  await expect(page.getByRole('button', { name: 'Present' })).toBeVisible();
});

test('P is left to a text field; Escape in a typed value does not leave', async ({ page }) => {
  await enter(page);
  await pinOccupancy(page);
  const exact = page.getByRole('textbox', {
    name: new RegExp(`^Occupancy, ${first.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}, exact value`),
  });
  await exact.focus();
  await page.keyboard.press('p');
  await page.keyboard.press('Escape');
  await expect(presentation(page)).toBeVisible();
});

for (const picked of ['the portfolio', 'a scheme picked out, an input pinned']) {
  test(`at 1280×720 with ${picked}: no text under 24 px, no curve label cut off, the sentence and the plot in view`, async ({ page }) => {
    await enter(page);
    if (picked !== 'the portfolio') {
      await page.keyboard.press(']');
      await pinOccupancy(page);
    }
    const sizes = await textSizes(page);
    expect(sizes.length).toBeGreaterThan(20);
    expect(sizes.filter((s) => s.px < 24)).toEqual([]);
    expect(await labelsCutOff(page)).toEqual([]);
    await expect(chart(page).locator('.end-labels text')).toHaveCount(enabled.length + 1);
    await expectInView(page, 'the answer sentence', sentence(page));
    await expectInView(page, 'the chart', chart(page));
    // The chart fills the screen's width beside the inputs and most of its height.
    const box = (await chart(page).boundingBox())!;
    expect(box.width).toBeGreaterThan(800);
    expect(box.height).toBeGreaterThan(300);
  });
}

test('with three inputs pinned at 1280×720, the list to show another stays in view, and so does the one just pinned', async ({ page }) => {
  await enter(page);
  const list = page.getByLabel('Show an input');
  const values = await list.locator('option').evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
  for (const value of [values[0]!, values[3]!, values[6]!]) {
    await list.selectOption(value);
    await page.getByRole('button', { name: 'Show', exact: true }).click();
    const slider = page.locator('.pin input[type="range"]').last();
    await expect(slider).toBeFocused();
    await expectInView(page, 'the input just pinned', slider);
    await expectInView(page, 'the list of inputs', list);
    // and not under the list, which is held at the top of the column as it scrolls
    const label = page.locator('.pin label').last();
    expect((await label.boundingBox())!.y).toBeGreaterThanOrEqual(
      (await page.locator('.pick').boundingBox())!.y + (await page.locator('.pick').boundingBox())!.height - 1,
    );
  }
  await expect(page.locator('.pin')).toHaveCount(3);
  // taken off, each by its button: the focus goes to the list to show another from, never to the page
  for (const left of [2, 1, 0]) {
    await page
      .locator('.pin')
      .first()
      .getByRole('button', { name: /^Take off: / })
      .click();
    await expect(page.locator('.pin')).toHaveCount(left);
    await expect(list).toBeFocused();
  }
});

test.describe('on a phone, 390×844', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('presentation mode is one column in reading order: no part over another, no sideways scroll', async ({ page }) => {
    await page.getByRole('button', { name: 'Present' }).click();
    await expect(presentation(page)).toBeVisible();
    await pinOccupancy(page);
    const parts = await presentation(page).evaluate((box) =>
      ['.sentence', '.tools', '.figures', '.chart', '.side', '.keys'].map((part) => {
        const r = box.querySelector(part)!.getBoundingClientRect();
        return { part, top: r.top, bottom: r.bottom, height: r.height };
      }),
    );
    for (const [i, { part, height }] of parts.entries()) {
      expect(height, `${part} has a height`).toBeGreaterThan(0);
      if (i > 0) expect(parts[i - 1]!.bottom, `${parts[i - 1]!.part} ends above ${part}`).toBeLessThanOrEqual(parts[i]!.top);
    }
    expect(await presentation(page).evaluate((box) => box.scrollWidth - box.clientWidth)).toBe(0);
  });

  test('the chart keeps room to plot: its curves span more than half its width, not 45 px beside doubled labels', async ({ page }) => {
    await page.getByRole('button', { name: 'Present' }).click();
    const svg = presentation(page).locator('.chart svg');
    await expect(svg).toBeVisible();
    const [plot, chart] = await svg.evaluate((el) => {
      const ticks = [...el.querySelectorAll('.axis-x .tick')].map((t) => t.getBoundingClientRect().x);
      return [Math.max(...ticks) - Math.min(...ticks), el.getBoundingClientRect().width];
    });
    expect(plot).toBeGreaterThan(chart / 2);
  });
});

test('in the normal view at 1280×720 no curve label is cut off either', async ({ page }) => {
  expect(await labelsCutOff(page)).toEqual([]);
});

test.describe('accessibility', () => {
  test.use({ bypassCSP: true });

  test('axe-core finds no violations in presentation mode, with an input pinned', async ({ page }) => {
    await enter(page);
    await pinOccupancy(page);
    expect(await axeViolations(page)).toEqual([]);
  });

  test('axe-core finds no violations in high contrast, which is black on white', async ({ page }) => {
    await enter(page);
    await page.keyboard.press('h');
    await expect(page.getByRole('button', { name: 'High contrast' })).toHaveAttribute('aria-pressed', 'true');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'contrast');
    const colours = await presentation(page).evaluate((el) => [getComputedStyle(el).color, getComputedStyle(el).backgroundColor]);
    expect(colours).toEqual(['rgb(0, 0, 0)', 'rgb(255, 255, 255)']);
    await page.keyboard.press(']');
    await pinOccupancy(page);
    expect(await axeViolations(page)).toEqual([]);
    // Leaving, the normal view is back in its own theme.
    await page.keyboard.press('Escape');
    await expect(page.locator('html')).not.toHaveAttribute('data-theme', 'contrast');
  });

  test.describe('dark', () => {
    test.use({ colorScheme: 'dark' });

    test('the normal view follows the system into a dark theme, and axe-core finds no violations there or presenting', async ({ page }) => {
      const colours = await page.locator('html').evaluate((el) => getComputedStyle(el).backgroundColor);
      expect(colours).toBe('rgb(17, 18, 19)');
      expect(await axeViolations(page)).toEqual([]);
      await enter(page);
      await page.keyboard.press(']');
      expect(await axeViolations(page)).toEqual([]);
    });
  });
});
