// The guard in fixtures.ts is what makes "no network at run time" a tested promise; these check
// that it really catches what it claims to. They use about:blank, not the app.
import { test, expect } from './fixtures.ts';

const ELSEWHERE = 'http://198.51.100.7/pixel.png'; // TEST-NET-2: never a real host

test('the guard blocks and records a request to another origin', async ({ page, guard }) => {
  const failed = page.waitForEvent('requestfailed');
  await page.setContent(`<img alt="" src="${ELSEWHERE}">`);
  expect((await failed).url()).toBe(ELSEWHERE);
  expect(guard.offOriginRequests).toEqual([`GET ${ELSEWHERE}`]);
  // Recorded as meant; clear so this test's own teardown passes.
  guard.offOriginRequests.length = 0;
  guard.consoleErrors.length = 0;
});

test('the guard records console errors and uncaught exceptions', async ({ page, guard }) => {
  await page.evaluate(() => console.error('probe: console error'));
  await page.evaluate(() =>
    setTimeout(() => {
      throw new Error('probe: uncaught');
    }),
  );
  await expect.poll(() => guard.consoleErrors.length).toBe(2);
  expect(guard.consoleErrors[0]).toContain('probe: console error');
  expect(guard.consoleErrors[1]).toContain('probe: uncaught');
  guard.consoleErrors.length = 0;
});

test('expected failure: the guard fails a test whose page requests another origin', async ({ page }) => {
  test.fail(true, 'the guard must turn an off-origin request into a failure at teardown');
  const failed = page.waitForEvent('requestfailed');
  await page.setContent(`<img alt="" src="${ELSEWHERE}">`);
  await failed;
});

test('expected failure: the guard fails a test whose page logs a console error', async ({ page }) => {
  test.fail(true, 'the guard must turn a console error into a failure at teardown');
  const seen = page.waitForEvent('console');
  await page.evaluate(() => console.error('probe: console error'));
  await seen;
});
