// The chart and the figures for a board paper (issue #10), in a real browser: the chart as a PNG at twice its size
// on screen and as an SVG that parses and renders, both with the heading and without the crosshair; "Copy chart"
// puts a PNG on the clipboard, or says politely that the browser would not; printing gives ONE A4 landscape page
// with the scenario's name, the answer, the chart, the figures, what differs from the preset and the link.
import { readFileSync } from 'node:fs';
import type { Download, Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { DEFAULT_PRESET_ID, presetById } from '../../src/model/presets/index.ts';
import { fileNameFor } from '../../src/share/file.ts';
import { escape, openApp, workingName } from './libraryPage.ts';
import { applyWhatIf, type WhatIf } from '../../src/model/whatIf.ts';
import { encodeScenarioLink, shareUrl } from '../../src/share/link.ts';
import { PREVIEW_ORIGIN } from './servers.ts';

const leics = presetById(DEFAULT_PRESET_ID)!;
const p2 = leics.scenario.schemes.find((s) => s.id === 'p2')!;
const plot = (page: Page) => page.locator('#payback-chart');
const sheet = (page: Page) => page.getByTestId('print-sheet');
const status = (page: Page) => page.getByTestId('chart-export-status');

async function downloaded(page: Page, button: string): Promise<{ name: string; bytes: Buffer }> {
  const [download]: [Download, void] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button, exact: true }).click(),
  ]);
  return { name: download.suggestedFilename(), bytes: readFileSync(await download.path()) };
}

/** The chart's box on screen, heading to the plot's bottom, in CSS pixels (what the picture covers). */
const onScreenSize = (page: Page) =>
  plot(page).evaluate((svg) => {
    const box = svg.getBoundingClientRect();
    const heading = svg.closest('figure')!.querySelector('.title')!.getBoundingClientRect();
    return { width: Math.round(box.width), height: Math.round(box.top - heading.top) + Math.round(box.height) };
  });

/** Puts the crosshair on the chart, as a pointer over it does. */
async function hoverChart(page: Page) {
  const box = (await plot(page).boundingBox())!;
  await page.mouse.move(box.x + box.width * 0.4, box.y + box.height / 2);
  await expect(plot(page).locator('.crosshair')).toHaveCount(1);
}

