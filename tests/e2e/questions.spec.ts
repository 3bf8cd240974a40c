// The board's questions in a real browser: the break-even finder's answer, applied, puts the payback the model
// gives for it in the headline figures (the target, 3 years), and one Ctrl+Z puts back the headline there was; a
// target out of reach is said in words; the tornado's first bar and row name the input the model (run here, in
// the test process) says matters most; and axe finds nothing with both panels open and showing results.
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { axeViolations } from './axe.ts';
import { escape, headline, headlineText, openApp } from './libraryPage.ts';
import { evaluateScenario } from '../../src/model/evaluate.ts';
import { DEFAULT_PRESET_ID, presetById } from '../../src/model/presets/index.ts';
import { inputName, resolveInput, withValue, type SearchInput } from '../../src/model/questions/inputs.ts';
import { tornado } from '../../src/model/questions/sensitivity.ts';
import { solve } from '../../src/model/questions/solve.ts';
import { inputLabels } from '../../src/fields/questionInputs.ts';
import { paybackText } from '../../src/format/payback.ts';

const leics = presetById(DEFAULT_PRESET_ID)!.scenario;
const p1 = leics.schemes.find((s) => s.id === 'p1')!;
const p2 = leics.schemes.find((s) => s.id === 'p2')!;
const occupancy = resolveInput(leics, { scheme: 'p2' }, 'placements.occupancy') as SearchInput;

const finder = (page: Page) => page.getByRole('region', { name: 'Find the break-even' });
const sensitivity = (page: Page) => page.getByRole('region', { name: 'Which assumption matters most?' });
const p2Payback = (page: Page) =>
  headline(page)
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: new RegExp(`^${escape(p2.name)}`) }) })
    .locator('[data-figure="paybackYears"]');

async function findOccupancy(page: Page, years: string) {
  await page.getByRole('button', { name: 'Find the break-even' }).click();
  await finder(page).getByLabel('For', { exact: true }).selectOption('p2');
  await finder(page).getByLabel('Input', { exact: true }).selectOption('placements.occupancy');
  await finder(page).getByLabel('Years', { exact: true }).fill(years);
  await finder(page).getByRole('button', { name: 'Find', exact: true }).click();
}

test.beforeEach(async ({ page }) => {
  await openApp(page);
});

test('the occupancy Property 2 needs for a 3-year payback, applied, gives 3 years; Ctrl+Z puts the headline back', async ({ page }) => {
  const answer = solve(leics, { scope: { scheme: 'p2' }, input: occupancy, target: { name: 'paybackYears', value: 3 } });
  expect(answer.reached).toBe(true);
  const expected = paybackText(
    evaluateScenario(withValue(leics, occupancy, answer.value)).schemes.find((s) => s.id === 'p2')!.figures,
    'paybackYears',
  );
  expect(expected).toBe('3 years');
  const before = await headlineText(page);
  await expect(p2Payback(page)).not.toHaveText(expected);

  await findOccupancy(page, '3');
  const percent = `${(answer.value * 100).toFixed(2).replace(/\.?0+$/, '')}%`;
  await expect(finder(page).getByRole('status')).toHaveText(`Occupancy of ${p2.name}: 75% now; ${percent} gives a payback of 3 years.`);
  await finder(page)
    .getByRole('button', { name: `Apply ${percent}` })
    .click();
  await expect(p2Payback(page)).toHaveText(expected);
  // its button gone, the focus is on the answer, not dropped to the page
  await expect(finder(page).getByRole('status')).toBeFocused();
  // the finder works its question out again for the scenario as it now is: today's value is the answer
  await expect(finder(page).getByRole('status')).toHaveText(
    `Occupancy of ${p2.name}: ${percent} now; ${percent} gives a payback of 3 years.`,
  );

  await page.keyboard.press('Control+z');
  await expect.poll(() => headlineText(page)).toBe(before);
});

