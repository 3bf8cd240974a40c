// A colleague's link shows what changed: the folded scheme row counts its changed inputs, one disclosure lists
// every difference with the preset's value, the value now and its source, and "Against the report" tells the
// report's own disagreements from the ones the changes made. The link is built here, in the test process.
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { axeViolations } from './axe.ts';
import { presetById } from '../../src/model/presets/index.ts';
import type { Scenario } from '../../src/model/scenario.ts';
import { evaluateDetailed } from '../../src/model/evaluate.ts';
import { reconcile } from '../../src/model/reconcile.ts';
import { formatMoney } from '../../src/format/money.ts';
import { encodeScenarioLink, shareUrl } from '../../src/share/link.ts';
import { PREVIEW_ORIGIN } from './servers.ts';
import { openApp } from './libraryPage.ts';

const leics = presetById('leics-2021')!;
const p2 = leics.scenario.schemes.find((s) => s.id === 'p2')!;
const p4 = leics.scenario.schemes.find((s) => s.id === 'p4')!;

/** leics-2021 with Property 2 at 50 % occupancy and a £6,000 weekly fee. */
const changed: Scenario = {
  ...leics.scenario,
  schemes: leics.scenario.schemes.map((s) =>
    s.id === 'p2' ? { ...s, placements: { ...s.placements!, occupancy: 0.5, externalWeeklyFee: 6000 } } : s,
  ),
};

const toggle = (page: Page, name: string) => page.locator('button.toggle').filter({ has: page.locator('.name', { hasText: name }) });
const statusOf = (page: Page, scheme: string, words: string) =>
  page
    .getByRole('table', { name: 'Stated and computed figures, scheme by scheme' })
    .locator('tbody')
    .filter({ has: page.getByRole('rowheader', { name: scheme, exact: true }) })
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: words }) })
    .locator('td.status');

// The app's Content-Security-Policy (rightly) refuses injected scripts; axe is the test's, not the page's.
test.use({ bypassCSP: true });

test('a link with two inputs of Property 2 changed: the row counts them, the list names them, the report check says who moved', async ({
  page,
}) => {
  await openApp(page, shareUrl(`${PREVIEW_ORIGIN}/`, await encodeScenarioLink(changed)));
  await expect(page.getByRole('combobox', { name: 'Preset' })).toHaveValue(leics.id);

  // The folded row of Property 2 says so; the others say nothing.
  await expect(toggle(page, p2.name)).toHaveAttribute('aria-expanded', 'false');
  await expect(toggle(page, p2.name).locator('.standing')).toHaveText('2 inputs changed');
  await expect(toggle(page, p4.name).locator('.standing')).toHaveCount(0);

  // One action lists both, by keyboard: the disclosure opens with Enter and its rows' buttons are reachable.
  const summary = page.locator('summary', { hasText: 'What changed (2)' });
  await summary.focus();
  await page.keyboard.press('Enter');
  const table = page.getByRole('table', { name: 'Differences from the preset' });
  await expect(table).toBeVisible();
  await expect(table.getByRole('rowheader', { name: p2.name, exact: true })).toBeVisible();
  const rows = table.locator('tbody tr:not(.scope)');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0).getByRole('rowheader')).toHaveText('Occupancy');
  await expect(rows.nth(0)).toContainText('75%');
  await expect(rows.nth(0)).toContainText('50%');
  await expect(rows.nth(0)).toContainText('assuming 75% occupancy');
  await expect(rows.nth(1)).toContainText('External weekly fee');
  await expect(rows.nth(1)).toContainText('£5,117 a week');
  await expect(rows.nth(1)).toContainText('£6,000 a week');
  await expect(rows.nth(1)).toContainText('averaging £5,117 per week per person');

  // Against the report: Property 2's saving agreed at the report's inputs, and the changes moved it.
  const at = reconcile(leics.stated, changed, evaluateDetailed(changed), {
    scenario: leics.scenario,
    evaluation: evaluateDetailed(leics.scenario),
  });
  const saving = at.find(
    (r) => r.stated.scope !== 'portfolio' && r.stated.scope.scheme === 'p2' && r.stated.figure === 'annualSavingYear1',
  )!;
  await expect(statusOf(page, p2.name, '£188k per annum')).toHaveText(
    `↻ Agreed at the report’s inputs; your changes make it ${formatMoney(saving.computed!)}`,
  );
  await expect(statusOf(page, p4.name, 'a payback within five years')).toHaveText('↶ Worked back: the saving was set from this figure');

  expect(await axeViolations(page)).toEqual([]);

  // Each row goes to its input: the scheme opens and the keyboard is on the field.
  await table.getByRole('button', { name: `Go to External weekly fee, ${p2.name}` }).click();
  await expect(toggle(page, p2.name)).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByRole('slider', { name: `External weekly fee, ${p2.name}`, exact: true })).toBeFocused();
  await expect(toggle(page, p2.name).locator('.standing')).toHaveText('2 inputs changed');
});
