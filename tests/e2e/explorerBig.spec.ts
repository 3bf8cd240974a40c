// The benchmark scenario (what scripts/bench-drag.mjs drags, opened as a share link): 100 schemes over 40 years load,
// and a keyboard step on one scheme's occupancy gives the model's figures for it and for the portfolio.
import { test, expect } from './fixtures.ts';
import { bigScenario } from '../../scripts/lib/bigScenario.ts';
import { evaluateScenario } from '../../src/model/evaluate.ts';
import { formatMoney, formatYears } from '../../src/format/money.ts';
import { encodeScenarioLink } from '../../src/share/link.ts';

test('the 100-scheme, 40-year scenario loads and follows a keyboard step', async ({ page }) => {
  const scenario = bigScenario();
  await page.goto(`/#${await encodeScenarioLink(scenario)}`);
  await expect(page.getByText('100 of 100 schemes in the portfolio')).toBeVisible();
  const table = page.getByRole('table', { name: /^Investment, funding and savings/ });
  // A header row, the first 10 schemes (Home 1, open, among them) and the portfolio, said below the table; then,
  // asked for, all 100 schemes.
  await expect(table.getByRole('row')).toHaveCount(12);
  await expect(
    page.getByText('The first 10 of 100 schemes are shown; every scheme is in “Export the headline figures (CSV)”.'),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Show all 100 schemes' }).click();
  await expect(table.getByRole('row')).toHaveCount(102);
  await page.getByRole('button', { name: 'Show the first 10 schemes' }).click();
  await expect(table.getByRole('row')).toHaveCount(12);
  await expect(page.locator('svg[role="application"] g.curves path')).toHaveCount(101);

  const home1 = scenario.schemes[0]!;
  const slider = page.getByRole('slider', { name: `Occupancy, ${home1.name}`, exact: true });
  await slider.focus();
  // One percentage point, away from the end of the range.
  const up = home1.placements!.occupancy < 1;
  await page.keyboard.press(up ? 'ArrowRight' : 'ArrowLeft');
  const occupancy = Math.round(home1.placements!.occupancy * 100 + (up ? 1 : -1)) / 100;
  await expect(slider).toHaveValue(String(Math.round(occupancy * 100)));

  const moved = evaluateScenario({
    ...scenario,
    schemes: scenario.schemes.map((s, i) => (i === 0 ? { ...s, placements: { ...s.placements!, occupancy } } : s)),
  });
  const row = (name: string) => table.getByRole('row').filter({ has: page.getByRole('rowheader', { name, exact: true }) });
  await expect(row(home1.name).locator('[data-figure="paybackYears"]')).toHaveText(formatYears(moved.schemes[0]!.figures.paybackYears));
  await expect(row('Portfolio').locator('[data-figure="npv"]')).toHaveText(formatMoney(moved.portfolio.figures.npv));

  // Every figure fits its cell, the portfolio's in bold and in the billions among them: none runs into the next column.
  const overflowing = await table
    .locator('td')
    .evaluateAll((cells) => cells.filter((cell) => cell.scrollWidth > cell.clientWidth).map((cell) => cell.textContent));
  expect(overflowing).toEqual([]);
});