test('a target the finder cannot read marks its field and describes it with what is wrong', async ({ page }) => {
  await page.getByRole('button', { name: 'Find the break-even' }).click();
  const years = finder(page).getByLabel('Years', { exact: true });
  await years.fill('');
  // emptied, it is not yet wrong: Find waits, and nothing is said
  await expect(years).toHaveAttribute('aria-invalid', 'false');
  await expect(finder(page).getByRole('button', { name: 'Find', exact: true })).toBeDisabled();
  await years.fill('soon');
  await expect(years).toHaveAttribute('aria-invalid', 'true');
  await expect(years).toHaveAccessibleDescription('Type the payback in years, such as 3.');
  await expect(finder(page).getByRole('button', { name: 'Find', exact: true })).toBeDisabled();
  await years.fill('3');
  await expect(years).toHaveAttribute('aria-invalid', 'false');
  await expect(years).toHaveAccessibleDescription('');
});

test('a payback out of reach is said in words, with the range and the best there is', async ({ page }) => {
  await findOccupancy(page, '0.5');
  await expect(finder(page).getByRole('status')).toContainText(
    `A payback of 0.5 years is not reachable within this input's range (0% to 100%); the best is 100%, giving a payback of`,
  );
});

test('an input that does not move the payback at all is said to need another: the discount rate and a gross payback', async ({ page }) => {
  await page.getByRole('button', { name: 'Find the break-even' }).click();
  // the finder starts on an input that moves a payback, its list grouped as the schemes are
  const list = finder(page).getByLabel('Input', { exact: true });
  await expect(list.locator('option:checked')).toHaveText(`Occupancy of ${p1.name}`);
  await expect(list.locator('optgroup').first()).toHaveAttribute('label', 'Whole scenario');
  await expect(list.locator(`optgroup[label="${p2.name}"] option`).first()).toHaveText(new RegExp(` of ${escape(p2.name)}$`));
  await finder(page).getByLabel('Input', { exact: true }).selectOption({ label: 'Discount rate' });
  await finder(page).getByLabel('Years', { exact: true }).fill('3');
  await finder(page).getByRole('button', { name: 'Find', exact: true }).click();
  await expect(finder(page).getByRole('status')).toContainText(
    /^Discount rate: 3\.5% now\. At either end of its range \(−50% and 100%\) it leaves a payback of [\d.]+ years, as now, so it cannot give a payback of 3 years: choose another input\.$/,
  );
});

test('two schemes of one name each keep their group of inputs in the finder', async ({ page }) => {
  const toggle = page.locator('[data-scheme-id="p2"] .toggle');
  await toggle.click();
  const name = page.getByRole('textbox', { name: `Name, ${p2.name}` });
  await name.fill(p1.name);
  await name.press('Enter');
  await page.getByRole('button', { name: 'Find the break-even' }).click();
  await expect(finder(page).getByLabel('Input', { exact: true }).locator(`optgroup[label="${p1.name}"]`)).toHaveCount(2);
});

test('the tornado’s first bar and row name the input the model says matters most, worked out in the worker', async ({ page }) => {
  const expected = tornado(leics, 'portfolio').rows[0]!;
  const label = inputLabels(leics)({ scheme: expected.scheme, path: expected.input }).label;
  const warnings: string[] = [];
  page.on('console', (message) => void (message.type() === 'warning' && warnings.push(message.text())));
  const worker = page.waitForEvent('worker');
  await page.getByRole('button', { name: 'Which assumption matters most?' }).click();
  // the built app's questions worker, from the model's own chunk (src/worker/questionsWorker.ts)
  expect((await worker).url()).toMatch(/\/assets\/questionsWorker-[\w-]+\.js$/);
  const table = sensitivity(page).getByRole('table', { name: /moved down and up/ });
  await expect(table.locator('tbody tr').first().getByRole('rowheader')).toHaveText(label);
  await expect(sensitivity(page).locator('svg g[data-input]').first()).toHaveAttribute(
    'data-input',
    `${expected.scheme} ${expected.input}`,
  );
  await expect(sensitivity(page).locator('svg g[data-input]').first()).toContainText(label);
  await expect(table.locator('tbody tr')).toHaveCount(10);
  await sensitivity(page)
    .getByRole('button', { name: /^Show all \d+ inputs$/ })
    .click();
  await expect(table.locator('tbody tr')).toHaveCount(tornado(leics, 'portfolio').rows.length);
  // answered by the worker, not by the page's fallback (which says why it had to step in)
  expect(warnings.filter((w) => /worker/.test(w))).toEqual([]);
});