test.describe('at 1280×720', () => {
  test.use({ viewport: { width: 1280, height: 720 } });

  test('"Chart as PNG" downloads a PNG exactly twice the chart’s size on screen', async ({ page }) => {
    await openApp(page);
    const size = await onScreenSize(page);
    const png = await downloaded(page, 'Chart as PNG');
    expect(png.name).toBe(fileNameFor((await workingName(page).textContent())!, 'png', 'chart'));
    expect([...png.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
    expect({ width: png.bytes.readUInt32BE(16), height: png.bytes.readUInt32BE(20) }).toEqual({
      width: 2 * size.width,
      height: 2 * size.height,
    });
  });

  test('"Chart as SVG" downloads an SVG that parses, has the heading, the curves and the axes, and renders', async ({ page }) => {
    await openApp(page);
    await hoverChart(page);
    const title = (await page.locator('figure .title').first().textContent())!.trim();
    const svg = await downloaded(page, 'Chart as SVG');
    expect(svg.name).toBe(fileNameFor((await workingName(page).textContent())!, 'svg', 'chart'));
    const text = svg.bytes.toString('utf8');
    const found = await page.evaluate(async (source) => {
      const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
      const image = new Image();
      image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(source)}`;
      await image.decode();
      const texts = [...doc.querySelectorAll('text')];
      return {
        parseError: doc.querySelector('parsererror')?.textContent ?? null,
        title: doc.querySelector('svg > title')?.textContent ?? null,
        texts: texts.map((t) => t.textContent?.trim() ?? ''),
        fonts: [...new Set(texts.map((t) => /font-family:([^;]*)/.exec(t.getAttribute('style') ?? '')?.[1]?.trim() ?? ''))],
        paths: doc.querySelectorAll('path').length,
        dashedLines: [...doc.querySelectorAll('line')].filter((l) => /stroke-dasharray:\s*3px/.test(l.getAttribute('style') ?? '')).length,
        widgets: doc.querySelectorAll('[role], [tabindex], [id]').length,
        naturalWidth: image.naturalWidth,
      };
    }, text);
    expect(found.parseError).toBeNull();
    expect(found.title).toBe(title);
    expect(found.texts).toContain(title);
    expect(found.texts).toContain('Portfolio'); // an end label
    expect(found.texts.some((t) => /^\d{4}\/\d{2}$/.test(t))).toBe(true); // the time axis
    expect(found.texts.some((t) => /£/.test(t))).toBe(true); // the money axis
    expect(found.fonts.every((font) => font !== '' && font !== 'inherit')).toBe(true);
    expect(found.paths).toBeGreaterThan(leics.scenario.schemes.length);
    expect(found.dashedLines, 'the crosshair is left out').toBe(0);
    expect(found.widgets).toBe(0);
    expect(found.naturalWidth).toBeGreaterThan(0);
  });

  test('"Copy chart" puts a PNG on the clipboard', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await openApp(page);
    await page.getByRole('button', { name: 'Copy chart' }).click();
    await expect(status(page)).toHaveText('Chart copied as a picture.');
    const types = await page.evaluate(async () => (await navigator.clipboard.read()).flatMap((item) => [...item.types]));
    expect(types).toContain('image/png');
  });

  test('where the browser cannot copy a picture, "Copy chart" says so politely and logs no error', async ({ page }) => {
    await page.addInitScript(() => Reflect.deleteProperty(window, 'ClipboardItem'));
    await openApp(page);
    await page.getByRole('button', { name: 'Copy chart' }).click();
    await expect(status(page)).toHaveText('This browser did not let the app copy the picture: download the PNG instead.');
  });

  test('printing gives ONE A4 landscape page: name, answer, chart, figures, the input changed and the link', async ({ page }) => {
    await openApp(page);
    const toggle = page.getByRole('button', { name: new RegExp(escape(p2.name)) }).filter({ has: page.locator('.name') });
    if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
    const slider = page.getByRole('slider', { name: new RegExp(`, ${escape(p2.name)}$`) }).first();
    const field = (await slider.getAttribute('aria-label'))!.replace(new RegExp(`, ${escape(p2.name)}$`), '');
    await slider.focus();
    await page.keyboard.press('ArrowLeft');
    const answer = (await page.getByTestId('answer-sentence').textContent())!;
    const name = (await workingName(page).textContent())!;
    await expect(sheet(page)).toHaveCount(0); // not drawn on screen

    await page.emulateMedia({ media: 'print' });
    await expect(sheet(page)).toBeVisible();
    await expect(sheet(page).getByRole('heading', { level: 1 })).toHaveText(name);
    await expect(sheet(page)).toContainText(answer);
    await expect(sheet(page).locator('svg[role="application"]')).toBeVisible();
    await expect(sheet(page).locator('tfoot th')).toHaveText('Portfolio');
    await expect(
      sheet(page)
        .locator('.changes li')
        .filter({ hasText: `${p2.name}: ${field}` }),
    ).toHaveCount(1);
    await expect(sheet(page).getByTestId('print-link')).toContainText('#s1.');
    await expect(sheet(page)).toContainText(
      /\b\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4}\b/,
    );
    await expect(slider).toBeHidden(); // the app's inputs are not printed
    await expect(page.getByRole('button', { name: 'Chart as PNG' })).toBeHidden();

    expect(pageCount(await page.pdf({ format: 'A4', landscape: true, preferCSSPageSize: true }))).toBe(1);
    await page.emulateMedia({ media: 'screen' });
    await expect(sheet(page)).toHaveCount(0);
  });

  test('a long scenario still prints on ONE page, its lists ending "and N more"', async ({ page }) => {
    await openApp(page);
    for (let i = 0; i < 14; i++) await page.getByRole('button', { name: 'Add a home' }).click();
    await page.emulateMedia({ media: 'print' });
    await expect(sheet(page).locator('.figures .more')).toHaveText(/^and \d+ more schemes$/);
    await expect(sheet(page).locator('.changes .more')).toHaveText(/^and \d+ more differences$/);
    // the sheet cuts whatever runs past its edges (a full column flows on to the right): the lists' last lines must be inside
    const edges = (element: Element) => {
      const box = element.getBoundingClientRect();
      return { right: box.right, bottom: box.bottom };
    };
    const inside = await sheet(page).evaluate(edges);
    for (const more of await sheet(page).locator('.more').all()) {
      const box = await more.evaluate(edges);
      expect(box.right, 'the "and N more" line is not cut at the right').toBeLessThanOrEqual(inside.right);
      expect(box.bottom, 'the "and N more" line is not cut at the foot').toBeLessThanOrEqual(inside.bottom);
    }
    expect(pageCount(await page.pdf({ format: 'A4', landscape: true, preferCSSPageSize: true }))).toBe(1);
  });

  test('many long differences: every one printed is inside the sheet, with its figures, and the rest are counted', async ({ page }) => {
    // the what-ifs of a board meeting, each an edit of every scheme it reaches: twenty differences, some long
    const whatIfs: WhatIf[] = [
      { kind: 'feeInflation', rate: 0.08 },
      { kind: 'delay', months: 6 },
      { kind: 'capitalOverrun', fraction: 0.1 },
      { kind: 'occupancy', occupancy: 0.8 },
    ];
    const scenario = whatIfs.reduce((s, w) => applyWhatIf(s, w).scenario, leics.scenario);
    await openApp(page, shareUrl(`${PREVIEW_ORIGIN}/`, await encodeScenarioLink(scenario)));
    await page.emulateMedia({ media: 'print' });
    const heading = (await sheet(page).locator('.changes h2').textContent())!;
    const total = Number(/(\d+) differences/.exec(heading)![1]);
    expect(total).toBeGreaterThan(12);
    const more = sheet(page).locator('.changes .more');
    await expect(more).toHaveText(/^and \d+ more differences$/);
    const lines = await sheet(page).locator('.changes li').count();
    expect(lines - 1 + Number(/\d+/.exec((await more.textContent())!)![0])).toBe(total);
    const outside = await sheet(page).evaluate((box) => {
      const edge = box.getBoundingClientRect();
      const list = box.querySelector('.changes ul')!.getBoundingClientRect();
      return [...box.querySelectorAll('.changes li')]
        .map((li) => ({ text: li.textContent!.trim().slice(0, 60), r: li.getBoundingClientRect() }))
        .filter(({ r }) => r.right > Math.min(edge.right, list.right) + 1 || r.bottom > Math.min(edge.bottom, list.bottom) + 1)
        .map(({ text }) => text);
    });
    expect(outside, 'lines past the edge of the sheet or the list').toEqual([]);
    // each change is printed whole, its figures (was → now) with it
    for (const li of await sheet(page).locator('.changes li:not(.more)').all()) await expect(li.locator('.what')).toContainText('→');
    expect(pageCount(await page.pdf({ format: 'A4', landscape: true, preferCSSPageSize: true }))).toBe(1);
  });

  test('"Print / PDF" prints the page with the link to what is on screen', async ({ page }) => {
    await openApp(page);
    // A browser's print fires beforeprint, lays out the print page, then fires afterprint: so does this one.
    await page.evaluate(() => {
      window.print = () => {
        window.dispatchEvent(new Event('beforeprint'));
        const link = document.querySelector('[data-testid="print-link"]')?.textContent ?? '';
        window.dispatchEvent(new Event('afterprint'));
        document.body.setAttribute('data-printed', link);
      };
    });
    await page.getByRole('button', { name: 'Print / PDF' }).click();
    await expect(page.locator('body')).toHaveAttribute('data-printed', /#s1\./);
  });
});

test.describe('at 390×844', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the export buttons fit the phone’s width and the PNG is still twice the chart', async ({ page }) => {
    await openApp(page);
    for (const name of ['Chart as PNG', 'Chart as SVG', 'Copy chart', 'Print / PDF']) {
      const box = (await page.getByRole('button', { name, exact: true }).boundingBox())!;
      expect(box.x + box.width, name).toBeLessThanOrEqual(390);
    }
    const size = await onScreenSize(page);
    const png = await downloaded(page, 'Chart as PNG');
    expect({ width: png.bytes.readUInt32BE(16), height: png.bytes.readUInt32BE(20) }).toEqual({
      width: 2 * size.width,
      height: 2 * size.height,
    });
  });
});

/** Page objects in a PDF: "/Type /Page", not "/Type /Pages". */
function pageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
}