test('the tornado of one scheme, chosen in the panel, is the model’s: the scope crosses to the worker', async ({ page }) => {
  const expected = tornado(leics, { scheme: 'p2' }).rows;
  const label = (i: number) => inputLabels(leics)({ scheme: expected[i]!.scheme, path: expected[i]!.input }).label;
  await page.getByRole('button', { name: 'Which assumption matters most?' }).click();
  await sensitivity(page).getByLabel('For', { exact: true }).selectOption('p2');
  const table = sensitivity(page).getByRole('table', { name: /moved down and up/ });
  await expect(table.locator('tbody tr').first().getByRole('rowheader')).toHaveText(label(0));
  await expect(table.locator('tbody tr').nth(1).getByRole('rowheader')).toHaveText(label(1));
  await expect(sensitivity(page).getByText(/^Working/)).toHaveCount(0);
});

test('low and high values typed for one input take the place of its step, as the model ranks them', async ({ page }) => {
  // Property 3's do-nothing cost from £100,000 to £1m: wide enough to rank first, where its ±10 % ranks second
  const doNothing = resolveInput(leics, 'portfolio', 'p3.block.doNothingAnnualCost') as SearchInput;
  const values = new Map([[inputName('portfolio', doNothing), { low: 100_000, high: 1_000_000 }]]);
  const expected = tornado(leics, 'portfolio', { values }).rows[0]!;
  expect(tornado(leics, 'portfolio').rows[0]!.input).not.toBe(expected.input);
  const label = inputLabels(leics)({ scheme: expected.scheme, path: expected.input }).label;
  await page.getByRole('button', { name: 'Which assumption matters most?' }).click();
  await sensitivity(page).getByText('Your own low and high values for some inputs').click();
  const own = sensitivity(page).getByRole('group', { name: /^Your own low and high values/ });
  // the list shows the input its values would go to from the start, never a blank one
  expect(await own.getByLabel('Input').evaluate((select: HTMLSelectElement) => select.selectedIndex)).toBe(0);
  await own.getByLabel('Input').selectOption({ label: inputLabels(leics)(doNothing).label });
  await own.getByLabel('Low').fill('abc');
  await own.getByRole('button', { name: 'Use these' }).click();
  await expect(own.getByRole('alert')).toContainText('abc');
  await own.getByLabel('Low').fill('£100,000');
  await own.getByLabel('High').fill('1m');
  await own.getByRole('button', { name: 'Use these' }).click();
  await expect(own.getByRole('listitem')).toHaveText(/£100,000 to £1,000,000/);
  const table = sensitivity(page).getByRole('table', { name: /moved down and up/ });
  await expect(table.locator('tbody tr').first().getByRole('rowheader')).toHaveText(label);
  // taken back: the row and its button go, the focus goes to the list of inputs
  await own.getByRole('button', { name: /^Remove/ }).click();
  await expect(own.getByRole('listitem')).toHaveCount(0);
  await expect(own.getByLabel('Input')).toBeFocused();
});

test('the switching values button keeps the focus while they are worked out', async ({ page }) => {
  await page.getByRole('button', { name: 'Which assumption matters most?' }).click();
  const button = sensitivity(page).getByRole('button', { name: 'Work out switching values' });
  await button.focus();
  await page.keyboard.press('Enter');
  await expect(sensitivity(page).getByRole('table', { name: /at which the answer switches/ })).toBeVisible({ timeout: 30_000 });
  await expect(sensitivity(page).getByRole('button', { name: 'Work out switching values again' })).toBeFocused();
});

test('a step typed that is refused leaves the tornado and its heading as they were worked out', async ({ page }) => {
  await page.getByRole('button', { name: 'Which assumption matters most?' }).click();
  const heading = sensitivity(page).getByRole('heading', { name: /down and up/ });
  // leics-2021's beds (3) move to 2 and 4, a third, not a tenth: the heading says so
  await expect(heading).toHaveText(
    'Payback (gross): each input 10% down and up, a whole number (beds, months) by at least one, the largest effect first',
  );
  await sensitivity(page).getByLabel('Move each input by (%)').fill('abc');
  await expect(sensitivity(page).getByText('Type a step between 0 and 100 per cent, such as 10.')).toBeVisible();
  await expect(heading).toHaveText(/each input 10% down and up/);
  await sensitivity(page).getByLabel('Move each input by (%)').fill('20');
  await expect(heading).toHaveText(/each input 20% down and up/);
});

test('no text on the page is under 12 px, with the questions open and answered and the chart marking its break-evens', async ({ page }) => {
  await page.getByRole('button', { name: 'Which assumption matters most?' }).click();
  await expect(sensitivity(page).getByRole('table', { name: /moved down and up/ })).toBeVisible();
  await sensitivity(page).getByText('One input over a range').click();
  await expect(sensitivity(page).getByRole('table', { name: /from .* to / })).toBeVisible();
  const small = await page.evaluate(() => {
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent!.trim();
      const parent = node.parentElement;
      if (!text || !parent || !parent.checkVisibility({ visibilityProperty: true })) continue;
      const box = parent.getBoundingClientRect();
      if (box.width <= 1 || box.height <= 1) continue; // visually hidden, for screen readers
      const px = parseFloat(getComputedStyle(parent).fontSize);
      if (px < 12) found.push(`${px}px: ${text.slice(0, 30)}`);
    }
    return found;
  });
  expect(small).toEqual([]);
});

test.describe('on a phone, 390×844', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the tornado’s words are cut to its width, never past its edge, each whole in its tooltip', async ({ page }) => {
    await page.getByRole('button', { name: 'Which assumption matters most?' }).click();
    const svg = sensitivity(page).locator('svg[role="img"]').first();
    await expect(svg.locator('g[data-input]').first()).toBeVisible();
    const past = await svg.evaluate((chart) => {
      const edge = chart.getBoundingClientRect();
      return [...chart.querySelectorAll('text')]
        .filter((t) => t.getBoundingClientRect().right > edge.right + 1)
        .map((t) => t.textContent!.slice(0, 40));
    });
    expect(past).toEqual([]);
    const cut = svg.locator('text.label', { has: page.locator('title') }).first();
    await expect(cut).toHaveText(/…$/);
  });
});

test.describe('accessibility', () => {
  // axe is injected as a script, which the app's Content-Security-Policy (rightly) refuses
  test.use({ bypassCSP: true });

  test('axe finds nothing with both panels open and showing their answers', async ({ page }) => {
    await page.getByRole('button', { name: 'Which assumption matters most?' }).click();
    await expect(sensitivity(page).getByRole('table', { name: /moved down and up/ })).toBeVisible();
    await sensitivity(page).getByRole('button', { name: 'Work out switching values' }).click();
    await expect(sensitivity(page).getByRole('table', { name: /at which the answer switches/ })).toBeVisible({ timeout: 30_000 });
    await sensitivity(page).getByText('One input over a range').click();
    await expect(sensitivity(page).getByRole('table', { name: /from .* to / })).toBeVisible();
    await sensitivity(page).getByText('Your own low and high values for some inputs').click();
    await findOccupancy(page, '3');
    await expect(finder(page).getByRole('status')).toContainText('gives a payback of 3 years');
    expect(await axeViolations(page)).toEqual([]);
  });
});
